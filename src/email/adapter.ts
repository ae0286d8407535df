import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

type AdapterResult = EmailAdapter | Promise<EmailAdapter>

export const DEFAULT_FROM = {
  address: 'noreply@labour-migration-cop.example.org',
  name: 'Labour Migration CoP',
}

/**
 * Mail goes to the SMTP relay named by SMTP_URL (the project's local sink in development and
 * tests). Without one, Payload's console adapter logs each message instead of sending it.
 */
export function emailAdapter(
  env: Record<string, string | undefined> = process.env,
): AdapterResult | undefined {
  if (!env.SMTP_URL) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM ?? DEFAULT_FROM.address,
    defaultFromName: env.MAIL_FROM_NAME ?? DEFAULT_FROM.name,
    // A mail outage must not stop the portal from starting. The portal's mail does not come
    // here from a request: it is queued with the write that causes it (queueMail, and Payload's
    // verification and reset mails through the Users hooks) and the `sendMail` job sends it,
    // retrying with backoff through an outage and sending each message once (src/email/jobs.ts).
    skipVerify: true,
    transport: nodemailer.createTransport(env.SMTP_URL),
  })
}
