import type { EnqueuedTaskPromise, Meilisearch, Task } from 'meilisearch'

import { INDEXING_RETRY, meilisearchClient, SearchApiError, searchErrorOf } from './client'
import { searchConfig, type SearchConfig } from './config'
import { CONTENT_SETTINGS } from './settings'

export const contentIndexName = (config: SearchConfig = searchConfig()) =>
  `${config.indexPrefix}_content`

let adminClient: { config: SearchConfig; client: Meilisearch } | undefined

/** The client that writes (indexing jobs, rebuilds): master key, never used to answer visitors. */
export function indexingClient(): { config: SearchConfig; client: Meilisearch } {
  const config = searchConfig()
  if (
    !adminClient ||
    adminClient.config.host !== config.host ||
    adminClient.config.masterKey !== config.masterKey ||
    adminClient.config.indexPrefix !== config.indexPrefix
  ) {
    adminClient = {
      config,
      client: meilisearchClient({
        host: config.host,
        apiKey: config.masterKey,
        retry: INDEXING_RETRY,
      }),
    }
  }
  return adminClient
}

/** How long indexing waits for Meilisearch to process a task (a settings change on a large index can take minutes). */
export const TASK_TIMEOUT_MS = 10 * 60_000

/**
 * Waits until Meilisearch has processed a task and throws unless it succeeded (or failed only
 * with one of the `tolerate` error codes, e.g. `index_already_exists`).
 */
export async function confirmTask(
  enqueued: EnqueuedTaskPromise,
  { timeout = TASK_TIMEOUT_MS, interval = 50, tolerate = [] as string[] } = {},
): Promise<Task> {
  const task = await enqueued.waitTask({ timeout, interval })
  if (task.status === 'succeeded' || (task.error && tolerate.includes(task.error.code))) return task
  throw new Error(
    `Meilisearch task ${task.type} ${task.status}: ${task.error?.message ?? 'no detail'}`,
  )
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
  } catch (error) {
    const cause = searchErrorOf(error)
    if (!(cause instanceof SearchApiError && cause.code === 'index_not_found')) throw error
    // Another process may create it at the same moment: that is as good.
    await confirmTask(client.createIndex(uid, { primaryKey: 'id' }), {
      tolerate: ['index_already_exists'],
    })
  }
  await confirmTask(client.index(uid).updateSettings(CONTENT_SETTINGS))
  prepared.add(key)
  return uid
}

/** Forget what was prepared, e.g. after an index swap or a server restart in tests. */
export const forgetPreparedIndexes = () => prepared.clear()
