/**
 * The measuring children of run.mjs, which prepares the data, Meilisearch and the production
 * server and passes everything through the environment. Each phase writes its results as JSON
 * to BENCH_DIR/<phase>.json:
 *  - `index`: a full index rebuild (`npm run search:reindex`'s code), timed;
 *  - `measure`, with the production portal answering at BENCH_BASE:
 *     index lag: 100 edits through the REST API by five editors at once, each timed until
 *     /api/search finds it;
 *     1,000 distinct queries (queries.ts) through /api/search, by 1 and then by 10 clients at
 *     once, each checked to find the work it was drawn from on its first page;
 *  - `baseline`, with the server stopped: the same queries against one denormalised text column,
 *     the way Payload's search plugin stores a search collection (SQLite only).
 */
import config from '@payload-config'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'

import { applyMigrations } from '@/db/migrate'
import { contentIndexName, indexingClient } from '@/search/index'
import { rebuildSearchIndex } from '@/search/reindex'
import { WORD_SEPARATOR } from '@/search/text'

import { loadBenchLookups, randomFrom } from './data'
import { fillPluginTable, pluginQuery } from './baseline'
import { type BenchQuery, benchQueries } from './queries'
import { runQueries } from './traffic'

const dir = process.env.BENCH_DIR!
/** An edit not searchable by then is a failure; anything shorter is a lag to report. */
const LAG_LIMIT_MS = 10 * 60_000
const phase = process.env.BENCH_PHASE
const say = (line: string) => console.log(`bench: ${line}`)
const save = (result: Record<string, unknown>) =>
  fs.writeFileSync(path.join(dir, `${phase}.json`), JSON.stringify(result, null, 2))
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

const payload = await getPayload({ config, disableOnInit: true })
console.log('@bench {"ready":true}')
await applyMigrations(payload)

/**
 * The queries for this database, kept beside the generated data: drawing them regenerates every
 * work's words (about 40 s at 100,000 works). Keyed by the sources that decide them.
 */
