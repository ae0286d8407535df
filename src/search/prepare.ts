import type { Payload } from 'payload'

import { SEARCH_SHAPE } from './documents'
import { contentIndexName, ensureIndex, indexingClient } from './index'
import { rebuildSearchIndex } from './reindex'
import { CONTENT_SETTINGS } from './settings'

/**
 * On start: apply the index settings, and rebuild the index in the background if it is empty
 * while the database is not (a new Meilisearch, or its data was lost), or if its documents were
 * built before a field it searches existed (every document has every field, if only empty: the
 * Thai and Khmer fields came with an upgrade, and Thai queries search only those), or if any of
 * its documents were built in another shape than this code builds (`SEARCH_SHAPE`). Never blocks
 * or fails start-up: the portal serves every other page while search catches up.
 */
export async function prepareSearch(payload: Payload): Promise<void> {
  try {
    await ensureIndex()
    const index = indexingClient().client.index(contentIndexName())
    const stats = await index.getStats()
    const { totalDocs } = await payload.count({ collection: 'resources', overrideAccess: true })
    const missing = (CONTENT_SETTINGS.searchableAttributes ?? []).filter(
      (field) => !(field in stats.fieldDistribution),
    )
    const isEmpty = stats.numberOfDocuments === 0 && totalDocs > 0
    // Documents of another shape (without one: built before shapes were counted), e.g. displayed
    // fields whose Lao and Burmese phrases Meilisearch reads as one word each.
    const older =
      stats.numberOfDocuments > 0 && missing.length === 0
        ? (
            await index.getDocuments({
              filter: `NOT shape = ${SEARCH_SHAPE}`,
              limit: 1,
              fields: ['id'],
            })
          ).total
        : 0
    const reason = isEmpty
      ? 'the index is empty'
      : stats.numberOfDocuments > 0 && missing.length > 0
        ? `no document has ${missing.join(', ')}`
        : older > 0
          ? `${older} documents were built in an older shape (not ${SEARCH_SHAPE})`
          : undefined
    if (reason) {
      payload.logger.info(`search: ${reason}; rebuilding it from the database in the background`)
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
