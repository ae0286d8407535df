import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueThreadSync } from '../Discussions/search'
import { relationId } from '@/fields/relationId'

/**
 * A post is searched as part of its thread (collections/Discussions/search.ts): adding, editing,
 * hiding, flagging or deleting one re-indexes the thread, through the jobs queue, so a search
 * outage delays it and never loses it. A post moved by a merge re-indexes both threads. The
 * first post is indexed by its new discussion's own hook.
 */
export const queuePostIndexing: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({
  doc,
  req,
  ...rest
}) => {
  if (req.context?.skipSearchSync || req.context?.firstPostOf) return doc
  const previous = 'previousDoc' in rest ? relationId(rest.previousDoc?.discussion) : undefined
  await queueThreadSync(req, relationId(doc.discussion))
  if (previous != null && String(previous) !== String(relationId(doc.discussion)))
    await queueThreadSync(req, previous)
  return doc
}
