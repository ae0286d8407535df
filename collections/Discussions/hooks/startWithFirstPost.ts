import type { CollectionAfterChangeHook } from 'payload'

import { withdrawForumClaim } from '@/forums/protection'

/**
 * Files for the first post, from the page's form (src/forums/writing.ts): server code only, as
 * REST has no field for them (an API client attaches files by replying, or by editing its post).
 */
export const FIRST_POST_ATTACHMENTS = 'firstPostAttachments'
const firstPostAttachments = (context: Record<string, unknown>) =>
  Array.isArray(context[FIRST_POST_ATTACHMENTS])
    ? (context[FIRST_POST_ATTACHMENTS] as number[])
    : undefined

/**
 * A new discussion's `body` becomes its first post, written with the discussion's own `req` so
 * both are stored in one transaction: a post refused (too short, a forbidden link) leaves no
 * discussion without a first post behind. The post's own hooks keep the discussion's activity.
 */
export const startWithFirstPost: CollectionAfterChangeHook = async ({
  doc,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const post = await req.payload
    .create({
      collection: 'posts',
      data: {
        discussion: doc.id,
        body: data.body,
        language: doc.language,
        state: 'visible',
        attachments: firstPostAttachments(req.context),
      },
      req,
      user: req.user,
      overrideAccess: false,
      context: { ...req.context, firstPostOf: doc.id },
    })
    .catch((error: unknown) => {
      // Nothing is stored: the discussion's rate claim goes too (src/forums/protection.ts).
      withdrawForumClaim(req)
      throw error
    })
  const updated = await req.payload.update({
    collection: 'discussions',
    id: doc.id,
    data: { firstPost: post.id },
    req,
    overrideAccess: true,
    depth: 0,
    context: { ...req.context, forumBookkeeping: true },
  })
  // The answer shows the first post as it was stored, and the activity it started.
  return {
    ...doc,
    firstPost: post,
    lastPost: post,
    lastPostAt: updated.lastPostAt,
    lastPoster: doc.author,
  }
}
