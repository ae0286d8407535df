import type { Payload, PayloadRequest } from 'payload'

import type { SearchableCollection } from './documents'

export const SEARCH_QUEUE = 'search'

/**
 * Queues a sync of one document's search entries in the database, committed with the write that
 * changed it when given its `req`: a search outage delays the update, never loses it.
 */
export async function queueSearchSync({
  payload,
  req,
  collection,
  id,
}: {
  payload: Payload
  req?: PayloadRequest
  collection: SearchableCollection
  id: number | string
}): Promise<void> {
  await payload.jobs.queue({
    task: 'syncSearch',
    input: { collection, id: String(id) },
    queue: SEARCH_QUEUE,
    req,
  })
}
