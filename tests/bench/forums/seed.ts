/**
 * The forum benchmark's data, written fast: 10,000 discussions and 200,000 posts go straight
 * into SQLite through the adapter's drizzle instance, in batched transactions, with no hooks
 * (the Local API would take hours: every post runs its validation, activity and search hooks).
 * Bench-only: the requests the benchmark measures all go through the real server. The rows carry
 * what the hooks would have kept (text, reply counts, latest post), so the pages read a forum
 * as the portal itself would have written it.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { eq } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { paragraphsToRichText } from '@/seed/lexical'

import { forumRandom, LANGUAGE_WEIGHTS, TITLES } from './texts'

const DAY = 86_400_000
const BATCH = 500

export type ForumSeed = {
  themes: { id: number; slug: string }[]
  /** The thread with BIG_THREAD posts. */
  bigThread: { id: number; slug: string; posts: number }
  discussions: number
  posts: number
  authors: number
}

/** How many posts each thread gets: a long tail, as forums have, adding up to `total`. */
function threadSizes(count: number, total: number, random: () => number): number[] {
  const weights = Array.from({ length: count }, () => Math.pow(-Math.log(1 - random()), 1.6))
  const sum = weights.reduce((a, b) => a + b, 0)
  const sizes = weights.map((weight) => Math.max(1, Math.round((weight / sum) * total)))
  let left = total - sizes.reduce((a, b) => a + b, 0)
  for (let i = 0; left !== 0; i = (i + 7919) % count) {
    if (left > 0 || sizes[i]! > 1) {
      sizes[i]! += left > 0 ? 1 : -1
      left += left > 0 ? -1 : 1
    }
  }
  return sizes
}

export async function seedForums({
  payload,
  discussions,
  posts,
  bigThread,
  authors,
  log,
}: {
  payload: Payload
  discussions: number
  posts: number
  bigThread: number
  authors: number[]
  log: (line: string) => void
}): Promise<ForumSeed> {
  const db = payload.db as unknown as SQLiteAdapter
  const { drizzle, tables } = db
  const { random, pick, weighted, postText } = forumRandom(20261207)
  const themes = (
    await payload.find({ collection: 'themes', limit: 0, depth: 0, sort: 'slug' })
  ).docs.map((theme) => ({ id: Number(theme.id), slug: theme.slug }))
  // The big thread first, then the rest share what is left.
  const sizes = [bigThread, ...threadSizes(discussions - 1, posts - bigThread, random)]
  const now = Date.now()
  let postId = 0
  const started = Date.now()
  for (let first = 0; first < discussions; first += BATCH) {
    const threads: Record<string, unknown>[] = []
    const rels: Record<string, unknown>[] = []
    const rows: Record<string, unknown>[] = []
    const ends: { id: number; firstPost: number; lastPost: number }[] = []
    for (let i = first; i < Math.min(discussions, first + BATCH); i++) {
      const id = i + 1
      const language = weighted(LANGUAGE_WEIGHTS)
      const size = sizes[i]!
      // Spread over two years; a thread's posts over the days after it started.
      const opened = now - (0.01 + random()) * 730 * DAY
      const span = Math.min(now - opened, (0.2 + random()) * 30 * DAY)
      const crossTheme = random() < 0.15
      if (!crossTheme) {
        const own = random() < 0.8 ? [pick(themes)] : [pick(themes), pick(themes)]
        ;[...new Set(own)].forEach((theme, order) =>
          rels.push({ order: order + 1, parent: id, path: 'themes', themesID: theme.id }),
        )
      }
      const firstPost = postId + 1
      let lastAt = opened
      let lastAuthor = pick(authors)
      const threadAuthor = lastAuthor
      for (let n = 0; n < size; n++) {
        postId += 1
        lastAt = n === 0 ? opened : opened + (span * n) / size
        lastAuthor = n === 0 ? threadAuthor : pick(authors)
        const postLanguage = random() < 0.9 ? language : weighted(LANGUAGE_WEIGHTS)
        const paragraphs = postText(postLanguage)
        const at = new Date(lastAt).toISOString()
        rows.push({
          id: postId,
          discussion: id,
          body: paragraphsToRichText(paragraphs),
          author: lastAuthor,
          replyTo: n > 1 && random() < 0.3 ? firstPost + Math.floor(random() * n) : null,
          language: postLanguage,
          text: paragraphs.join('\n'),
          state: 'visible',
          flagCount: 0,
          helpfulCount: 0,
          createdAt: at,
          updatedAt: at,
        })
      }
      const title =
        i === 0
          ? 'Benchmark thread: five hundred replies on recruitment fees'
          : `${pick(TITLES[language])} (${id})`
      ends.push({ id, firstPost, lastPost: postId })
      threads.push({
        id,
        title,
        slug: `bench-thread-${id}`,
        author: threadAuthor,
        crossTheme,
        language,
        status: 'open',
        pinned: i % 500 === 1,
        replyCount: size - 1,
        lastPostAt: new Date(lastAt).toISOString(),
        lastPoster: lastAuthor,
        createdAt: new Date(opened).toISOString(),
        updatedAt: new Date(lastAt).toISOString(),
      })
    }
    await drizzle.transaction(async (tx) => {
      await tx.insert(tables.discussions).values(threads)
      if (rels.length) await tx.insert(tables.discussions_rels).values(rels)
      for (let start = 0; start < rows.length; start += BATCH)
        await tx.insert(tables.posts).values(rows.slice(start, start + BATCH))
      // The thread's first and latest post, as startWithFirstPost and recordActivity keep them.
      for (const { id, firstPost, lastPost } of ends)
        await tx
          .update(tables.discussions)
          .set({ firstPost, lastPost })
          .where(eq(tables.discussions.id, id))
    })
    if ((first / BATCH) % 4 === 3 || first + BATCH >= discussions)
      log(
        `${Math.min(discussions, first + BATCH).toLocaleString('en')} discussions, ${postId.toLocaleString('en')} posts (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      )
  }
  return {
    themes,
    bigThread: { id: 1, slug: 'bench-thread-1', posts: bigThread },
    discussions,
    posts: postId,
    authors: authors.length,
  }
}
