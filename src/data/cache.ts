import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { audienceOf } from '@/access/audience'
import type { User } from '@/payload-types'

/** What a cached read depends on: collection slugs, which the collections' hooks revalidate. */
export const CONTENT_TAGS = [
  'themes',
  'countries',
  'resources',
  'news',
  'events',
  'projects',
  'statistics',
  'resource-centres',
  'organisations',
  'media',
] as const
export type ContentTag = (typeof CONTENT_TAGS)[number]
export const isContentTag = (value: unknown): value is ContentTag =>
  typeof value === 'string' && (CONTENT_TAGS as readonly string[]).includes(value)

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
 */
export function cachedRead<T>(
  { user, key, tags }: { user: User | null; key: unknown[]; tags: ContentTag[] },
  read: () => Promise<T>,
): Promise<T> {
  const reads = readsOfThisRequest()
  const readKey = JSON.stringify([user?.id ?? null, key])
  const started = reads.get(readKey) as Promise<T> | undefined
  if (started) return started
  const audience = audienceOf(user)
  const reading =
    audience === 'editor' ? read() : readThroughDataCache({ key: [audience, ...key], tags }, read)
  reads.set(readKey, reading)
  return reading
}

async function readThroughDataCache<T>(
  { key, tags }: { key: unknown[]; tags: ContentTag[] },
  read: () => Promise<T>,
): Promise<T> {
  let started = false
  const run = () => {
    started = true
    return read()
  }
  try {
    return await unstable_cache(
      run,
      [epoch(), process.env.DATABASE_URI ?? 'default', JSON.stringify(key)],
      { tags, revalidate: MAX_AGE_SECONDS },
    )()
  } catch (error) {
    if (started) throw error
    return read()
  }
}
