import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { Refused } from '@/access/refused'
import type { Person } from '@/access/roles'
import { relationId } from '@/fields/relationId'

/**
 * A reaction is a member's "helpful" on someone else's visible post they can read: not on their
 * own post (Discourse counts no self-likes), once per post and kind (the unique index keeps the
 * race honest; this check gives the sentence).
 */
export const checkReaction: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (!data || operation !== 'create' || !req.user) return data
  const user = req.user as Person
  const invalid = (message: string) =>
    new ValidationError(
      { collection: 'post-reactions', errors: [{ path: 'post', message }], req },
      req.t,
    )
  if (data.post === undefined || data.post === null || data.post === '') {
    throw invalid('Say which post you found helpful.')
  }
  const post = await req.payload
    .findByID({
      collection: 'posts',
      id: relationId(data.post),
      depth: 0,
      req,
      user,
      overrideAccess: false,
      disableErrors: true,
      select: { author: true, state: true },
    })
    .catch(() => null)
  if (!post || post.state !== 'visible') throw invalid('That post does not exist.')
  if (String(relationId(post.author)) === String(user.id)) {
    throw new Refused('You cannot mark your own post helpful.')
  }
  const kind = typeof data.kind === 'string' ? data.kind : 'helpful'
  const { totalDocs } = await req.payload.count({
    collection: 'post-reactions',
    where: { post: { equals: post.id }, member: { equals: user.id }, kind: { equals: kind } },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0) throw invalid('You already marked this post helpful.')
  return data
}
