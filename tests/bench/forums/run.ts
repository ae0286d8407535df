/**
 * `npm run bench:forums`: the forums at the size of a busy community, on the production build.
 *
 *  1. a fresh SQLite database, migrated and seeded (the real themes and countries), then 350
 *     members approved two months ago (past the newcomer limits) and BENCH_DISCUSSIONS (10,000)
 *     discussions with BENCH_POSTS (200,000) posts in the seven languages, over the five themes
 *     and cross-theme, one thread with 500 posts. The forum is written straight into SQLite
 *     through the adapter's drizzle (seed.ts, bench-only: the Local API would take hours); every
 *     measured request below goes through the real server;
 *  2. rebuilds the search index as `npm run search:reindex` does (timed), into a Meilisearch of
 *     its own, then starts the portal exactly as `npm run portal` does (building if needed) on
 *     that database and index, and checks a member finds the forum through `/api/search`;
 *  3. for a signed-in approved member, at 10 connections for BENCH_SECONDS (10) each after 3 s
 *     of unmeasured warm-up: a theme's forum home and page 25 of the 500-post thread (the pages,
 *     `/en/forums?theme=…` and `/en/forums/<slug>?page=25`, once they exist; until then the REST
 *     reads those pages make: discussions in the theme, pinned first then by latest activity,
 *     20 a page, and 20 posts of the thread, page 25), p50/p95/p99 against a 150 ms p95 target;
 *  4. 50 distinct members post replies for BENCH_POSTING_SECONDS (60) each through
 *     `POST /api/posts`, at the forum's default pace (each waits out its own 5 s between posts,
 *     BENCH_POST_GAP_MS), with the job runner indexing their threads meanwhile; then counts the
 *     answers (201, 429, other 4xx, 5xx) against the posts stored: every accepted post must be
 *     stored exactly once (by id and by its unique text) and nothing else stored, with no 5xx.
 * Prints a table; results also go to tmp/bench-forums.json. Exits 1 when a check fails.
 * BENCH_DATA_DIR=<folder> keeps the seeded database and search index there and reuses them on the
 * next run (seeding and indexing skipped: for comparing builds; the writing step adds its posts).
 * BENCH_PORTAL_NODE_OPTIONS is given to the portal's processes (for example `--cpu-prof
 * --cpu-prof-dir=tmp/prof`: the server writes its profile when the bench stops it).
 * SQLite only (the bulk seeding writes through drizzle): it refuses to run with MONGODB_URI.
 */
import fs from 'node:fs'
import path from 'node:path'

import { pointAtTemporaryDatabase } from '../../helpers/env'
import { freePort, startPortal } from '../../helpers/portalProcess'
import { sameOriginWith, signIn } from '../../helpers/session'

import { MEMBER_GROUPS } from '@/people/memberGroups'

import { forumRandom } from './texts'
import { measure, percentile, postReplies, serverCpuClock, verifyStored } from './load'

const DISCUSSIONS = Number(process.env.BENCH_DISCUSSIONS ?? 10_000)
const POSTS = Number(process.env.BENCH_POSTS ?? 200_000)
const BIG_THREAD = 500
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const POSTING_SECONDS = Number(process.env.BENCH_POSTING_SECONDS ?? 60)
const GAP_MS = Number(process.env.BENCH_POST_GAP_MS ?? 5_000)
const POSTERS = 50
const AUTHORS = 300
const TARGET_P95_MS = 150
const PASSWORD = 'bench-forum-password-1'
const DAY = 86_400_000
const fields = (selected: string[], populated: string[]) =>
  [
    ...selected.map((field) => `select[${field}]=true`),
    ...populated.map((p) => `populate${p}=true`),
  ].join('&')
