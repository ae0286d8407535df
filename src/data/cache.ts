import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Payload } from 'payload'

import { audienceOf } from '@/access/audience'
import type { User } from '@/payload-types'

import type { ContentTag } from './contentTags'
import { payloadClient } from './payload'
import { recordingReads } from './readTags'

export { CONTENT_TAGS, isContentTag, type ContentTag } from './contentTags'

/**
 * A safety net: edits anywhere (this server, a job, a command-line process) expire their tags at
 * once (`src/data/freshness.ts`); this only bounds how long anything missed can last, and it is
 * the `s-maxage` a CDN in front of the portal is told for cached pages.
 */
const MAX_AGE_SECONDS = 300

type CacheEpoch = { __copCacheEpoch?: string }

/**
 * Part of every key: it changes when the process starts, in case a build's cache directory holds
 * entries from another run (the server keeps them in memory only: `isrFlushToDisk` in
 * next.config.ts). Kept on globalThis because Next may load this module once per route bundle.
 */
function epoch(): string {
  const holder = globalThis as CacheEpoch
  holder.__copCacheEpoch ??= String(Date.now())
  return holder.__copCacheEpoch
}

/**
 * The reads already started while answering this request, by reader and key. React's `cache()`
 * gives one per request: a page and its `generateMetadata` (and a layout) share it, so the page
 * does not read its document twice, nor a member's page hit the database twice for it. Outside a
 * React server render it is a new map per call, and nothing is shared.
 */
const readsOfThisRequest = cache(() => new Map<string, Promise<unknown>>())

/**
 * Runs a read through Next's data cache for visitors and for approved members: within each of
 * those audiences everyone reads the same content (`src/access/audience.ts`), so one database
 * read serves them all until an edit revalidates its tags. The audience is part of the key, so
 * a visitor never gets a members' entry. Editors (who read drafts within their own scope) always
 * read fresh, with their own access. The database address is part of the key so that two
 * databases served by one build (tests, a staging copy) never share entries. Outside a Next
 * server (tests, scripts) there is no cache and the read simply runs.
 *
 * The read is given the Payload instance to read with; the collections its reads touch become
 * the entry's tags (`src/data/readTags.ts`), and through them the tags of every cached page that
 * made it.
 */
export function cachedRead<T>(
  {
    user,
    key,
    tags = [],
  }: {
    user: User | null
    key: unknown[]
    /** Tags the reads cannot show, such as figures counted with authority (`forum-counts`). */
    tags?: ContentTag[]
  },
  read: (payload: Payload) => Promise<T>,
): Promise<T> {
  const reads = readsOfThisRequest()
  const readKey = JSON.stringify([user?.id ?? null, key])
  const started = reads.get(readKey) as Promise<T> | undefined
  if (started) return started
  const audience = audienceOf(user)
  const reading =
    audience === 'editor'
      ? payloadClient().then(read)
      : readThroughDataCache([audience, ...key], read, tags)
  reads.set(readKey, reading)
  return reading
}

/**
 * The tags each key's read was found to depend on, learnt the first time this process runs it.
 * Next wants an entry's tags before the read runs, and only the read knows them; a key's reads
 * depend on the same collections every time (what they read is fixed by the key). Bounded: when
 * it fills, it starts again, and each key's next read simply records its tags anew.
 */
const tagsOfKey = new Map<string, ContentTag[]>()
const MAX_KEYS = 100_000

async function readThroughDataCache<T>(
  key: unknown[],
  read: (payload: Payload) => Promise<T>,
  extraTags: ContentTag[],
): Promise<T> {
  const payload = await payloadClient()
  const keyText = JSON.stringify(key)
  const parts = [epoch(), process.env.DATABASE_URI ?? 'default', keyText]
  const known = tagsOfKey.get(keyText)
  if (!known) {
    // First time here: read, recording what the reads touch, then store the answer under those
    // tags (an answer another request stored meanwhile is returned instead: the same content).
    const recorded = new Set<ContentTag>(extraTags)
    const value = await read(recordingReads(payload, recorded))
    const tags = [...recorded].sort()
    if (tagsOfKey.size >= MAX_KEYS) tagsOfKey.clear()
    tagsOfKey.set(keyText, tags)
    try {
      return await unstable_cache(async () => value, parts, {
        tags,
        revalidate: MAX_AGE_SECONDS,
      })()
    } catch {
      return value // no data cache here (tests, scripts)
    }
  }
  let started = false
  try {
    return await unstable_cache(
      () => {
        started = true
        return read(payload)
      },
      parts,
      { tags: known, revalidate: MAX_AGE_SECONDS },
    )()
  } catch (error) {
    if (started) throw error
    return read(payload)
  }
}
