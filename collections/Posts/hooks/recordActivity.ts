import type { CollectionAfterChangeHook } from 'payload'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number)

/**
 * A new post moves its discussion up the forum home: the discussion's latest post, its poster
 * and time, and its reply count (the first post is not a reply) are written in the post's own
 * transaction, so the count can never drift from the posts stored.
 */
export const recordActivity: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const discussionId = idOf(doc.discussion)
  const isFirst = Boolean(req.context?.firstPostOf)
  const replies = isFirst
    ? 0
    : (
        await req.payload.count({
          collection: 'posts',
          where: { discussion: { equals: discussionId } },
          req,
          overrideAccess: true,
        })
      ).totalDocs - 1
  await req.payload.update({
    collection: 'discussions',
    id: discussionId,
    data: {
      replyCount: Math.max(0, replies),
      lastPostAt: doc.createdAt,
      lastPoster: idOf(doc.author),
      lastPost: doc.id,
    },
    req,
    overrideAccess: true,
    depth: 0,
    context: { ...req.context, forumBookkeeping: true },
  })
  return doc
}
