import type { Payload, PayloadRequest, Where } from 'payload'

import { isForumMemberUser } from '@/access/forums'
import type { Person } from '@/access/roles'
import { relationIds } from '@/following/descriptor'
import { slugs } from '@collections/slugs'

import { WATCH_LEVELS, type WatchLevel } from './options'

/** What a level is about: one discussion, one theme's forum, or the cross-theme forum. */
export type WatchScope =
  { discussion: number | string } | { theme: number | string } | { crossTheme: true }

export const CROSS_THEME_SCOPE = 'cross-theme'

/** The `scope` key of the unique index (member, scope). */
export function scopeKey(scope: WatchScope): string {
  if ('discussion' in scope) return `discussion:${scope.discussion}`
  if ('theme' in scope) return `theme:${scope.theme}`
  return CROSS_THEME_SCOPE
}

/** Scope keys of the forums a discussion belongs to: its themes, and the cross-theme forum. */
export function forumScopesOf(discussion: {
  themes?: unknown
  crossTheme?: boolean | null
}): string[] {
  const themes = relationIds(discussion.themes).map((id) => scopeKey({ theme: id }))
  return discussion.crossTheme ? [...themes, CROSS_THEME_SCOPE] : themes
}

/** Watching tells the most, muted the least: the order that makes one theme's level "highest". */
const RANK: Record<WatchLevel, number> = { muted: 0, normal: 1, tracking: 2, watching: 3 }

export const isWatchLevel = (value: unknown): value is WatchLevel =>
  WATCH_LEVELS.includes(value as WatchLevel)

export type LevelRow = { scope: string; level: WatchLevel }

/**
 * The level that counts for one discussion, from a member's rows: the thread's own if they set
 * one (or writing in it set it), else the highest of the forums it is in, else `normal`.
 */
export function levelFromRows(rows: LevelRow[], discussionId: number | string): WatchLevel {
  const own = rows.find((row) => row.scope === scopeKey({ discussion: discussionId }))
  if (own) return own.level
  const forums = rows.filter((row) => !row.scope.startsWith('discussion:'))
  if (forums.length === 0) return 'normal'
  return forums.reduce<WatchLevel>(
    (best, row) => (RANK[row.level] > RANK[best] ? row.level : best),
    'muted',
  )
}

type DiscussionLike = { id: number | string; themes?: unknown; crossTheme?: boolean | null }

/**
 * Every member's level for one discussion, from the rows of its thread and its forums (one
 * query): the members listed have set something; everyone else is `normal`.
 */