async function queriesOf(count: number): Promise<BenchQuery[]> {
  const key = crypto.createHash('sha1')
  for (const file of ['queries.ts', 'data.ts', 'vocabulary.json'])
    key.update(fs.readFileSync(new URL(`./${file}`, import.meta.url)))
  const kept = path.join(
    process.env.BENCH_DATA_DIR ?? dir,
    `queries-${key.digest('hex').slice(0, 12)}.json`,
  )
  if (fs.existsSync(kept)) return JSON.parse(fs.readFileSync(kept, 'utf8')) as BenchQuery[]
  const started = Date.now()
  const queries = benchQueries(count, await loadBenchLookups(payload))
  fs.writeFileSync(kept, JSON.stringify(queries))
  say(`drew ${queries.length} distinct queries in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return queries
}

/** The database id of each expected work, by slug. */
async function idsOf(queries: BenchQuery[]): Promise<Map<string, string>> {
  const slugs = [...new Set(queries.map((query) => query.expected))]
  const found = await payload.find({
    collection: 'resources',
    where: { slug: { in: slugs } },
    select: { slug: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const ids = new Map(found.docs.map((doc) => [String(doc.slug), String(doc.id)]))
  const missing = slugs.filter((slug) => !ids.has(slug))
  if (missing.length)
    throw new Error(
      `bench: works the queries expect are not in the database: ${missing.slice(0, 5).join(', ')}…`,
    )
  return ids
}

/**
 * How long Meilisearch took over each batch of edits since `since`, and on what: a saved edit
 * waits for the job runner, then for its batch to be indexed, which on a large index costs the
 * same whether it holds one document or ten.
 */
async function meilisearchBatches(since: number) {
  const response = await fetch(`${process.env.MEILI_HOST}/batches?limit=1000`, {
    headers: { Authorization: `Bearer ${process.env.MEILI_MASTER_KEY}` },
  })
  const { results } = (await response.json()) as {
    results: {
      startedAt: string
      duration: string | null
      details: { receivedDocuments?: number }
      stats: { totalNbTasks: number; progressTrace?: Record<string, string> }
    }[]
  }
  const seconds = (iso: string) => {
    const [, h, m, sec] = /PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?/.exec(iso) ?? []
    return Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(sec ?? 0)
  }
  const traced = (value: string) =>
    value.endsWith('ms')
      ? Number(value.slice(0, -2)) / 1000
      : value.endsWith('s') && !/[µn]s$/.test(value)
        ? Number(value.slice(0, -1))
        : 0
  const batches = results.filter(
    (batch) =>
      new Date(batch.startedAt).getTime() >= since &&
      batch.duration &&
      batch.details.receivedDocuments,
  )
  const steps: Record<string, number> = {}
  for (const batch of batches)
    for (const [step, value] of Object.entries(batch.stats.progressTrace ?? {}))
      if (step.split(' > ').length === 3) steps[step] = (steps[step] ?? 0) + traced(value)
  return {
    batches: batches.length,
    tasks: batches.reduce((sum, batch) => sum + batch.stats.totalNbTasks, 0),
    seconds: batches.map((batch) => seconds(batch.duration!)),
    slowestSteps: Object.entries(steps)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([step, total]) => [
        step.replace('processing tasks > indexing > ', ''),
        Number(total.toFixed(1)),
      ]),
  }
}

if (phase === 'index') {
  const total = (await payload.count({ collection: 'resources', overrideAccess: true })).totalDocs
  const started = Date.now()
  const cpuBefore = cpuSeconds()
  let lastLog = 0
  const rebuilt = await rebuildSearchIndex({
    payload,
    log: (line) => {
      const progress = /^reindex: resources\s+(\d+)\//.exec(line)
      if (!progress) return say(line)
      if (Date.now() - lastLog < 10_000) return
      lastLog = Date.now()
      const read = Number(progress[1])
      say(
        `reindex: ${read.toLocaleString('en')}/${total.toLocaleString('en')} resources read and sent (${(read / ((Date.now() - started) / 1000)).toFixed(0)}/s)`,
      )
    },
  })
  // Thai cut into words at indexing (by ICU, the words joined by the invisible separator), as
  // Lao and Burmese are: which fields of a Thai edition's search documents carry it.
  const { client } = indexingClient()
  const thai = await client.index(contentIndexName()).getDocuments<Record<string, unknown>>({
    filter: 'language = "th"',
    limit: 20,
  })
  const thaiCutIn = [
    ...new Set(
      thai.results.flatMap((document) =>
        Object.entries(document)
          .filter(([, value]) =>
            new RegExp(`[\u0E00-\u0E7F]${WORD_SEPARATOR}[\u0E00-\u0E7F]`).test(String(value)),
          )
          .map(([field]) => field),
      ),
    ),
  ]
  say(
    thaiCutIn.length
      ? `Thai is cut into words at indexing, in ${thaiCutIn.join(', ')}`
      : 'Thai is NOT cut into words at indexing (left to Meilisearch)',
  )
  save({
    thaiCutIn,
    documents: rebuilt.documents,
    seconds: rebuilt.seconds,
    readerCpuSeconds: cpuSeconds() - cpuBefore,
  })
} else if (phase === 'measure') {
  const base = process.env.BENCH_BASE!
  const random = randomFrom(Date.now())
  const found = async (q: string) => {
    const response = await fetch(`${base}/api/search?${new URLSearchParams({ q })}`)
    return ((await response.json()) as { total?: number }).total ?? 0
  }

  // An editor, signed in as the portal's editors are: the edits go through the REST API, so the
  // server's own hooks queue the indexing and its job runner does it.
  const email = `bench-editor-${Date.now()}@example.org`
  const password = 'bench-editor-password-1'
  await payload.create({
    collection: 'users',
    data: {
      email,
      password,
      name: 'Bench Editor',
      roles: ['admin'],
      membershipStatus: 'approved',
      _verified: true,
    } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  const editTitle = async (id: number | string, title: string) => {
    const response = await fetch(`${base}/api/resources/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title, visibility: 'public' }),
    })
    if (!response.ok)
      throw new Error(`bench: an edit was refused: ${response.status} ${await response.text()}`)
  }

  // Index lag: save, then ask search until it has the edit. Five editors at a time.
  const lags: number[] = []
  const works = (
    await payload.find({
      collection: 'resources',
      where: { slug: { like: 'bench-' } },
      limit: 105,
      depth: 0,
      select: { slug: true },
      overrideAccess: true,
    })
  ).docs
  // Five unmeasured edits first: the server's first job run and first queries warm it up. The
  // token is new each run, because a reused MongoDB database keeps the last run's edits.
  const warmUp = `warmup${Math.floor(random() * 1e9)}`
  for (const doc of works.slice(0, 5)) await editTitle(doc.id, `Warm-up edit ${warmUp}`)
  // All five in the index before the measured edits start, so none waits behind them.
  for (let waited = Date.now(); (await found(warmUp)) < 5;) {
    if (Date.now() - waited > LAG_LIMIT_MS) throw new Error('bench: warm-up edits never searchable')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const edited = works.slice(5)
  const lagsBegan = Date.now()
  await Promise.all(
    [0, 1, 2, 3, 4].map(async (lane) => {
      for (let i = lane; i < edited.length; i += 5) {
        const token = `lagtoken${i}q${Math.floor(random() * 1e6)}`
        const begun = performance.now()
        await editTitle(edited[i].id, `Edited ${token}`)
        while ((await found(token)) === 0) {
          if (performance.now() - begun > LAG_LIMIT_MS)
            throw new Error(
              `bench: edit ${i} not searchable after ${LAG_LIMIT_MS / 60_000} minutes`,
            )
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        lags.push(performance.now() - begun)
      }
    }),
  )
  say(`index lag measured (${lags.length} edits through the REST API)`)
  const indexing = await meilisearchBatches(lagsBegan)

  const queries = await queriesOf(Number(process.env.BENCH_DOCS))
  fs.writeFileSync(path.join(dir, 'queries.json'), JSON.stringify(queries))
  const ids = await idsOf(queries)
  // A few queries of the same shapes, unmeasured: the server's first answers compile its code.
  await runQueries({ base, queries: queries.slice(0, 20), clients: 1, ids })
  const traffic: Record<string, unknown> = {}
  for (const clients of [1, 10]) {
    traffic[clients] = await runQueries({ base, queries, clients, ids })
    say(
      `/api/search measured (${queries.length} queries, ${clients} client${clients > 1 ? 's' : ''})`,
    )
  }
  save({ lags, indexing, traffic })
} else if (phase === 'baseline') {
  // Each LIKE query reads the whole table (about 2 s at 100,000 works): the first
  // BENCH_BASELINE_QUERIES (200) of the shuffled list, the same mix, are enough for percentiles.
  const queries = (
    JSON.parse(fs.readFileSync(path.join(dir, 'queries.json'), 'utf8')) as BenchQuery[]
  ).slice(0, Number(process.env.BENCH_BASELINE_QUERIES ?? 200))
  const ids = await idsOf(queries)
  const filled = await fillPluginTable(payload)
  say(
    `search-plugin table filled: ${filled.rows.toLocaleString('en')} rows in ${filled.seconds.toFixed(1)} s`,
  )
  const ms: number[] = []
  let hits = 0
  for (const query of queries) {
    const begun = performance.now()
    const result = await pluginQuery(payload, query.params)
    ms.push(performance.now() - begun)
    if (result.ids.includes(ids.get(query.expected)!)) hits += 1
  }
  save({ ms, hits, queries: queries.length, fill: filled })
} else {
  throw new Error(`unknown BENCH_PHASE "${phase}"`)
}
console.log('@bench {"finished":true}')
process.exit(0)
