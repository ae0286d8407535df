import type { Where } from 'payload'

import { isManagerUser, moderatedThemeIds } from '@/access/roles'
import type { Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'
import { SUBMITTABLE, type SubmissionStatus, type Submittable } from '@/submissions/status'

import { payloadClient } from './payload'

/** One submission as the account pages list it. */
export type SubmissionItem = {
  collection: Submittable
  id: number
  title: string
  summary: string
  status: SubmissionStatus
  reason: string | null
  createdAt: string
  submitter: string | null
}

/**
 * Reads of a person's own submissions: the read rule includes them only when the read says so
 * (`publishedEditorOrSubmitter`), since the site's other reads feed a cache all members share.
 * Never cached: each list is one person's.
 */
const OWN = { ownSubmissions: true }

type Doc = {
  id: number
  title?: string | null
  summary?: string | null
  submissionStatus?: SubmissionStatus | null
  rejectionReason?: string | null
  createdAt: string
  submittedBy?: number | { name?: string | null } | null
}

async function findSubmissions({
  user,
  locale,
  where,
  sort,
}: {
  user: User
  locale: Locale
  where: Where
  sort: string
}): Promise<SubmissionItem[]> {
  const payload = await payloadClient()
  const lists = await Promise.all(
    SUBMITTABLE.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where,
        sort,
        locale,
        fallbackLocale: 'en',
        depth: 1,
        limit: 200,
        select: {
          title: true,
          summary: true,
          submissionStatus: true,
          rejectionReason: true,
          createdAt: true,
          submittedBy: true,
        },
        populate: { users: { name: true } },
        user,
        overrideAccess: false,
        context: OWN,
      })
      return (docs as unknown as Doc[]).map((doc): SubmissionItem => ({
        collection,
        id: doc.id,
        title: doc.title ?? '',
        summary: doc.summary ?? '',
        status: doc.submissionStatus ?? 'submitted',
        reason: doc.rejectionReason ?? null,
        createdAt: doc.createdAt,
        submitter: typeof doc.submittedBy === 'object' ? (doc.submittedBy?.name ?? null) : null,
      }))
    }),
  )
  const byAge = (a: SubmissionItem, b: SubmissionItem) => a.createdAt.localeCompare(b.createdAt)
  const all = lists.flat().sort(byAge)
  return sort.startsWith('-') ? all.reverse() : all
}

/** What this person proposed, newest first, with where each stands and why it was rejected. */
export function listOwnSubmissions({ user, locale }: { user: User; locale: Locale }) {
  return findSubmissions({
    user,
    locale,
    where: { submittedBy: { equals: user.id } },
    sort: '-createdAt',
  })
}

/**
 * What waits for this reviewer, oldest first: everything for a manager, the submissions tagged
 * with a theme they moderate for a moderator, never their own. Empty for anyone else.
 */
export function listReviewQueue({ user, locale }: { user: User; locale: Locale }) {
  const themes = moderatedThemeIds(user)
  if (!isManagerUser(user) && themes.length === 0) return Promise.resolve([])
  const conditions: Where[] = [
    { submissionStatus: { equals: 'submitted' } },
    { submittedBy: { not_equals: user.id } },
  ]
  if (!isManagerUser(user)) conditions.push({ themes: { in: themes } })
  return findSubmissions({ user, locale, where: { and: conditions }, sort: 'createdAt' })
}

/** Whether this person may open the review queue. */
export const isReviewer = (user: User | null) =>
  isManagerUser(user) || moderatedThemeIds(user).length > 0