export async function levelsFor({
  payload,
  discussion,
  req,
}: {
  payload: Payload
  discussion: DiscussionLike
  req?: PayloadRequest
}): Promise<Map<string, WatchLevel>> {
  const scopes = [scopeKey({ discussion: discussion.id }), ...forumScopesOf(discussion)]
  const { docs } = await payload.find({
    collection: slugs.forumSubscriptions,
    where: { scope: { in: scopes } },
    select: { member: true, scope: true, level: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byMember = new Map<string, LevelRow[]>()
  for (const doc of docs) {
    const member = relationIds(doc.member)[0]
    if (!member || !isWatchLevel(doc.level)) continue
    byMember.set(member, [...(byMember.get(member) ?? []), { scope: doc.scope, level: doc.level }])
  }
  return new Map(
    [...byMember].map(([member, rows]) => [member, levelFromRows(rows, discussion.id)]),
  )
}

/** One member's level for one discussion (`normal` when they set nothing). */
export async function effectiveLevel({
  payload,
  memberId,
  discussion,
  req,
}: {
  payload: Payload
  memberId: number | string
  discussion: DiscussionLike
  req?: PayloadRequest
}): Promise<WatchLevel> {
  const scopes = [scopeKey({ discussion: discussion.id }), ...forumScopesOf(discussion)]
  const { docs } = await payload.find({
    collection: slugs.forumSubscriptions,
    where: { and: [{ member: { equals: memberId } }, { scope: { in: scopes } }] },
    select: { scope: true, level: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const rows = docs.filter((doc): doc is typeof doc & LevelRow => isWatchLevel(doc.level))
  return levelFromRows(rows, discussion.id)
}

/** The level a member set for one scope itself (not inherited), if any. */
export async function ownLevel({
  payload,
  user,
  scope,
}: {
  payload: Payload
  user: Person
  scope: WatchScope
}): Promise<WatchLevel | undefined> {
  const { docs } = await payload.find({
    collection: slugs.forumSubscriptions,
    where: { scope: { equals: scopeKey(scope) } },
    select: { level: true },
    depth: 0,
    limit: 1,
    pagination: false,
    user,
    overrideAccess: false,
  })
  return isWatchLevel(docs[0]?.level) ? docs[0].level : undefined
}

/** An id as the database keeps them: numbers on SQLite, strings (ObjectIds) on MongoDB. */
const idFor = (payload: Payload, id: number | string) =>
  payload.db.defaultIDType === 'number' ? Number(id) : String(id)

const isDuplicate = (error: unknown) =>
  /unique|E11000|duplicate key/i.test(
    `${String(error)} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`,
  )

/**
 * Sets a member's level for one scope: updates their row, or creates it. Always their own row,
 * as them (`overrideAccess: false`: the rows' own access rules, forum members only); a
 * discussion or theme they cannot read is refused by the relationship's validation. Two saves
 * at once meet at the unique index (member, scope): the loser updates the winner's row.
 */
export async function setWatchLevel({
  payload,
  user,
  scope,
  level,
  req,
}: {
  payload: Payload
  user: Person
  scope: WatchScope
  level: WatchLevel
  req?: PayloadRequest
}): Promise<void> {
  const key = scopeKey(scope)
  const as = { user, overrideAccess: false as const, req, depth: 0 }
  const update = () =>
    payload.update({
      collection: slugs.forumSubscriptions,
      where: { scope: { equals: key } },
      data: { level },
      ...as,
    })
  const { docs } = await update()
  if (docs.length > 0) return
  try {
    await payload.create({
      collection: slugs.forumSubscriptions,
      data: {
        member: user.id,
        scope: key,
        level,
        ...('discussion' in scope ? { discussion: idFor(payload, scope.discussion) } : {}),
        ...('theme' in scope ? { theme: idFor(payload, scope.theme) } : {}),
        ...('crossTheme' in scope ? { crossTheme: true } : {}),
      } as never,
      ...as,
    })
  } catch (error) {
    if (!isDuplicate(error)) throw error
    await update()
  }
}

/**
 * Writing in a thread watches it (Discourse's "participating"), unless the member chose a level
 * for it before: someone who muted a thread and answers once stays muted. Run in the post's
 * transaction, with authority (the author is the signed-in writer, so it is their row).
 */
export async function watchAsWriter({
  req,
  memberId,
  discussionId,
}: {
  req: PayloadRequest
  memberId: number | string
  discussionId: number | string
}): Promise<void> {
  const key = scopeKey({ discussion: discussionId })
  const { totalDocs } = await req.payload.count({
    collection: slugs.forumSubscriptions,
    where: { and: [{ member: { equals: memberId } }, { scope: { equals: key } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return
  // Adapter-level: the relationship's validation would look for the discussion outside this
  // transaction, and a first post's discussion is not committed yet.
  try {
    await req.payload.db.create({
      collection: slugs.forumSubscriptions,
      data: { member: memberId, scope: key, discussion: discussionId, level: 'watching' },
      req,
      returning: false,
    })
  } catch (error) {
    // Their other post at the same moment set it (the per-member post rate makes it rare).
    if (!isDuplicate(error)) throw error
  }
}

/** Whether a person may set levels at all (approved members and active roles). */
export const canWatch = (user: Person | null | undefined) => isForumMemberUser(user)

/**
 * A thread's "stop e-mail about this discussion" link: the thread is muted for that member (a
 * link is their authority, so with overrideAccess; a discussion deleted since is nothing to do).
 */
export async function muteThreadFor({
  payload,
  memberId,
  discussionId,
}: {
  payload: Payload
  memberId: number | string
  discussionId: number | string
}): Promise<void> {
  const key = scopeKey({ discussion: discussionId })
  const mine: Where = { and: [{ member: { equals: memberId } }, { scope: { equals: key } }] }
  const { docs } = await payload.update({
    collection: slugs.forumSubscriptions,
    where: mine,
    data: { level: 'muted' },
    overrideAccess: true,
    depth: 0,
  })
  if (docs.length > 0) return
  // A member or discussion deleted since the mail went out: nothing left to stop.
  const [members, discussions] = await Promise.all([
    payload.count({ collection: slugs.users, where: { id: { equals: memberId } } }),
    payload.count({ collection: slugs.discussions, where: { id: { equals: discussionId } } }),
  ])
  if (members.totalDocs === 0 || discussions.totalDocs === 0) return
  try {
    await payload.create({
      collection: slugs.forumSubscriptions,
      data: {
        member: memberId,
        scope: key,
        discussion: idFor(payload, discussionId),
        level: 'muted',
      } as never,
      overrideAccess: true,
    })
  } catch (error) {
    if (!isDuplicate(error)) throw error
    await payload.update({
      collection: slugs.forumSubscriptions,
      where: mine,
      data: { level: 'muted' },
      overrideAccess: true,
    })
  }
}
