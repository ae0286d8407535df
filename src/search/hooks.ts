import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { SEARCH_QUEUE } from './jobs'

/**
 * After a write commits, queue a search update in the same database: a search outage delays it,
 * never loses it, and the editor's save never waits for Meilisearch.
 */
export const queueIndexing: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({
  doc,
  collection,
  req,
}) => {
  if (req.context?.skipSearchSync) return doc
  await req.payload.jobs.queue({
    task: 'syncSearch' as never,
    input: { collection: collection.slug, id: String(doc.id) } as never,
    queue: SEARCH_QUEUE,
    req,
  })
  return doc
}
