import type { EnqueuedTaskPromise } from 'meilisearch'
import type { Payload } from 'payload'

import { SEARCH_DESCRIPTORS } from './descriptors'
import {
  loadLookups,
  SEARCHABLE,
  type SearchableCollection,
  type SearchDocument,
} from './documents'
import {
  confirmTask,
  contentIndexName,
  ensureIndex,
  forgetPreparedIndexes,
  indexingClient,
} from './index'
import { syncToSearch } from './sync'

/** Works read per page, and search documents per Meilisearch task. */
const PAGE = 250
const BATCH = 1_000
/**
 * How long the rebuild waits for Meilisearch to index everything it was sent: the queue holds
 * the whole database, about 5 minutes of indexing per 100,000 works on two cores.
 */
const INDEXING_TIMEOUT_MS = 60 * 60_000

/**
 * Rebuilds search from the database into a fresh index and swaps it in atomically, so search
 * keeps answering from the old index throughout. Documents edited while it ran are synced again
 * after the swap (their jobs wrote to the index that was swapped out).
 */
export async function rebuildSearchIndex({
  payload,
  log = () => undefined,
}: {
  payload: Payload
  log?: (line: string) => void
}): Promise<{ documents: number; seconds: number }> {
  const started = new Date()
  const { client, config } = indexingClient()
  const live = contentIndexName(config)
  const next = `${live}_rebuild`
  // A leftover of an interrupted rebuild goes first; wait for it, or the new index would be
  // created and then deleted by the queued deletion.
  await confirmTask(client.deleteIndex(next), { tolerate: ['index_not_found'] })
  forgetPreparedIndexes()
  await ensureIndex(next)
  await ensureIndex(live)
  const lookups = await loadLookups(payload)
  const revision = Date.now()
  let total = 0
  // Each batch is handed to Meilisearch as soon as it is built, and only its acceptance is awaited,
  // not its indexing: Meilisearch indexes while the next pages are read and built, and batches
  // the tasks that queue up meanwhile into one (fewer, larger batches index faster). Waiting for
  // each few batches to be indexed, as this did, left Meilisearch idle during every read and the
  // reader idle during every indexing step. The documents wait in Meilisearch's task queue (on
  // its disk), not here.
  const enqueued: EnqueuedTaskPromise[] = []
  let batch: SearchDocument[] = []
  const flush = async () => {
    if (batch.length === 0) return
    const task = client.index(next).addDocuments(batch)
    batch = []
    await task
    enqueued.push(task)
  }

  for (const collection of Object.keys(SEARCHABLE) as SearchableCollection[]) {
    let page = 1
    let read = 0
    for (;;) {
      const result = await payload.find({
        collection,
        locale: 'all',
        depth: 0,
        limit: PAGE,
        page,
        overrideAccess: true,
        sort: 'id',
      })
      // A page of threads reads its posts in one query; other works are whole in themselves.
      const documents = await SEARCH_DESCRIPTORS[collection].documentsOf({
        payload,
        docs: result.docs,
        lookups,
        revision,
      })
      batch.push(...documents)
      total += documents.length
      if (batch.length >= BATCH) await flush()
      read += result.docs.length
      log(`reindex: ${collection.padEnd(17)} ${read}/${result.totalDocs}`)
      if (!result.hasNextPage) break
      page += 1
    }
  }
  await flush()
  // Tasks of one index are processed in order: once the last is done, all are. Each is still
  // checked, so a refused batch fails the rebuild before the swap.
  for (const task of enqueued)
    await confirmTask(task, { interval: 500, timeout: INDEXING_TIMEOUT_MS })

  await confirmTask(client.swapIndexes([{ indexes: [live, next], rename: false }]))
  await confirmTask(client.deleteIndex(next), { tolerate: ['index_not_found'] })
  forgetPreparedIndexes()

  let caughtUp = 0
  for (const collection of Object.keys(SEARCHABLE) as SearchableCollection[]) {
    const edited = await payload.find({
      collection,
      where: { updatedAt: { greater_than_equal: started.toISOString() } },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of edited.docs) await syncToSearch({ payload, collection, id: doc.id })
    caughtUp += edited.docs.length
  }
  // A post edited, hidden or deleted meanwhile changed its thread's document, not the thread.
  const posts = await payload.find({
    collection: 'posts',
    where: { updatedAt: { greater_than_equal: started.toISOString() } },
    select: { discussion: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const id of new Set(posts.docs.map((post) => String(post.discussion)))) {
    await syncToSearch({ payload, collection: 'discussions', id })
    caughtUp += 1
  }
  const seconds = (Date.now() - started.getTime()) / 1000
  log(
    `reindex: ${total} documents swapped in after ${seconds.toFixed(1)} s${caughtUp ? `, ${caughtUp} edited meanwhile re-synced` : ''}`,
  )
  return { documents: total, seconds }
}
