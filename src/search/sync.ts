import type { Index } from 'meilisearch'
import type { Payload } from 'payload'

import { SEARCH_DESCRIPTORS } from './descriptors'
import { loadLookups, SEARCHABLE, type SearchableCollection } from './documents'
import { confirmTask, ensureIndex, indexingClient } from './index'

/**
 * Makes the index agree with the database for one document, whatever happened to it (created,
 * edited, published, unpublished, made members-only, deleted). It reads the current state, so
 * running it twice or out of order is harmless: the jobs queue may deliver it more than once.
 * Waits until Meilisearch confirms each task; a failure throws so the job is retried.
 */
export function syncToSearch(args: SyncArgs): Promise<{ indexed: number }> {
  // The runner takes jobs in parallel, and one save often queues two (create, then a
  // translation). Were an older sync to write after a newer one, the newer one's clean-up would
  // delete the only current documents. So syncs of one document run one after another here,
  // each reading the state current when it starts. (Run the job runner in one process.)
  const key = `${args.collection}/${args.id}`
  const run = (inFlight.get(key) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => syncNow(args))
  inFlight.set(key, run)
  void run
    .catch(() => undefined)
    .finally(() => {
      if (inFlight.get(key) === run) inFlight.delete(key)
    })
  return run
}

type SyncArgs = { payload: Payload; collection: SearchableCollection; id: number | string }
const inFlight = new Map<string, Promise<{ indexed: number }>>()

async function syncNow({ payload, collection, id }: SyncArgs): Promise<{ indexed: number }> {
  const uid = await ensureIndex()
  const index = indexingClient().client.index(uid)
  // Only "not found" (null, from disableErrors) means the document is gone. Any other error,
  // a locked or failing database, fails the job so the queue retries it, instead of deleting
  // the work from search and reporting success. (In Payload 3.90 disableErrors turns only a
  // missing row, or a refusal by access rules, which overrideAccess skips, into null; the
  // adapter's errors are rethrown. The lookups and a thread's posts are read without it.)
  const doc = await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  const revision = Date.now()
  const lookups = await loadLookups(payload)
  const documents = await SEARCH_DESCRIPTORS[collection].documentsOf({
    payload,
    docs: doc ? [doc] : [],
    lookups,
    revision,
  })
  const workId = `${SEARCHABLE[collection]}-${id}`
  // Document ids are stable (work, language, chunk), so adding replaces what was there: one
  // Meilisearch task for an ordinary edit. Only what the new state no longer has (a removed
  // edition, a shorter text, or everything once the work is unpublished or deleted) is deleted
  // afterwards, so the work never vanishes mid-update. Every task is a batch Meilisearch must
  // index in turn; on a large index a second one per edit doubled the queue behind busy editors.
  if (documents.length > 0)
    await confirmTask(index.addDocuments(documents), { timeout: SYNC_TIMEOUT_MS })
  const current = new Set(documents.map((document) => document.id))
  const stale = (await idsOfWork(index, workId)).filter((documentId) => !current.has(documentId))
  if (stale.length > 0)
    await confirmTask(index.deleteDocuments(stale), { timeout: SYNC_TIMEOUT_MS })
  return { indexed: documents.length }
}

/** Every search document of one work (its editions and chunks) that the index holds now. */
async function idsOfWork(index: Index, workId: string): Promise<string[]> {
  const ids: string[] = []
  for (let offset = 0; ; offset += PAGE) {
    const { results, total } = await index.getDocuments<{ id: string }>({
      filter: `workId = "${workId}"`,
      fields: ['id'],
      offset,
      limit: PAGE,
    })
    ids.push(...results.map((result) => result.id))
    if (results.length < PAGE || offset + PAGE >= total) return ids
  }
}

const PAGE = 1_000
const SYNC_TIMEOUT_MS = 60_000
