import { unstable_cache } from 'next/cache'

import type { User } from '@/payload-types'

/** What a cached read depends on: collection slugs, which the collections' hooks revalidate. */
export type ContentTag = 'themes' | 'countries' | 'resources' | 'news' | 'events' | 'projects' | 'statistics' | 'resource-centres' | 'organisations' | 'media'

/**
 * A safety net for changes made by another process (a seed or migration run from the command
 * line), whose hooks cannot reach this server's cache. Edits through the portal refresh at once.
 */
const MAX_AGE_SECONDS = 300

type CacheEpoch = { __copCacheEpoch?: string }

/**
 * Part of every key. It changes when the process starts (Next keeps entries on disk across
 * restarts, and the database may have been changed meanwhile) and when the first-start seed has
 * finished (pages rendered while it ran must not linger). Kept on globalThis because Next may load
 * this module once per route bundle.
 */
function epoch(): string {
  const holder = globalThis as CacheEpoch
  holder.__copCacheEpoch ??= String(Date.now())
  return holder.__copCacheEpoch
}

/** Makes every cached read start afresh (after the first-start seed, for instance). */
export function renewContentCache(): void {
  ;(globalThis as CacheEpoch).__copCacheEpoch = `${Date.now()}-${Math.random()}`
}

/**
 * Runs a read through Next's data cache when the visitor is anonymous: every visitor sees the
 * same public content, so one database read serves them all until an edit revalidates its tags.
 * Signed-in people always read fresh, with their own access. The database address is part of the
 * key so that two databases served by one build (tests, a staging copy) never share entries.
 * Outside a Next server (tests, scripts) there is no cache and the read simply runs.
 */
export async function cachedRead<T>({ user, key, tags }: { user: User | null; key: unknown[]; tags: ContentTag[] }, read: () => Promise<T>): Promise<T> {
  if (user) return read()
  let started = false
  const run = () => {
    started = true
    return read()
  }
  try {
    return await unstable_cache(run, [epoch(), process.env.DATABASE_URI ?? 'default', JSON.stringify(key)], { tags, revalidate: MAX_AGE_SECONDS })()
  } catch (error) {
    if (started) throw error
    return read()
  }
}
