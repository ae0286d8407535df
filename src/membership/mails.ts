import type { PayloadRequest, Where } from 'payload'

import { composeMail, mailText, recipientLocale } from '@/email/compose'
import { assertMailKey, mailKey } from '@/email/message'
import { queueMail } from '@/email/queue'
import type { User } from '@/payload-types'

type Person = Pick<User, 'id' | 'email' | 'name'> & { preferredLanguage?: unknown }

/** Links are made from the configured server URL, never from the request's Host. */
const serverURL = (req: PayloadRequest) => req.payload.config.serverURL.replace(/\/$/, '')

/** Managers and admins who can act on an application (a role counts only while approved). */
const REVIEWERS: Where = {
  or: [
    { roles: { contains: 'admin' } },
    { and: [{ roles: { contains: 'manager' } }, { membershipStatus: { equals: 'approved' } }] },
  ],
}

/**
 * One review request per manager and admin, in their own language, once the applicant has
 * confirmed their address. The key names the applicant and the reviewer, so a verification
 * replayed or a job run twice never mails a reviewer twice about the same person.
 */
export async function queueReviewRequests({
  req,
  applicant,
}: {
  req: PayloadRequest
  applicant: User
}) {
  const { docs: reviewers } = await req.payload.find({
    collection: 'users',
    where: { and: [REVIEWERS, { id: { not_equals: applicant.id } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const link = `${serverURL(req)}${req.payload.config.routes.admin}/collections/users/${applicant.id}`
  for (const reviewer of reviewers) {
    if (!reviewer.email) continue
    const locale = recipientLocale(reviewer)
    const values = {
      applicant: applicant.name ?? applicant.email,
      organisation: applicant.organisation || '—',
    }
    const key = `review-request.${applicant.id}.${reviewer.id}`
    assertMailKey(key)
    await queueMail({
      req,
      message: {
        key,
        to: reviewer.email,
        subject: mailText(locale, 'reviewSubject', values),
        ...composeMail({
          locale,
          name: reviewer.name ?? reviewer.email,
          intro: mailText(locale, 'reviewIntro', values),
          link,
          outro: mailText(locale, 'reviewOutro'),
        }),
      },
    })
  }
}

/**
 * The applicant learns the outcome in their preferred language: approved with a link to the
 * site, rejected with the manager's reason. Keyed by the decision's time, so a later decision
 * (rejected, then approved on appeal) is a new mail and a job run twice is not.
 */
export async function queueDecisionMail({
  req,
  member,
  decision,
  reason,
  decidedAt,
}: {
  req: PayloadRequest
  member: Person
  decision: 'approved' | 'rejected'
  reason?: string | null
  decidedAt: string
}) {
  if (!member.email) return
  const locale = recipientLocale(member)
  const approved = decision === 'approved'
  await queueMail({
    req,
    message: {
      key: mailKey(`membership-${decision}`, member.id, decidedAt),
      to: member.email,
      subject: mailText(locale, approved ? 'approvedSubject' : 'rejectedSubject'),
      ...composeMail({
        locale,
        name: member.name ?? member.email,
        intro: approved
          ? mailText(locale, 'approvedIntro')
          : mailText(locale, 'rejectedIntro', { reason: reason ?? '' }),
        link: `${serverURL(req)}/${locale}`,
        outro: mailText(locale, approved ? 'approvedOutro' : 'rejectedOutro'),
      }),
    },
  })
}

/**
 * Someone signed up with an address that already has an account. The answer they got says
 * nothing of it; the owner is told instead, at most once a day (the key holds the date), so
 * repeated attempts cannot flood their mailbox.
 */
export async function queueSignupAttemptMail({
  req,
  owner,
}: {
  req: PayloadRequest
  owner: Person
}) {
  if (!owner.email) return
  const locale = recipientLocale(owner)
  const today = new Date().toISOString().slice(0, 10)
  await queueMail({
    req,
    message: {
      key: mailKey('signup-attempt', owner.id, today),
      to: owner.email,
      subject: mailText(locale, 'signupAttemptSubject'),
      ...composeMail({
        locale,
        name: owner.name ?? owner.email,
        intro: mailText(locale, 'signupAttemptIntro'),
        link: `${serverURL(req)}${req.payload.config.routes.admin}/forgot`,
        outro: mailText(locale, 'signupAttemptOutro'),
      }),
    },
  })
}
