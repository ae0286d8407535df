import type { PayloadRequest, Where } from 'payload'

import { mailText } from '@/email/compose'
import { assertMailKey, mailKey } from '@/email/message'
import { queuePersonalMail, siteLink, type Recipient } from '@/email/personal'
import type { User } from '@/payload-types'

/** Managers and admins who can act on an application (a role counts only while approved). */
export const REVIEWERS: Where = {
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
  const link = siteLink(req, `${req.payload.config.routes.admin}/collections/users/${applicant.id}`)
  const values = {
    applicant: applicant.name ?? applicant.email,
    organisation: applicant.organisation || '—',
  }
  for (const reviewer of reviewers) {
    const key = `review-request.${applicant.id}.${reviewer.id}`
    assertMailKey(key)
    await queuePersonalMail({
      req,
      to: reviewer,
      key,
      write: (locale) => ({
        subject: mailText(locale, 'reviewSubject', values),
        intro: mailText(locale, 'reviewIntro', values),
        link,
        outro: mailText(locale, 'reviewOutro'),
      }),
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
  member: Recipient
  decision: 'approved' | 'rejected'
  reason?: string | null
  decidedAt: string
}) {
  const approved = decision === 'approved'
  await queuePersonalMail({
    req,
    to: member,
    key: mailKey(`membership-${decision}`, member.id, decidedAt),
    write: (locale) => ({
      subject: mailText(locale, approved ? 'approvedSubject' : 'rejectedSubject'),
      intro: approved
        ? mailText(locale, 'approvedIntro')
        : mailText(locale, 'rejectedIntro', { reason: reason ?? '' }),
      link: siteLink(req, `/${locale}`),
      outro: mailText(locale, approved ? 'approvedOutro' : 'rejectedOutro'),
    }),
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
  owner: Recipient
}) {
  const today = new Date().toISOString().slice(0, 10)
  await queuePersonalMail({
    req,
    to: owner,
    key: mailKey('signup-attempt', owner.id, today),
    write: (locale) => ({
      subject: mailText(locale, 'signupAttemptSubject'),
      intro: mailText(locale, 'signupAttemptIntro'),
      link: siteLink(req, `${req.payload.config.routes.admin}/forgot`),
      outro: mailText(locale, 'signupAttemptOutro'),
    }),
  })
}
