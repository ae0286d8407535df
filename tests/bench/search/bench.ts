/**
 * The measuring children of run.mjs, which prepares the data, Meilisearch and the production
 * server and passes everything through the environment. Each phase writes its results as JSON
 * to BENCH_DIR/<phase>.json:
 *  - `index`: a full index rebuild (`npm run search:reindex`'s code), timed;
 *  - `measure`, with the production portal answering at BENCH_BASE:
 *     index lag: 100 edits through Payload, each timed until /api/search returns it;
 *     1,000 mixed queries through /api/search, one at a time;
 *     the same queries as a database `like` scan through Payload's Local API (the approach of
 *     Payload's own search plugin).
 */
import config from '@payload-config'
import fs from 'node:fs'
import path from 'node:path'
import { getPayload, type Where } from 'payload'

import { applyMigrations } from '@/db/migrate'
import { rebuildSearchIndex } from '@/search/reindex'

import { benchQueries, loadBenchLookups, randomFrom } from './data'

const dir = process.env.BENCH_DIR!
const phase = process.env.BENCH_PHASE
const say = (line: string) => console.log(`bench: ${line}`)
const save = (result: Record<string, unknown>) =>
  fs.writeFileSync(path.join(dir, `${phase}.json`), JSON.stringify(result, null, 2))

const payload = await getPayload({ config, disableOnInit: true })
console.log('@bench {"ready":true}')
await applyMigrations(payload)

if (phase === 'index') {
  const total = (await payload.count({ collection: 'resources', overrideAccess: true })).totalDocs
  const started = Date.now()
  let lastLog = 0
  const rebuilt = await rebuildSearchIndex({
    payload,
    log: (line) => {
      const progress = /^reindex: resources\s+(\d+)\//.exec(line)
      if (!progress) return say(line)
      if (Date.now() - lastLog < 10_000) return
      lastLog = Date.now()
      const read = Number(progress[1])
      const rate = read / ((Date.now() - started) / 1000)
      const left = (total - read) / rate
      say(
        `reindex: ${read.toLocaleString('en')}/${total.toLocaleString('en')} resources (${rate.toFixed(0)}/s, about ${left < 90 ? `${left.toFixed(0)} s` : `${(left / 60).toFixed(1)} min`} left)`,
      )
    },
  })
  save({ documents: rebuilt.documents, seconds: rebuilt.seconds })
} else if (phase === 'measure') {
  const base = process.env.BENCH_BASE!
  const random = randomFrom(Date.now())
  const searchApi = async (query: string) => {
    const begun = performance.now()
    const response = await fetch(`${base}/api/search?${query}`)
    const body = (await response.json()) as { total?: number; processingTimeMs?: number }
    return {
      ms: performance.now() - begun,
      status: response.status,
      total: body.total ?? 0,
      engineMs: body.processingTimeMs ?? 0,
    }
  }
  const editTitle = (id: number | string, title: string) =>
    payload.update({
      collection: 'resources',
      id,
      data: { title, visibility: 'public' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })

  // Index lag: save, then ask search until it has the edit. Five editors at a time.
  const lags: number[] = []
  const all = (
    await payload.find({
      collection: 'resources',
      where: { slug: { like: 'bench-' } },
      limit: 105,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
  // Five unmeasured edits first: the server's first job run and first queries warm it up. The
  // token is new each run, because a reused MongoDB database keeps the last run's edits.
  const warmUp = `warmup${Math.floor(random() * 1e9)}`
  for (const doc of all.slice(0, 5)) await editTitle(doc.id, `Warm-up edit ${warmUp}`)
  for (let tries = 0; tries < 150 && (await searchApi(`q=${warmUp}`)).total === 0; tries++)
    await new Promise((resolve) => setTimeout(resolve, 200))
  const resources = all.slice(5)
  await Promise.all(
    [0, 1, 2, 3, 4].map(async (lane) => {
      for (let i = lane; i < resources.length; i += 5) {
        const token = `lagtoken${i}q${Math.floor(random() * 1e6)}`
        const begun = performance.now()
        await editTitle(resources[i].id, `Edited ${token}`)
        for (let tries = 0; (await searchApi(`q=${token}`)).total === 0; tries++) {
          if (tries > 1_200) throw new Error(`edit ${i} not searchable after a minute`)
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        lags.push(performance.now() - begun)
      }
    }),
  )
  say(`index lag measured (${lags.length} edits)`)

  // The same 1,000 mixed queries through /api/search and as a `like` scan.
  const queries = benchQueries(await loadBenchLookups(payload))
  const apiMs: number[] = []
  // Meilisearch's own processingTimeMs: the rest of apiMs is the portal's part (and HTTP).
  const engineMs: number[] = []
  let errors = 0
  for (const query of queries) {
    const result = await searchApi(new URLSearchParams(query).toString())
    if (result.status !== 200) errors += 1
    apiMs.push(result.ms)
    engineMs.push(result.engineMs)
  }
  say('/api/search measured (1,000 queries)')
  const likeMs: number[] = []
  for (const query of queries) {
    const where: Where = {
      or: [
        { title: { like: query.q } },
        { summary: { like: query.q } },
        { 'editions.title': { like: query.q } },
      ],
    }
    const begun = performance.now()
    await payload.find({
      collection: 'resources',
      where,
      limit: 10,
      depth: 0,
      locale: 'en',
      user: null,
      overrideAccess: false,
    })
    likeMs.push(performance.now() - begun)
  }
  say('like scan measured (1,000 queries)')
  save({ lags, apiMs, engineMs, likeMs, errors })
} else {
  throw new Error(`unknown BENCH_PHASE "${phase}"`)
}
console.log('@bench {"finished":true}')
process.exit(0)