const LEAN_HOME = fields(
  [
    'title',
    'slug',
    'themes',
    'crossTheme',
    'pinned',
    'status',
    'replyCount',
    'lastPostAt',
    'lastPoster',
  ],
  ['[users][name]', '[themes][slug]'],
)
const LEAN_THREAD = fields(
  ['body', 'author', 'replyTo', 'state', 'editedAt', 'createdAt', 'helpfulCount'],
  ['[users][name]', '[users][handle]', '[posts][text]'],
)

if (process.env.MONGODB_URI) {
  throw new Error('bench: the forum benchmark seeds SQLite through drizzle; unset MONGODB_URI')
}
const say = (line: string) => console.log(`bench: ${line}`)
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1)

// 1. The database, seeded in this process.
const temporary = pointAtTemporaryDatabase('bench-forums')
const keptDir = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : undefined
const database = keptDir ? { dir: keptDir, cleanup: temporary.cleanup } : temporary
const keptFacts = keptDir && path.join(keptDir, 'forum.json')
const isKept = Boolean(keptFacts && fs.existsSync(keptFacts))
if (keptDir) {
  fs.mkdirSync(keptDir, { recursive: true })
  process.env.DATABASE_URI = `file:${keptDir}/test.db`
  if (!isKept) fs.rmSync(`${keptDir}/test.db`, { force: true })
}
process.env.LOG_LEVEL = 'error'
const { getPayload } = await import('payload')
const config = (await import('@payload-config')).default
const { applyMigrations } = await import('@/db/migrate')
const { seed } = await import('@/seed')
const { seedForums } = await import('./seed')

let started = Date.now()
const payload = await getPayload({ config, disableOnInit: true })
type SeededForum = Awaited<ReturnType<typeof seedForums>>
const { forum, seedSeconds } = isKept
  ? {
      forum: JSON.parse(fs.readFileSync(keptFacts!, 'utf8')) as SeededForum,
      seedSeconds: 0,
    }
  : await seedEverything()
if (isKept) say(`reusing the forum kept in ${keptDir}`)
else if (keptFacts) fs.writeFileSync(keptFacts, JSON.stringify(forum))

async function seedEverything() {
  await applyMigrations(payload)
  await seed({ payload, log: () => undefined })
  say(`migrated and seeded in ${seconds(started)} s`)
  started = Date.now()
  const context = { disableRevalidate: true, skipSearchSync: true }
  const approvedAt = new Date(Date.now() - 60 * DAY).toISOString()
  const { pick } = forumRandom(7)
  const authors: number[] = []
  for (let i = 0; i < AUTHORS; i++) {
    const author = await payload.db.create({
      collection: 'users',
      data: {
        email: `author${i}@bench.example.org`,
        name: `Author ${i}`,
        handle: `author${i}`,
        roles: ['member'],
        membershipStatus: 'approved',
        approvedAt,
        _verified: true,
        preferredLanguage: pick(['en', 'th', 'km', 'lo', 'my', 'vi', 'id']),
      },
    })
    authors.push(Number(author.id))
  }
  // Members who sign in: created through the Local API, which hashes their passwords. Like the
  // members who join, each names a country, an organisation in the directory and themes of
  // interest (what the server reads with their session on every request).
  const [countries, organisations, themes] = await Promise.all(
    (['countries', 'organisations', 'themes'] as const).map(async (collection) =>
      (await payload.find({ collection, limit: 20, depth: 0, pagination: false })).docs.map(
        (doc) => doc.id,
      ),
    ),
  )
  for (let i = 0; i <= POSTERS; i++) {
    await payload.create({
      collection: 'users',
      data: {
        email: `poster${i}@bench.example.org`,
        password: PASSWORD,
        name: `Poster ${i}`,
        country: countries[i % countries.length],
        organisationEntry: organisations[i % organisations.length],
        affiliationConfirmed: true,
        memberGroup: pick([...MEMBER_GROUPS]),
        themesOfInterest: [themes[i % themes.length]!, themes[(i + 2) % themes.length]!],
        roles: ['member'],
        membershipStatus: 'approved',
        approvedAt,
        _verified: true,
      },
      overrideAccess: true,
      context,
    })
  }
  say(`${AUTHORS + POSTERS + 1} members in ${seconds(started)} s`)
  started = Date.now()
  const forum = await seedForums({
    payload,
    discussions: DISCUSSIONS,
    posts: POSTS,
    bigThread: BIG_THREAD,
    authors,
    log: (line) => say(`  ${line}`),
  })
  const seedSeconds = Number(seconds(started))
  say(
    `${forum.discussions.toLocaleString('en')} discussions and ${forum.posts.toLocaleString('en')} posts written in ${seedSeconds} s (bulk insert through drizzle)`,
  )
  return { forum, seedSeconds }
}

