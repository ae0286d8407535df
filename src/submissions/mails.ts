import type { PayloadRequest } from 'payload'

import { mailText } from '@/email/compose'
import { assertMailKey, mailKey } from '@/email/message'
import { queuePersonalMail, siteLink } from '@/email/personal'
import type { Locale } from '@/i18n/languages'

import { reviewersOf } from './review'
import { idOf, titleOf, type Reviewable, type Submittable } from './status'

type Doc = { id: number | string; title?: unknown; slug?: unknown; themes?: unknown }

/** Where a published document lives on the site. */
const PUBLIC_PATH: Record<Submittable, string> = {
  events: 'events',
  news: 'news',
  resources: 'library',
}
export const publicPath = (locale: Locale, collection: Submittable, slug: string) =>
  `/${locale}/${PUBLIC_PATH[collection]}/${encodeURIComponent(slug)}`

const submitterOf = (req: PayloadRequest, id: unknown) =>
  req.payload.findByID({
    collection: 'users',
    id: String(idOf(id)),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })

/**
 * One review request per manager, admin and moderator of the submission's themes, in their
 * language, with a link to the review queue. Keyed by document and reviewer, so a job run twice
 * mails nobody twice.
 */
export async function queueReviewRequests({
  req,
  collection,
  doc,
}: {
  req: PayloadRequest
  collection: Reviewable
  doc: Doc & { submittedBy?: unknown }
}) {
  const submitter = await submitterOf(req, doc.submittedBy)
  const { docs: reviewers } = await req.payload.find({
    collection: 'users',
    where: { and: [reviewersOf(doc.themes), { id: { not_equals: idOf(doc.submittedBy) } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const values = { title: titleOf(doc), submitter: submitter?.name ?? '—' }
  for (const reviewer of reviewers) {
    const key = `submission-review.${collection}-${doc.id}.${reviewer.id}`
    assertMailKey(key)
    await queuePersonalMail({
      req,
      to: reviewer,
      key,
      write: (locale) => ({
        subject: mailText(locale, 'submissionReviewSubject', values),
        intro: mailText(locale, 'submissionReviewIntro', values),
        link: siteLink(req, `/${locale}/account/review`),
        outro: mailText(locale, 'submissionReviewOutro'),
      }),
    })
  }
}

/**
 * The submitter learns the decision: a link to the published page, or the reason (and their
 * submissions, where an organisation's profile, which has no page of its own, always leads).
 */
export async function queueDecisionMail({
  req,
  collection,
  doc,
  submitter,
  decision,
  reason,
}: {
  req: PayloadRequest
  collection: Reviewable
  doc: Doc & { updatedAt?: string }
  submitter: number
  decision: 'approved' | 'rejected'
  reason?: string | null
}) {
  const member = await submitterOf(req, submitter)
  if (!member) return
  const approved = decision === 'approved'
  const values = { title: titleOf(doc), reason: reason ?? '' }
  await queuePersonalMail({
    req,
    to: member,
    key: mailKey(`submission-${decision}`, `${collection}-${doc.id}`, doc.updatedAt ?? ''),
    write: (locale) => ({
      subject: mailText(
        locale,
        approved ? 'submissionApprovedSubject' : 'submissionRejectedSubject',
        values,
      ),
      intro: mailText(
        locale,
        approved ? 'submissionApprovedIntro' : 'submissionRejectedIntro',
        values,
      ),
      link: siteLink(
        req,
        approved && collection !== 'organisation-proposals'
          ? publicPath(locale, collection, String(doc.slug ?? ''))
          : `/${locale}/account/submissions`,
      ),
      outro: mailText(locale, approved ? 'submissionApprovedOutro' : 'submissionRejectedOutro'),
    }),
  })
}
