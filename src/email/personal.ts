import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/languages'

import { composeMail, recipientLocale } from './compose'
import { queueMail } from './queue'

/** Whom a personal mail goes to: their language decides the mail's and its link's. */
export type Recipient = {
  id: number | string
  email?: string | null
  name?: string | null
  preferredLanguage?: unknown
}

/**
 * An address on the configured server URL (SERVER_URL), never on the request's: a forged Host
 * or X-Forwarded-Host must not send someone's token to another site.
 */
export function siteLink(req: { payload: Payload }, path: string): string {
  return `${req.payload.config.serverURL.replace(/\/$/, '')}${path}`
}

/**
 * Queues a mail to one person in their language (greeting, what it is about, one link, what to
 * do otherwise), in the transaction of `req`. `write` gets the recipient's language and gives
 * the words and the link; a person without an address gets nothing.
 */
export async function queuePersonalMail({
  req,
  to,
  key,
  write,
}: {
  req: PayloadRequest
  to: Recipient
  key: string
  write: (locale: Locale) => { subject: string; intro: string; link: string; outro: string }
}) {
  if (!to.email) return
  const locale = recipientLocale(to)
  const { subject, ...body } = write(locale)
  await queueMail({
    req,
    message: {
      key,
      to: to.email,
      subject,
      ...composeMail({ locale, name: to.name ?? to.email, ...body }),
    },
  })
}
