import type { PayloadRequest } from 'payload'

import { mailText } from './compose'
import { mailKey } from './message'
import { queuePersonalMail, siteLink, type Recipient } from './personal'

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
  await queuePersonalMail({
    req,
    to: user,
    key: mailKey('reset-password', user.id, token),
    write: (locale) => ({
      subject: mailText(locale, 'resetSubject'),
      intro: mailText(locale, 'resetIntro'),
      link: siteLink(req, `/${locale}/account/reset-password/${token}`),
      outro: mailText(locale, 'resetIgnore'),
    }),
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
  await queuePersonalMail({
    req,
    to: user,
    key: mailKey('verify-email', user.id, token),
    write: (locale) => ({
      subject: mailText(locale, 'verifySubject'),
      intro: mailText(locale, 'verifyIntro'),
      link: siteLink(req, `/${locale}/account/verify/${token}`),
      outro: mailText(locale, 'verifyIgnore'),
    }),
  })
}
