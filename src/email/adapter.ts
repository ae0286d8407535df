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
    // A mail outage must not stop the portal from starting. Mail is sent directly when Payload
    // asks, with no queue yet: a message sent while the relay is down fails then and is not
    // retried. Queuing with retries through the jobs queue arrives with the membership work.
    skipVerify: true,
    transport: nodemailer.createTransport(env.SMTP_URL),
  })
}
