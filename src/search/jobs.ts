import type { PayloadRequest, TaskConfig } from 'payload'

import { isSearchable } from './documents'
import { queueLabelledWorks } from './relabel'
import { syncToSearch } from './sync'

export { SEARCH_QUEUE } from './queue'

/**
 * A fixed 2 s backoff keeps retrying through a Meilisearch outage of up to a day (43,200 tries)
 * and catches up within seconds of its return; `npm run search:reindex` rebuilds after anything
 * longer.
 */
const retries = { attempts: 43_200, backoff: { type: 'fixed' as const, delay: 2_000 } }

/**
 * Runs a task's work; a failure is one short warning line (instead of Payload's full job dump,
 * the runner being silent) and a throw, so the queue retries it.
 */
async function retried<T>(req: PayloadRequest, what: string, work: () => Promise<T>) {
  try {
    return { output: await work() }
  } catch (error) {
    req.payload.logger.warn(
      `search: ${what}, will retry: ${error instanceof Error ? error.message : String(error)}`,
    )
    throw error
  }
}

/** One task: bring one document's search entries in line with the database. */
export const syncSearchTask = {
  slug: 'syncSearch',
  label: 'Update search',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  retries,
  handler: async ({ input, req }) => {
    const { collection, id } = input
    if (!isSearchable(collection)) throw new Error(`"${collection}" is not searchable`)
    return retried(req, `${collection}/${id} not synced yet`, () =>
      syncToSearch({ payload: req.payload, collection, id }),
    )
  },
} satisfies TaskConfig<'syncSearch'>

/**
 * After a theme's slug changed or it was deleted, one job queues a sync of each work it labels
 * (src/search/relabel.ts): the editor's save queues one job, not one per work, and a search
 * outage delays the update like any other.
 */
export const syncLabelledWorksTask = {
  slug: 'syncLabelledWorks',
  label: 'Update search for the works of a theme',
  inputSchema: [
    { name: 'theme', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true },
  ],
  retries,
  handler: async ({ input, req }) => {
    const { theme, slug } = input
    return retried(req, `the works of theme ${theme} not queued yet`, () =>
      queueLabelledWorks({ payload: req.payload, req, theme, slug }),
    )
  },
} satisfies TaskConfig<'syncLabelledWorks'>
