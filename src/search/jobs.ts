import type { TaskConfig } from 'payload'

import { isSearchable } from './documents'
import { syncToSearch } from './sync'

export const SEARCH_QUEUE = 'search'

/**
 * One task: bring one document's search entries in line with the database. A fixed 2 s backoff
 * keeps retrying through a Meilisearch outage of up to a day (43,200 tries) and catches up
 * within seconds of its return; `npm run search:reindex` rebuilds after anything longer.
 */
export const syncSearchTask = {
  slug: 'syncSearch',
  label: 'Update search',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  retries: { attempts: 43_200, backoff: { type: 'fixed', delay: 2_000 } },
  handler: async ({ input, req }) => {
    const { collection, id } = input as { collection: string; id: string }
    if (!isSearchable(collection)) throw new Error(`"${collection}" is not searchable`)
    try {
      const output = await syncToSearch({ payload: req.payload, collection, id })
      return { output }
    } catch (error) {
      // One short line per attempt instead of Payload's full job dump (the runner is silent).
      req.payload.logger.warn(
        `search: ${collection}/${id} not synced yet, will retry: ${error instanceof Error ? error.message : String(error)}`,
      )
      throw error
    }
  },
} as TaskConfig
