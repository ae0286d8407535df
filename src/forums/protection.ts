import { APIError, type PayloadRequest } from 'payload'

import { isForumModeratorUser } from '@/access/forums'
import type { Person } from '@/access/roles'
import { TooManyAttempts } from '@/security/limits/actions'

/**
 * How fast members may write, Discourse's defaults: 15 s between new discussions and 5 s between
 * posts; members approved in the last 7 days wait 120 s and 30 s, start at most 3 discussions
 * and write at most 10 replies in their first day, and put at most 2 links in a post. The same
 * text again within 5 minutes is refused as a duplicate. Each value can be set by an environment
 * variable (FORUM_SECONDS_BETWEEN_POSTS=10 …) or by a test (`configureForumProtection`).
 */
export type ForumProtection = {
  secondsBetweenDiscussions: number
  secondsBetweenPosts: number
  newcomerDays: number
  newcomerSecondsBetweenDiscussions: number
  newcomerSecondsBetweenPosts: number
  firstDayDiscussions: number
  firstDayReplies: number
  newcomerLinksPerPost: number
  duplicateWindowSeconds: number
}

export const DEFAULT_FORUM_PROTECTION: ForumProtection = {
  secondsBetweenDiscussions: 15,
  secondsBetweenPosts: 5,
  newcomerDays: 7,
  newcomerSecondsBetweenDiscussions: 120,
  newcomerSecondsBetweenPosts: 30,
  firstDayDiscussions: 3,
  firstDayReplies: 10,
  newcomerLinksPerPost: 2,
  duplicateWindowSeconds: 300,
}

export const FORUM_PROTECTION_VARIABLES: Record<keyof ForumProtection, string> = {
  secondsBetweenDiscussions: 'FORUM_SECONDS_BETWEEN_DISCUSSIONS',
  secondsBetweenPosts: 'FORUM_SECONDS_BETWEEN_POSTS',
  newcomerDays: 'FORUM_NEWCOMER_DAYS',
  newcomerSecondsBetweenDiscussions: 'FORUM_NEWCOMER_SECONDS_BETWEEN_DISCUSSIONS',
  newcomerSecondsBetweenPosts: 'FORUM_NEWCOMER_SECONDS_BETWEEN_POSTS',
  firstDayDiscussions: 'FORUM_FIRST_DAY_DISCUSSIONS',
  firstDayReplies: 'FORUM_FIRST_DAY_REPLIES',
  newcomerLinksPerPost: 'FORUM_NEWCOMER_LINKS_PER_POST',
  duplicateWindowSeconds: 'FORUM_DUPLICATE_WINDOW_SECONDS',
}

/**
 * The defaults with the environment's values on top. A malformed value throws one line naming
 * the variable (read on the first write, as the sign-in limits are): a typo must not silently
 * leave the forums unprotected.
 */
export function forumProtectionFromEnv(
  env: Record<string, string | undefined> = process.env,
): ForumProtection {
  const settings = { ...DEFAULT_FORUM_PROTECTION }
  for (const key of Object.keys(settings) as (keyof ForumProtection)[]) {
    const variable = FORUM_PROTECTION_VARIABLES[key]
    const value = env[variable]?.trim()
    if (!value) continue
    if (!/^\d{1,9}$/.test(value)) {
      throw new Error(`${variable} must be a whole number (0 or more); "${value}" is not.`)
    }
    settings[key] = Number(value)
  }
  return settings
}

let settings: ForumProtection | undefined
export const forumProtection = (): ForumProtection => (settings ??= forumProtectionFromEnv())

/** For tests: the environment's settings with `overrides` on top, and every claim forgotten. */
export function configureForumProtection(overrides: Partial<ForumProtection> = {}) {
  settings = { ...forumProtectionFromEnv(), ...overrides }
  claims.clear()
}

const DAY_MS = 86_400_000

type Writer = Person & { approvedAt?: string | null }

