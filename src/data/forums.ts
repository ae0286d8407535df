import type { Where } from 'payload'

import { isForumMemberUser } from '@/access/forums'
import { relationKey } from '@/fields/relationId'
import type { Discussion, Theme, User } from '@/payload-types'

import { forumPeople, type ForumPerson } from './forumPeople'
import { cachedRead } from './cache'
import { payloadClient } from './payload'

export const DISCUSSIONS_PER_PAGE = 25

/** Duplicates merged into another discussion live on only as a redirect. */
const NOT_MERGED: Where = { mergedInto: { exists: false } }

export type DiscussionCounts = { total: number; crossTheme: number; byTheme: Map<string, number> }

/**
 * How many discussions each theme has, and how many are cross-theme, for everyone, visitors
 * included ("theme pages say how many discussions there are and invite them to join"). Counted
 * with authority because visitors may read no discussion; safe because only numbers leave this
 * function, never a title, an author or a post, and the numbers are not narrowed by anything a
 * visitor sends (the themes are the published themes the page already shows).
 */
export async function countDiscussions({
  themes,
}: {
  themes: Pick<Theme, 'id'>[]
}): Promise<DiscussionCounts> {
  const ids = themes.map((theme) => theme.id)
  // The same numbers for everyone, so one cached read serves visitors' theme pages and members'
  // forum homes alike, until a discussion is started, moved, merged or deleted.
  const counted = await cachedRead(
    { user: null, key: ['forumCounts', ids], tags: ['forum-counts'] },
    async (payload) => {
      const count = async (where: Where) =>
        (
          await payload.count({
            collection: 'discussions',
            where: { and: [NOT_MERGED, where] },
            overrideAccess: true,
          })
        ).totalDocs
      const [total, crossTheme, ...perTheme] = await Promise.all([
        count({}),
        count({ crossTheme: { equals: true } }),
        ...ids.map((id) => count({ themes: { in: [id] } })),
      ])
      return { total, crossTheme, perTheme }
    },
  )
  return {
    total: counted.total,
    crossTheme: counted.crossTheme,
    byTheme: new Map(ids.map((id, index) => [String(id), counted.perTheme[index]])),
  }
}

/** Which discussions the forum home lists: one theme's, the cross-theme ones, or all. */
export type ForumFilter = { theme: Theme } | { crossTheme: true } | Record<string, never>

export type DiscussionRow = Pick<
  Discussion,
  | 'id'
  | 'title'
  | 'slug'
  | 'themes'
  | 'crossTheme'
  | 'status'
  | 'pinned'
  | 'replyCount'
  | 'lastPostAt'
  | 'answer'
  | 'createdAt'
> & {
  author?: ForumPerson
  lastPoster?: ForumPerson
  /** Posts the member has not read: null when they never opened it (all new). */
  unread: number | null
}

const ROW_SELECT = {
  title: true,
  slug: true,
  themes: true,
  crossTheme: true,
  status: true,
  pinned: true,
  replyCount: true,
  lastPostAt: true,
  lastPoster: true,
  author: true,
  answer: true,
  createdAt: true,
} as const

/**
 * One page of the forum home for a member: pinned first, then by latest activity, each with its
 * reply count, last poster and time, and how many posts the member has not read yet. Null for
 * anyone who may not read the forums (the page shows them the invitation).
 */
export async function listDiscussions({
  user,
  filter,
  page,
}: {
  user: User | null
  filter: ForumFilter
  page: number
}) {
  if (!isForumMemberUser(user)) return null
  const payload = await payloadClient()
  const narrowed: Where =
    'theme' in filter
      ? { themes: { in: [filter.theme.id] } }
      : 'crossTheme' in filter
        ? { crossTheme: { equals: true } }
        : {}
  const listing = await payload.find({
    collection: 'discussions',
    where: { and: [NOT_MERGED, narrowed] },
    sort: ['-pinned', '-lastPostAt'],
    select: ROW_SELECT,
    depth: 0,
    limit: DISCUSSIONS_PER_PAGE,
    page,
    user,
    overrideAccess: false,
  })
  const docs = listing.docs as Discussion[]
  const [people, unread] = await Promise.all([
    forumPeople({
      user,
      ids: docs.flatMap((doc) => [relationKey(doc.author), relationKey(doc.lastPoster)]),
    }),
    unreadCounts({ user: user!, discussions: docs }),
  ])
  const rows: DiscussionRow[] = docs.map((doc) => ({
    ...doc,
    author: people.get(relationKey(doc.author) ?? ''),
    lastPoster: people.get(relationKey(doc.lastPoster) ?? ''),
    unread: unread.get(String(doc.id)) ?? null,
  }))
  return {
    rows,
    page: listing.page ?? page,
    totalPages: listing.totalPages,
    totalDocs: listing.totalDocs,
  }
}

/**
 * Unread posts per discussion, from the member's read states: posts written after the last one
 * they saw. Counted only where there was activity since (most rows need no query); a discussion
 * they never opened is absent (shown as new).
 */
export async function unreadCounts({
  user,
  discussions,
}: {
  user: User
  discussions: Pick<Discussion, 'id' | 'lastPostAt'>[]
}): Promise<Map<string, number>> {
  const unread = new Map<string, number>()
  if (discussions.length === 0) return unread
  const payload = await payloadClient()
  const { docs: states } = await payload.find({
    collection: 'read-states',
    where: { discussion: { in: discussions.map((doc) => doc.id) } },
    depth: 0,
    limit: discussions.length,
    select: { discussion: true, lastReadAt: true },
    user,
    overrideAccess: false,
  })
  const lastPostAt = new Map(discussions.map((doc) => [String(doc.id), doc.lastPostAt]))
  await Promise.all(
    states.map(async (state) => {
      const id = relationKey(state.discussion)!
      const latest = lastPostAt.get(id)
      if (!latest || new Date(latest).getTime() <= new Date(state.lastReadAt).getTime()) {
        unread.set(id, 0)
        return
      }
      const { totalDocs } = await payload.count({
        collection: 'posts',
        where: {
          and: [
            { discussion: { equals: state.discussion } },
            { createdAt: { greater_than: state.lastReadAt } },
          ],
        },
        user,
        overrideAccess: false,
      })
      unread.set(id, totalDocs)
    }),
  )
  return unread
}