// The same reads through the Local API in this process, without HTTP or rendering: what the
// database and Payload's population cost, apart from the server's load.
const { docs: readers } = await payload.find({
  collection: 'users',
  where: { email: { equals: `poster${POSTERS}@bench.example.org` } },
  limit: 1,
})
const homeTheme = forum.themes[0]!
const localReads = {
  'forum home (Local API)': () =>
    payload.find({
      collection: 'discussions',
      where: { themes: { in: [homeTheme.id] } },
      sort: ['-pinned', '-lastPostAt'],
      limit: 20,
      depth: 1,
      user: readers[0],
      overrideAccess: false,
    }),
  '500-post thread, p. 25 (Local API)': () =>
    payload.find({
      collection: 'posts',
      where: { discussion: { equals: forum.bigThread.id } },
      sort: 'createdAt',
      limit: 20,
      page: 25,
      depth: 1,
      user: readers[0],
      overrideAccess: false,
    }),
}
const local: Record<string, { p50: number; p95: number }> = {}
for (const [name, read] of Object.entries(localReads)) {
  for (let i = 0; i < 3; i++) await read()
  const times: number[] = []
  for (let i = 0; i < 50; i++) {
    const at = performance.now()
    await read()
    times.push(performance.now() - at)
  }
  local[name] = { p50: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)) }
}

