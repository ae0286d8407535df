import type { CollectionAfterChangeHook } from 'payload'

import { mailText } from '@/email/compose'
import { mailKey } from '@/email/message'
import { queuePersonalMail, siteLink } from '@/email/personal'
import { INVITATION_DAYS } from '@/membership/invitations'
import type { Invitation } from '@/payload-types'

import { issuedTokens } from './issueInvitation'

/**
 * The invitee's mail, in the invitation's language, queued in the same transaction as the
 * invitation (or its renewal): a link to the join form in that language, which the token fills
 * in. Keyed by the token, so each link is mailed once.
 */
export const queueInvitationMail: CollectionAfterChangeHook<Invitation> = async ({ doc, req }) => {
  const tokens = issuedTokens(req)
  const token = tokens.get(doc.email)
  if (!token) return doc
  tokens.delete(doc.email)
  const values = { days: String(INVITATION_DAYS) }
  await queuePersonalMail({
    req,
    to: { id: doc.id, email: doc.email, name: doc.name, preferredLanguage: doc.language },
    key: mailKey('invitation', doc.id, token),
    write: (locale) => ({
      subject: mailText(locale, 'invitationSubject'),
      intro: mailText(locale, 'invitationIntro', values),
      link: siteLink(req, `/${locale}/account/join?invitation=${token}`),
      outro: mailText(locale, 'invitationOutro'),
    }),
  })
  return doc
}
