import type { Payload } from 'payload'

import { contentIndexName, ensureIndex, indexingClient } from './index'
import { rebuildSearchIndex } from './reindex'

/**
 * On start: apply the index settings, and if the index is empty while the database is not (a new
 * Meilisearch, or its data was lost), rebuild it in the background. Never blocks or fails start-up:
 * the portal serves every other page while search catches up.
 */
export async function prepareSearch(payload: Payload): Promise<void> {
  try {
    await ensureIndex()
    const stats = await indexingClient().client.index(contentIndexName()).getStats()
    const { totalDocs } = await payload.count({ collection: 'resources', overrideAccess: true })
    if (stats.numberOfDocuments === 0 && totalDocs > 0) {
      payload.logger.info(
        'search: the index is empty; rebuilding it from the database in the background',
      )
      void rebuildSearchIndex({ payload }).catch((error) =>
        payload.logger.warn(`search: rebuild failed: ${error.message}`),
      )
    }
  } catch (error) {
    payload.logger.warn(
      `search: Meilisearch is not reachable yet (${error instanceof Error ? error.message : String(error)}); changes are queued and indexed when it is`,
    )
  }
}
