import type { PayloadRequest } from 'payload'

import { composeMail, mailText, recipientLocale } from './compose'
import { mailKey } from './message'
import { queueMail } from './queue'

type Recipient = {
  id: number | string
  email?: string | null
  name?: string | null
  preferredLanguage?: unknown
}

/**
 * A page of the public site, in the recipient's language, on the configured server URL (SERVER_URL),
 * never on the request's: a forged Host or X-Forwarded-Host must not send someone's reset token
 * to another site.
 */
function siteLink(req: PayloadRequest, path: string): string {
  return `${req.payload.config.serverURL.replace(/\/$/, '')}${path}`
}

/**
 * The password-reset mail for a token Payload has just stored. The link opens the site's reset
 * page in the recipient's language (staff reach the admin panel from there with the same
 * session); it is queued in the forgot-password request's transaction.
 */
export async function queueResetMail({
  req,
  user,
  token,
}: {
  req: PayloadRequest
  user: Recipient
  token: string
}) {
  if (!user.email) return
  const locale = recipientLocale(user)
  const link = siteLink(req, `/${locale}/account/reset-password/${token}`)
  await queueMail({
    req,
    message: {
      key: mailKey('reset-password', user.id, token),
      to: user.email,
      subject: mailText(locale, 'resetSubject'),
      ...composeMail({
        locale,
        name: user.name ?? user.email,
        intro: mailText(locale, 'resetIntro'),
        link,
        outro: mailText(locale, 'resetIgnore'),
      }),
    },
  })
}

/**
 * The address-verification mail for the token Payload stored in a new account's
 * `_verificationToken`. Its link opens the site's verify page in the recipient's language, whose
 * button confirms the address (opening the page alone does not: mail scanners open links).
 */
export async function queueVerificationMail({
  req,
  user,
  token,
}: {
  req: PayloadRequest
  user: Recipient
  token: string
}) {
  if (!user.email) return
  const locale = recipientLocale(user)
  const link = siteLink(req, `/${locale}/account/verify/${token}`)
  await queueMail({
    req,
    message: {
      key: mailKey('verify-email', user.id, token),
      to: user.email,
      subject: mailText(locale, 'verifySubject'),
      ...composeMail({
        locale,
        name: user.name ?? user.email,
        intro: mailText(locale, 'verifyIntro'),
        link,
        outro: mailText(locale, 'verifyIgnore'),
      }),
    },
  })
}
