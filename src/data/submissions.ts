import type { Where } from 'payload'

import { isManagerUser, moderatedThemeIds } from '@/access/roles'
import type { Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'
import { SUBMITTABLE, type Reviewable, type SubmissionStatus } from '@/submissions/status'

import { payloadClient } from './payload'
import { findProfileProposals, type ProfileChange } from './profileProposals'

/** What the badge beside a name needs (MemberBadge). */
type BadgeHolder = Pick<User, 'memberGroup' | 'organisation' | 'affiliationConfirmed'>

/** One submission as the account pages list it. */
export type SubmissionItem = {
  collection: Reviewable
  id: number
  title: string
  summary: string
  status: SubmissionStatus
  reason: string | null
  createdAt: string
  submitter: string | null
  /** The submitter's confirmed affiliation, for the badge beside their name. */
  submitterBadge?: BadgeHolder
  /** A proposed organisation profile: what it would change. */
  changes?: ProfileChange[]
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
  submittedBy?: number | ({ name?: string | null } & BadgeHolder) | null
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
        populate: {
          users: { name: true, organisation: true, memberGroup: true, affiliationConfirmed: true },
        },
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
        submitterBadge:
          typeof doc.submittedBy === 'object' && doc.submittedBy ? doc.submittedBy : undefined,
      }))
    }),
  )
  return lists.flat()
}

/** Oldest first, or newest first: the kinds mixed. */
const byAge = (items: SubmissionItem[][], newestFirst: boolean) => {
  const all = items.flat().sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return newestFirst ? all.reverse() : all
}

/** What this person proposed, newest first, with where each stands and why it was rejected. */
export async function listOwnSubmissions({ user, locale }: { user: User; locale: Locale }) {
  const where: Where = { submittedBy: { equals: user.id } }
  const lists = await Promise.all([
    findSubmissions({ user, locale, where, sort: '-createdAt' }),
    findProfileProposals({ user, locale, where }),
  ])
  return byAge(lists, true)
}

/**
 * What waits for this reviewer, oldest first: everything for a manager (proposed organisation
 * profiles included, which have no themes), the submissions tagged with a theme they moderate
 * for a moderator, never their own. Empty for anyone else.
 */
export async function listReviewQueue({ user, locale }: { user: User; locale: Locale }) {
  const themes = moderatedThemeIds(user)
  const isManager = isManagerUser(user)
  if (!isManager && themes.length === 0) return []
  const waiting: Where[] = [
    { submissionStatus: { equals: 'submitted' } },
    { submittedBy: { not_equals: user.id } },
  ]
  const themed = isManager ? waiting : [...waiting, { themes: { in: themes } }]
  const lists = await Promise.all([
    findSubmissions({ user, locale, where: { and: themed }, sort: 'createdAt' }),
    isManager ? findProfileProposals({ user, locale, where: { and: waiting } }) : [],
  ])
  return byAge(lists, false)
}

/** Whether this person may open the review queue. */
export const isReviewer = (user: User | null) =>
  isManagerUser(user) || moderatedThemeIds(user).length > 0
