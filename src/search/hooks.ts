import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isSearchable } from './documents'
import { queueSearchSync } from './queue'

/**
 * After a write commits, queue a search update in the same database: a search outage delays it,
 * never loses it, and the editor's save never waits for Meilisearch.
 */
export const queueIndexing: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({
  doc,
  collection,
  req,
}) => {
  if (req.context?.skipSearchSync || !isSearchable(collection.slug)) return doc
  await queueSearchSync({ payload: req.payload, req, collection: collection.slug, id: doc.id })
  return doc
}
