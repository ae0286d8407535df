import type { Meilisearch } from 'meilisearch'

import { meilisearchClient } from './client'
import { searchConfig, type SearchConfig } from './config'
import { CONTENT_SETTINGS } from './settings'

export const contentIndexName = (config: SearchConfig = searchConfig()) => `${config.indexPrefix}_content`

let adminClient: { config: SearchConfig; client: Meilisearch } | undefined

/** The client that writes (indexing jobs, rebuilds): master key, never used to answer visitors. */
export function indexingClient(): { config: SearchConfig; client: Meilisearch } {
  const config = searchConfig()
  if (!adminClient || adminClient.config.host !== config.host || adminClient.config.masterKey !== config.masterKey || adminClient.config.indexPrefix !== config.indexPrefix) {
    adminClient = { config, client: meilisearchClient({ host: config.host, apiKey: config.masterKey }) }
  }
  return adminClient
}

const prepared = new Set<string>()

/** Creates the index with its settings once per process (idempotent, cheap to call before each write). */
export async function ensureIndex(name?: string): Promise<string> {
  const { client, config } = indexingClient()
  const uid = name ?? contentIndexName(config)
  const key = `${config.host}|${uid}`
  if (prepared.has(key)) return uid
  try {
    await client.getIndex(uid)
  } catch {
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask()
  }
  await client.index(uid).updateSettings(CONTENT_SETTINGS).waitTask()
  prepared.add(key)
  return uid
}

/** Forget what was prepared, e.g. after an index swap or a server restart in tests. */
export const forgetPreparedIndexes = () => prepared.clear()
