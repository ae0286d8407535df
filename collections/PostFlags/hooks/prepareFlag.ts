import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { Refused } from '@/access/refused'
import { optionalRelationId, relationKey } from '@/fields/relationId'
import type { Post } from '@/payload-types'

/**
 * A member flags a post they can read, not their own, with a reason (one flag per member and
 * post: the unique index). The discussion's themes are copied onto the flag so that the review
 * queue of those themes' moderators is a single query.
 */
export const prepareFlag: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const invalid = (path: string, message: string) =>
    new ValidationError({ collection: 'post-flags', errors: [{ path, message }], req }, req.t)
  const reason = typeof data.reason === 'string' ? data.reason.trim() : ''
  if (!reason) throw invalid('reason', 'Say why you flag this post: the moderators read it.')
  data.reason = reason
  const postId = optionalRelationId(data.post)
  const post =
    postId === null
      ? null
      : ((await req.payload
          .findByID({
            collection: 'posts',
            id: postId,
            depth: 0,
            select: { author: true, discussion: true, state: true },
            req,
            user: req.user,
            overrideAccess: false,
            disableErrors: true,
          })
          .catch(() => null)) as Post | null)
  if (!post) throw invalid('post', 'That post does not exist.')
  if (req.user && relationKey(post.author) === String(req.user.id)) {
    throw new Refused('You cannot flag your own post.')
  }
  if (post.state === 'deleted') throw invalid('post', 'Its author deleted this post.')
  // The unique index (post, member) would refuse it too, in words a member cannot act on.
  const member = optionalRelationId(data.member)
  const { totalDocs: flaggedBefore } =
    member === null
      ? { totalDocs: 0 }
      : await req.payload.count({
          collection: 'post-flags',
          where: { and: [{ post: { equals: post.id } }, { member: { equals: member } }] },
          overrideAccess: true,
          req,
        })
  if (flaggedBefore > 0) {
    throw invalid('post', 'You have already flagged this post; its moderators have your reason.')
  }
  const discussion = await req.payload.findByID({
    collection: 'discussions',
    id: optionalRelationId(post.discussion)!,
    depth: 0,
    select: { themes: true, crossTheme: true },
    overrideAccess: true,
    req,
  })
  data.status = 'open'
  data.themes = (discussion.themes ?? []).map(optionalRelationId)
  data.crossTheme = Boolean(discussion.crossTheme)
  return data
}
