import type { Payload } from 'payload'

import { contentIndexName, ensureIndex, indexingClient } from './index'
import { rebuildSearchIndex } from './reindex'
import { CONTENT_SETTINGS } from './settings'

/**
 * On start: apply the index settings, and rebuild the index in the background if it is empty
 * while the database is not (a new Meilisearch, or its data was lost), or if its documents were
 * built before a field it searches existed (every document has every field, if only empty: the
 * Thai and Khmer fields came with an upgrade, and Thai queries search only those). Never blocks or
 * fails start-up: the portal serves every other page while search catches up.
 */
export async function prepareSearch(payload: Payload): Promise<void> {
  try {
    await ensureIndex()
    const stats = await indexingClient().client.index(contentIndexName()).getStats()
    const { totalDocs } = await payload.count({ collection: 'resources', overrideAccess: true })
    const missing = (CONTENT_SETTINGS.searchableAttributes ?? []).filter(
      (field) => !(field in stats.fieldDistribution),
    )
    const isEmpty = stats.numberOfDocuments === 0 && totalDocs > 0
    if (isEmpty || (stats.numberOfDocuments > 0 && missing.length > 0)) {
      payload.logger.info(
        `search: ${isEmpty ? 'the index is empty' : `no document has ${missing.join(', ')}`}; rebuilding it from the database in the background`,
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
