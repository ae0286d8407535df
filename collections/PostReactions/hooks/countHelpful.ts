import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { relationId, type Id } from '@/fields/relationId'

/**
 * A post's `helpfulCount` is recounted from its reactions, in the reaction's own transaction,
 * whenever one is added or taken back: a count, not an increment, so two members reacting at
 * once cannot leave it wrong.
 */
async function recount(req: PayloadRequest, postId: Id) {
  const { totalDocs } = await req.payload.count({
    collection: 'post-reactions',
    where: { post: { equals: postId }, kind: { equals: 'helpful' } },
    req,
    overrideAccess: true,
  })
  await req.payload.update({
    collection: 'posts',
    id: postId,
    data: { helpfulCount: totalDocs },
    req,
    overrideAccess: true,
    depth: 0,
    context: { ...req.context, forumBookkeeping: true },
  })
}

export const countHelpfulAfterChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  if (operation === 'create') await recount(req, relationId(doc.post))
  return doc
}

export const countHelpfulAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recount(req, relationId(doc.post))
  return doc
}