/**
 * Staff are trusted as Discourse trusts them: moderators and managers (and admins) are held to
 * no rate, first-day quota or link limit, so they can answer a burst of reports or post a
 * series of summaries. Server code with no signed-in person (seeds, jobs) is not limited either.
 */
export const isExemptFromForumRates = (user: Person | null | undefined) =>
  !user || isForumModeratorUser(user)

/** Approved within `newcomerDays` (a member approved before the field existed is not new). */
export function isNewcomer(user: Writer | null | undefined, now = Date.now()): boolean {
  if (!user?.approvedAt) return false
  return now - new Date(user.approvedAt).getTime() < forumProtection().newcomerDays * DAY_MS
}

export type WriteKind = 'discussion' | 'reply'

const MESSAGES: Record<WriteKind, { next: string; plural: string }> = {
  discussion: { next: 'start another discussion', plural: 'discussions' },
  reply: { next: 'post again', plural: 'replies' },
}

const inWords = (seconds: number) =>
  seconds <= 90
    ? `${seconds} second${seconds === 1 ? '' : 's'}`
    : seconds <= 90 * 60
      ? `${Math.ceil(seconds / 60)} minutes`
      : `${Math.ceil(seconds / 3600)} hours`

/**
 * A 429 with the wait in words and in Retry-After. It takes the name of the sign-in limits' own
 * error, so Payload logs it as the expected refusal it is (info), not as a fault.
 */
export class WritingTooFast extends APIError {
  readonly retryAfterSeconds: number
  constructor(message: string, seconds: number) {
    super(message, 429, null, true)
    this.name = TooManyAttempts.name
    this.retryAfterSeconds = seconds
  }
}

function refuse(req: PayloadRequest, message: string, seconds: number): never {
  // Payload adds these headers to the REST and GraphQL answer, error or not.
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  throw new WritingTooFast(message, seconds)
}

/**
 * Claims made in this process and not yet stored: the stored rows are what count across
 * processes, but two requests from one member that arrive together both find nothing stored
 * yet. Claiming is synchronous (no await between the look and the claim), so of two
 * simultaneous posts exactly one gets through and the other waits its turn.
 */
const claims = new Map<string, number>()

const secondsLeft = (since: number, gapSeconds: number, now: number) =>
  Math.ceil((since + gapSeconds * 1000 - now) / 1000)

/**
 * Before a discussion or a reply by `user` is stored: the gap since their last one, and a
 * newcomer's first-day quota, counted from the stored posts and discussions (by author and
 * creation time) so every process agrees. Refuses with a 429 that says how long to wait.
 */
export async function holdToForumRates({
  kind,
  req,
  now = Date.now(),
}: {
  kind: WriteKind
  req: PayloadRequest
  now?: number
}): Promise<void> {
  const user = req.user as Writer | null
  if (isExemptFromForumRates(user)) return
  const rules = forumProtection()
  const newcomer = isNewcomer(user, now)
  const gap =
    kind === 'discussion'
      ? newcomer
        ? rules.newcomerSecondsBetweenDiscussions
        : rules.secondsBetweenDiscussions
      : newcomer
        ? rules.newcomerSecondsBetweenPosts
        : rules.secondsBetweenPosts
  const words = MESSAGES[kind]
  const tooSoon = (seconds: number) =>
    `You can ${words.next} in ${inWords(seconds)}: ${newcomer ? 'new members wait' : 'members wait'} ${inWords(gap)} between ${words.plural}.`

  const key = `${kind}:${user!.id}`
  const previousClaim = claims.get(key)
  if (gap > 0 && previousClaim !== undefined && secondsLeft(previousClaim, gap, now) > 0) {
    refuse(req, tooSoon(secondsLeft(previousClaim, gap, now)), secondsLeft(previousClaim, gap, now))
  }
  claims.set(key, now)
  // Withdraws the claim when the write fails after all (refused here, or later in its operation).
  const withdraw = () => {
    if (claims.get(key) !== now) return
    if (previousClaim === undefined) claims.delete(key)
    else claims.set(key, previousClaim)
  }
  pendingClaims.set(req, withdraw)
  try {
    if (gap > 0) {
      const last = await lastWritten({ kind, req, authorId: user!.id })
      if (last !== undefined && secondsLeft(last, gap, now) > 0) {
        refuse(req, tooSoon(secondsLeft(last, gap, now)), secondsLeft(last, gap, now))
      }
    }
    if (newcomer) await holdToFirstDayQuota({ kind, req, user: user!, now })
  } catch (error) {
    withdraw()
    throw error
  }
}