// 2. The search index, rebuilt as `npm run search:reindex` does (the forum was written without
// hooks, so no job indexed it), into a Meilisearch of the bench's own that the portal then uses.
const { startMeilisearch } = await import('@/search/server')
const { rebuildSearchIndex } = await import('@/search/reindex')
const meiliKey = 'bench-forums-master-key-0123456789abcdef'
const meili = await startMeilisearch({
  dataDir: path.join(database.dir, 'meili'),
  port: await freePort(),
  masterKey: meiliKey,
})
// Ctrl+C or SIGTERM stops what the bench started (the `finally` at the end runs only when the run
// ends by itself): a portal or Meilisearch left running holds its port, memory and the kept data.
const running: { stop: () => Promise<unknown> }[] = [meili]
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping the portal and Meilisearch the bench started`)
    void Promise.allSettled(running.map((part) => part.stop())).then(() => process.exit(130))
  })
}
Object.assign(process.env, {
  MEILI_HOST: meili.host,
  MEILI_MASTER_KEY: meiliKey,
  MEILI_INDEX_PREFIX: 'benchforums',
})
let reindex: Awaited<ReturnType<typeof rebuildSearchIndex>> | undefined
if (!isKept) {
  say('rebuilding the search index (npm run search:reindex)…')
  reindex = await rebuildSearchIndex({ payload })
  say(
    `search index rebuilt: ${reindex.documents.toLocaleString('en')} documents in ${reindex.seconds.toFixed(1)} s`,
  )
}

// 3. The production server on that database and index.
say('starting the portal (npm run portal) on the seeded database…')
const portal = await startPortal({
  DATABASE_URI: process.env.DATABASE_URI!,
  SEED_ON_START: 'false',
  MEILI_HOST: meili.host,
  MEILI_MASTER_KEY: meiliKey,
  MEILI_INDEX_PREFIX: 'benchforums',
  LOG_LEVEL: 'warn',
  ...(process.env.BENCH_PORTAL_NODE_OPTIONS
    ? { NODE_OPTIONS: process.env.BENCH_PORTAL_NODE_OPTIONS }
    : {}),
})
running.unshift(portal)
const results: Record<string, unknown> = {
  discussions: forum.discussions,
  posts: forum.posts,
  seedSeconds,
  local,
  reindex,
}
let failed = false
try {
  const url = portal.url
  const reader = await signIn(url, {
    email: `poster${POSTERS}@bench.example.org`,
    password: PASSWORD,
  })
  const api = { authorization: `JWT ${reader.token}` }
  // Members find the forum through the server's own search.
  const found = (await (
    await fetch(
      `${url}/api/search?q=${encodeURIComponent('benchmark thread five hundred replies')}&type=discussion`,
      { headers: api },
    )
  ).json()) as { total: number }
  if (found.total !== 1) throw new Error(`search found ${found.total} benchmark threads, not 1`)
  // The seed's own search jobs queue behind the rebuild in Meilisearch and retry: measure once
  // the search queue is empty, as a portal past its first start would be.
  // Read from this process's own connection to the same database (WAL lets both read).
  for (started = Date.now(); Date.now() - started < 15 * 60_000;) {
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: 'search' } },
    })
    if (totalDocs === 0) break
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
  say(`search jobs drained ${seconds(started)} s later`)

  // 4. Reading.
  const theme = forum.themes[0]!
  const pagesShipped = (await fetch(`${url}/en/forums`, { headers: sameOriginWith(reader.cookie) }))
    .ok
  const member = sameOriginWith(reader.cookie)
  const targets = pagesShipped
    ? {
        'forum home (page)': { path: `/en/forums?theme=${theme.slug}`, headers: member },
        '500-post thread, page 25 (page)': {
          path: `/en/forums/${forum.bigThread.slug}?page=25`,
          headers: member,
        },
      }
    : {
        'forum home (API)': {
          path: `/api/discussions?where[themes][in]=${theme.id}&sort=-pinned,-lastPostAt&limit=20&depth=1`,
          headers: api,
        },
        '500-post thread, page 25 (API)': {
          path: `/api/posts?where[discussion][equals]=${forum.bigThread.id}&sort=createdAt&limit=20&page=25&depth=1`,
          headers: api,
        },
        // The same reads asking only for what a page shows (select, and populate only names).
        'forum home, fields shown (API)': {
          path: `/api/discussions?where[themes][in]=${theme.id}&sort=-pinned,-lastPostAt&limit=20&depth=1&${LEAN_HOME}`,
          headers: api,
        },
        '500-post thread, shown (API)': {
          path: `/api/posts?where[discussion][equals]=${forum.bigThread.id}&sort=createdAt&limit=20&page=25&depth=1&${LEAN_THREAD}`,
          headers: api,
        },
      }
  if (!pagesShipped)
    say('the forum pages are not in this build: measuring the REST reads they make')
  const reads: Record<string, Awaited<ReturnType<typeof measure>>> = {}
  const cpuClock = serverCpuClock(new URL(url).port)
  if (!cpuClock) say('the server process was not found: no CPU time per request')
  for (const [name, { path, headers }] of Object.entries(targets)) {
    const probe = await fetch(`${url}${path}`, { headers })
    if (!probe.ok) throw new Error(`${path} answered ${probe.status}`)
    await measure(`${url}${path}`, 10, 3, headers)
    reads[name] = await measure(`${url}${path}`, 10, SECONDS, headers, cpuClock)
  }
  results.reads = reads
  for (const [name, outcome] of Object.entries(reads))
    say(
      `  ${name}: p50 ${outcome.p50} ms, p95 ${outcome.p95} ms, ${outcome.requestsPerSecond} req/s`,
    )

  // 5. Writing.
  const { docs } = (await (
    await fetch(`${url}/api/discussions?limit=200&sort=-lastPostAt&depth=0&select[title]=true`, {
      headers: api,
    })
  ).json()) as { docs: { id: number }[] }
  const posters = await Promise.all(
    Array.from({ length: POSTERS }, (_, i) =>
      signIn(url, { email: `poster${i}@bench.example.org`, password: PASSWORD }),
    ),
  )
  say(`${POSTERS} members posting replies for ${POSTING_SECONDS} s, ${GAP_MS / 1000} s apart each…`)
  const postingStarted = new Date()
  const attempts = await postReplies({
    url,
    tokens: posters.map((poster) => poster.token),
    discussions: docs.map((doc) => doc.id),
    seconds: POSTING_SECONDS,
    gapMs: GAP_MS,
  })
  const check = await verifyStored({ url, headers: api, since: postingStarted, attempts })
  const latencies = attempts.map((attempt) => attempt.ms)
  const writing = {
    attempts: attempts.length,
    ...check,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
  }
  results.writing = writing
  failed = !check.exactlyOnce || check.serverErrors > 0 || check.connectionErrors > 0

  say('')
  say(
    `forums: ${forum.discussions.toLocaleString('en')} discussions, ${forum.posts.toLocaleString('en')} posts, signed-in member, 10 connections, ${SECONDS} s`,
  )
  say(
    'read                              req/s     p50     p95     p99  errors  p95 ≤ 150 ms  server CPU per request',
  )
  for (const [name, outcome] of Object.entries(reads)) {
    say(
      `${name.padEnd(32)} ${String(outcome.requestsPerSecond).padStart(6)} ${`${outcome.p50} ms`.padStart(7)} ${`${outcome.p95} ms`.padStart(7)} ${`${outcome.p99} ms`.padStart(7)} ${String(outcome.errors).padStart(7)}  ${(outcome.p95 <= TARGET_P95_MS ? 'yes' : 'NO').padEnd(12)}  ${outcome.serverCpuMs === undefined ? '' : `${outcome.serverCpuMs} ms`}`,
    )
  }
  for (const [name, outcome] of Object.entries(local))
    say(
      `${name.padEnd(32)}  one at a time ${`${outcome.p50} ms`.padStart(7)} ${`${outcome.p95} ms`.padStart(7)}`,
    )
  say(
    `writing: ${POSTERS} members, ${POSTING_SECONDS} s, ${GAP_MS / 1000} s between one member's posts`,
  )
  say(
    'attempts  201 accepted  stored  exactly once  429  other 4xx  5xx  no answer     p50     p95     p99',
  )
  say(
    `${String(writing.attempts).padStart(8)} ${String(writing.accepted).padStart(13)} ${String(writing.stored).padStart(7)} ${(writing.exactlyOnce ? 'yes' : 'NO').padStart(13)} ${String(writing.tooMany).padStart(4)} ${String(writing.otherClientErrors).padStart(10)} ${String(writing.serverErrors).padStart(4)} ${String(writing.connectionErrors).padStart(10)} ${`${writing.p50} ms`.padStart(7)} ${`${writing.p95} ms`.padStart(7)} ${`${writing.p99} ms`.padStart(7)}`,
  )
  if (check.problems.length) for (const problem of check.problems) say(`  ${problem}`)
  fs.mkdirSync('tmp', { recursive: true })
  fs.writeFileSync('tmp/bench-forums.json', JSON.stringify(results, null, 2))
} catch (error) {
  say(`the portal's last lines:\n${portal.output().split('\n').slice(-60).join('\n')}`)
  throw error
} finally {
  await payload.db.destroy?.()
  await portal.stop()
  await meili.stop()
  database.cleanup()
}
// Exit once the table has reached a piped stdout (process.exit at once can cut it short).
process.exitCode = failed ? 1 : 0
setTimeout(() => process.exit(), 2_000)
