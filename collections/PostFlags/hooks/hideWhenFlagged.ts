import type { CollectionAfterChangeHook } from 'payload'

import { optionalRelationId } from '@/fields/relationId'
import { MODERATION_CONTEXT } from '@/forums/moderation'
import { recordDecision } from '@/membership/audit'
import type { Post } from '@/payload-types'

/** A post flagged by this many members is hidden until a moderator decides. */
export const FLAGS_TO_HIDE = 3

/**
 * Counts the post's open flags in the new flag's transaction and, at three, hides the post
 * (`flagged`) until a moderator upholds or dismisses the flags. The count is of stored flags,
 * never a counter read and written back, so concurrent flaggers cannot lose one: on SQLite each
 * write transaction runs alone (src/db/transactions.ts), so the last of three concurrent flags
 * counts all three; on MongoDB the concurrent updates of the same post conflict and the loser
 * is rolled back rather than stored with a wrong count.
 */
export const hideWhenFlagged: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const postId = optionalRelationId(doc.post)!
  const { totalDocs: open } = await req.payload.count({
    collection: 'post-flags',
    where: { and: [{ post: { equals: postId } }, { status: { equals: 'open' } }] },
    overrideAccess: true,
    req,
  })
  const post = (await req.payload.findByID({
    collection: 'posts',
    id: postId,
    depth: 0,
    select: { state: true, author: true, discussion: true },
    overrideAccess: true,
    req,
  })) as Post
  const hide = open >= FLAGS_TO_HIDE && post.state === 'visible'
  await req.payload.update({
    collection: 'posts',
    id: postId,
    data: { flagCount: open, ...(hide ? { state: 'flagged' as const } : {}) },
    overrideAccess: true,
    depth: 0,
    req,
    // The flagger is neither the post's author nor its moderator: this is the forums' own
    // bookkeeping, which the posts' edit guards let through.
    context: { forumBookkeeping: true, [MODERATION_CONTEXT]: true },
  })
  if (hide) {
    await recordDecision({
      req,
      action: 'post-hidden-by-flags',
      subject: optionalRelationId(post.author) as number,
      details: { post: postId, discussion: optionalRelationId(post.discussion), flags: open },
    })
  }
  return doc
}
