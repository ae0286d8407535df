import type { PayloadRequest } from 'payload'

import { moderatesDiscussion } from '@/access/forums'
import { Refused } from '@/access/refused'
import { optionalRelationId } from '@/fields/relationId'
import { recordDecision } from '@/membership/audit'
import type { Discussion } from '@/payload-types'

import {
  inTransaction,
  invalid,
  loadDiscussion,
  MODERATION_CONTEXT,
  personOf,
  type Id,
} from './moderation'

/**
 * The discussion's activity, recounted from its posts (after a merge moved some in or out): the
 * reply count (the first post is not a reply) and the latest post, its poster and time.
 */
export async function recountDiscussion(req: PayloadRequest, discussionId: Id) {
  const { docs, totalDocs } = await req.payload.find({
    collection: 'posts',
    where: { discussion: { equals: discussionId } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { author: true, createdAt: true },
    overrideAccess: true,
    req,
  })
  const last = docs[0]
  await req.payload.update({
    collection: 'discussions',
    id: discussionId,
    data: {
      replyCount: Math.max(0, totalDocs - 1),
      lastPostAt: last?.createdAt ?? null,
      lastPoster: last ? (optionalRelationId(last.author) as Id) : null,
      lastPost: last?.id ?? null,
    },
    overrideAccess: true,
    depth: 0,
    req,
    context: { forumBookkeeping: true },
  })
}

/** A discussion named by its id or its address (slug), as a moderator types it. */
async function findTarget(req: PayloadRequest, into: unknown): Promise<Discussion | null> {
  const text = typeof into === 'number' ? String(into) : typeof into === 'string' ? into.trim() : ''
  if (!text) return null
  // The address as pasted from the browser: …/forums/<slug>?post=…
  const slug =
    text
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? ''
  if (/^\d+$/.test(slug)) {
    const byId = await loadDiscussion(req, Number(slug))
    if (byId) return byId
  }
  const { docs } = await req.payload.find({
    collection: 'discussions',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/**
 * Merges a duplicate discussion into another: its posts move to the target in the order they
 * were written (each keeps `mergedFrom`), the duplicate is locked and points at the target, and
 * both discussions' counters are recounted. The moderator must moderate both (a manager does).
 * All in one transaction, with the audit entry.
 */
export async function mergeDiscussion({
  req,
  id,
  into,
}: {
  req: PayloadRequest
  id: unknown
  into: unknown
}): Promise<{ duplicate: Discussion; target: Discussion; moved: number }> {
  return inTransaction(req, async () => {
    const user = personOf(req)
    const duplicate = await loadDiscussion(req, id)
    if (!duplicate || !moderatesDiscussion(user, duplicate)) {
      throw new Refused('Only a moderator of this discussion may merge it.')
    }
    const target = await findTarget(req, into)
    if (!target) {
      throw invalid(
        req,
        'discussions',
        'into',
        'Say which discussion to merge it into (its address or number).',
      )
    }
    if (target.id === duplicate.id) {
      throw invalid(req, 'discussions', 'into', 'A discussion cannot be merged into itself.')
    }
    if (duplicate.mergedInto) {
      throw invalid(req, 'discussions', 'into', 'This discussion was already merged.')
    }
    if (target.mergedInto) {
      throw invalid(
        req,
        'discussions',
        'into',
        'That discussion was itself merged; merge into the one it went to.',
      )
    }
    if (!moderatesDiscussion(user, target)) {
      throw new Refused('You may merge only into a discussion you moderate too.')
    }
    const { docs: moved } = await req.payload.update({
      collection: 'posts',
      where: { discussion: { equals: duplicate.id } },
      data: { discussion: target.id, mergedFrom: duplicate.id },
      overrideAccess: true,
      depth: 0,
      req,
      context: { [MODERATION_CONTEXT]: true },
    })
    // The flags on the moved posts now wait for the target's moderators.
    await req.payload.update({
      collection: 'post-flags',
      where: { post: { in: moved.map((post) => post.id) } },
      data: {
        themes: (target.themes ?? []).map(optionalRelationId) as Id[],
        crossTheme: Boolean(target.crossTheme),
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await recountDiscussion(req, target.id)
    const locked = await req.payload.update({
      collection: 'discussions',
      id: duplicate.id,
      data: {
        mergedInto: target.id,
        status: 'locked',
        pinned: false,
        replyCount: 0,
        lastPost: null,
        lastPoster: null,
      },
      overrideAccess: true,
      depth: 0,
      req,
      context: { forumBookkeeping: true, [MODERATION_CONTEXT]: true },
    })
    await recordDecision({
      req,
      action: 'discussions-merged',
      subject: optionalRelationId(duplicate.author) as Id,
      details: { discussion: duplicate.id, into: target.id, posts: moved.length },
    })
    const merged = await loadDiscussion(req, target.id)
    return { duplicate: locked, target: merged ?? target, moved: moved.length }
  })
}