/** The claims of writes still under way, by request, for `withdrawForumClaim`. */
const pendingClaims = new WeakMap<PayloadRequest, () => void>()

/**
 * A write refused after its claim was made (a discussion whose first post is refused): the
 * claim goes, so the member may try again at once.
 */
export function withdrawForumClaim(req: PayloadRequest) {
  pendingClaims.get(req)?.()
  pendingClaims.delete(req)
}

/** When the author last started a discussion or wrote a post (any post), from stored rows. */
async function lastWritten({
  kind,
  req,
  authorId,
}: {
  kind: WriteKind
  req: PayloadRequest
  authorId: number
}): Promise<number | undefined> {
  const { docs } = await req.payload.find({
    collection: kind === 'discussion' ? 'discussions' : 'posts',
    where: { author: { equals: authorId } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { createdAt: true },
    req,
    overrideAccess: true,
  })
  return docs[0] ? new Date(docs[0].createdAt).getTime() : undefined
}

async function holdToFirstDayQuota({
  kind,
  req,
  user,
  now,
}: {
  kind: WriteKind
  req: PayloadRequest
  user: Writer
  now: number
}) {
  const approvedAt = new Date(user.approvedAt!).getTime()
  const firstDayEnds = approvedAt + DAY_MS
  if (now >= firstDayEnds) return
  const rules = forumProtection()
  const since = { author: { equals: user.id }, createdAt: { greater_than_equal: user.approvedAt } }
  const count = (collection: 'discussions' | 'posts') =>
    req.payload
      .count({ collection, where: since, req, overrideAccess: true })
      .then(({ totalDocs }) => totalDocs)
  const discussions = await count('discussions')
  // Each discussion's first post is a post too; replies are the rest.
  const written = kind === 'discussion' ? discussions : (await count('posts')) - discussions
  const quota = kind === 'discussion' ? rules.firstDayDiscussions : rules.firstDayReplies
  if (written < quota) return
  const seconds = Math.ceil((firstDayEnds - now) / 1000)
  refuse(
    req,
    `On their first day new members may write ${quota} ${MESSAGES[kind].plural}; you can ${MESSAGES[kind].next} in ${inWords(seconds)}.`,
    seconds,
  )
}

/**
 * The same text as one of the author's own posts of the last few minutes (a double submit, or a
 * message pasted into several threads): a sentence to refuse it with, or null.
 */
export async function duplicateProblem({
  req,
  text,
  now = Date.now(),
}: {
  req: PayloadRequest
  text: string
  now?: number
}): Promise<string | null> {
  const user = req.user as Person | null
  const window = forumProtection().duplicateWindowSeconds
  if (!user || window <= 0) return null
  const { totalDocs } = await req.payload.count({
    collection: 'posts',
    where: {
      author: { equals: user.id },
      text: { equals: text },
      createdAt: { greater_than: new Date(now - window * 1000).toISOString() },
    },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
    ? `You posted the same text less than ${inWords(window)} ago; write something new, or edit the post you wrote.`
    : null
}

/** New members' posts carry at most a few links (spam's usual payload): a sentence, or null. */
export function newcomerLinksProblem(user: Writer | null, links: number): string | null {
  if (isExemptFromForumRates(user) || !isNewcomer(user)) return null
  const allowed = forumProtection().newcomerLinksPerPost
  if (links <= allowed) return null
  return `In their first ${forumProtection().newcomerDays} days members may put ${allowed} link${allowed === 1 ? '' : 's'} in a post; this one has ${links}.`
}
