/**
 * The search benchmark (run by run.mjs, which sets the environment):
 *  1. loads the seed content and generates BENCH_DOCS resources in several languages;
 *  2. times a full index rebuild (`npm run search:reindex`'s code);
 *  3. starts the production portal (`scripts/portal.mjs`) on that database and Meilisearch;
 *  4. index lag: 100 edits through Payload, each timed until /api/search returns it;
 *  5. 1,000 mixed queries through /api/search on the production build, one at a time;
 *  6. the same queries as a database `like` scan through Payload's Local API (the approach of
 *     Payload's own search plugin), and the ratio.
 */
import config from '@payload-config'
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { createLocalReq, getPayload, type Where } from 'payload'

import { applyMigrations } from '@/db/migrate'
import { seed } from '@/seed'
import { rebuildSearchIndex } from '@/search/reindex'
import { startMeilisearch } from '@/search/server'

const N = Number(process.env.BENCH_DOCS ?? 100_000)
const dir = process.env.BENCH_DIR!
const port = process.env.BENCH_PORT!
const base = `http://127.0.0.1:${port}`
const say = (line: string) => console.log(line)

// Deterministic pseudo-random numbers, so every run measures the same data and queries.
let state = 20261123
const random = () => {
  state = (state + 0x6d2b79f5) | 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
const several = <T>(list: readonly T[], n: number) => Array.from({ length: n }, () => pick(list))

const WORDS = {
  en: ['recruitment', 'fees', 'domestic', 'workers', 'trafficking', 'return', 'reintegration', 'skills', 'recognition', 'bilateral', 'agreement', 'social', 'protection', 'remittances', 'wages', 'contract', 'complaint', 'shelter', 'counselling', 'legal', 'aid', 'union', 'organizing', 'fishers', 'seafood', 'construction', 'plantation', 'garment', 'women', 'youth', 'employment', 'permit', 'policy', 'review', 'guide', 'manual', 'training', 'toolkit', 'survey', 'labour', 'inspection', 'forced', 'debt', 'bondage', 'passport', 'retention', 'grievance', 'mechanism', 'pre-departure', 'orientation'],
  th: ['แรงงาน', 'ข้ามชาติ', 'คู่มือ', 'สิทธิ', 'การจ้างงาน', 'ค่าจ้าง', 'สัญญา', 'ร้องเรียน', 'ความคุ้มครอง', 'ทางสังคม', 'ข่าว', 'ขาว', 'นายจ้าง', 'สหภาพ'],
  lo: ['ແຮງງານ', 'ຄູ່ມື', 'ສິດ', 'ການຈ້າງງານ', 'ຄ່າແຮງ', 'ສັນຍາ', 'ການຄຸ້ມຄອງ', 'ເຄື່ອນຍ້າຍ'],
  my: ['အလုပ်သမား', 'လမ်းညွှန်', 'အခွင့်အရေး', 'လုပ်ခ', 'စာချုပ်', 'ကာကွယ်', 'ရွှေ့ပြောင်း'],
  km: ['ពលករ', 'សិទ្ធិ', 'ការងារ', 'ប្រាក់ឈ្នួល', 'កិច្ចសន្យា', 'ចំណាកស្រុក'],
} as const
const LANGUAGES = ['en', 'en', 'en', 'en', 'th', 'lo', 'my', 'km'] as const
const KINDS = ['publication', 'tool', 'manual', 'training', 'policy', 'data'] as const

const sentence = (language: keyof typeof WORDS, n: number) =>
  language === 'en' ? several(WORDS.en, n).join(' ') : several(WORDS[language], n).join('')

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const ms = (value: number) => `${value.toFixed(1)} ms`
const stats = (values: number[]) => `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}, p99 ${ms(percentile(values, 99))}`

const meili = await startMeilisearch({ dataDir: path.join(dir, 'meili'), port: Number(process.env.MEILI_PORT), masterKey: process.env.MEILI_MASTER_KEY! })
let server: ReturnType<typeof spawn> | undefined
// Whatever fails, leave no server or Meilisearch behind.
const cleanUp = async () => {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGINT')
    } catch {
      // already gone
    }
  }
  await meili.stop()
}
process.on('uncaughtException', (error) => {
  console.error(error)
  void cleanUp().finally(() => process.exit(1))
})
process.on('unhandledRejection', (error) => {
  console.error(error)
  void cleanUp().finally(() => process.exit(1))
})
const payload = await getPayload({ config })
await applyMigrations(payload)
await seed({ payload, log: () => undefined })
const themes = (await payload.find({ collection: 'themes', limit: 0, pagination: false, overrideAccess: true })).docs
const countries = (await payload.find({ collection: 'countries', limit: 0, pagination: false, overrideAccess: true })).docs

// 1. Generate. Adapter-level creates (no hooks or versions) keep 100,000 records to minutes.
say(`bench: generating ${N.toLocaleString('en')} resources…`)
let started = Date.now()
// A request object gathers state as it is used: a fresh one per batch keeps memory flat.
const newRequest = () => createLocalReq({ locale: 'en', context: { skipSearchSync: true } }, payload)
let req = await newRequest()
if (payload.db.name === 'sqlite') {
  // A throwaway file: without transactions every insert would wait for the disk. Generation only.
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
  await client.execute('PRAGMA synchronous = OFF')
}
const createOne = async (i: number) => {
  const language = pick(LANGUAGES)
  const title = language === 'en' ? `${sentence('en', 4)} ${pick(countries).name}` : sentence(language, 4)
  await payload.db.create({
    collection: 'resources',
    req,
    data: {
      // Adapter-level writes take localised fields per locale.
      title: { en: title },
      slug: `bench-${i}`,
      kind: pick(KINDS),
      summary: { en: `${sentence('en', 18)}. ${language === 'en' ? '' : sentence(language, 10)}` },
      // Array rows need the ids the full Local API would generate.
      editions: [{ id: crypto.randomBytes(12).toString('hex'), language, title, externalUrl: 'https://labordoc.ilo.org/' }],
      visibility: i % 10 === 0 ? 'members' : 'public',
      themes: [pick(themes).id],
      countries: [pick(countries).id],
      year: 1995 + Math.floor(random() * 31),
      _status: 'published',
    },
  })
}
for (let i = 0; i < N; i += 8) {
  if (i % 500 === 0) req = await newRequest()
  await Promise.all(Array.from({ length: Math.min(8, N - i) }, (_, k) => createOne(i + k)))
  if ((i + 8) % 10_000 < 8) say(`bench:   ${Math.min(N, i + 8).toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
}
say(`bench: generated in ${((Date.now() - started) / 1000).toFixed(0)} s`)

// 2. Full index.
let lastLog = 0
const rebuilt = await rebuildSearchIndex({
  payload,
  log: (line) => {
    if (Date.now() - lastLog > 10_000 || !line.includes('/')) (lastLog = Date.now()), say(`bench: ${line}`)
  },
})
const fullIndexSeconds = rebuilt.seconds

// 3. The production portal on this database and Meilisearch.
say('bench: starting the production portal…')
server = spawn('node', ['scripts/portal.mjs'], {
  env: { ...process.env, PORT: port, SERVER_URL: base, JOBS_AUTORUN: 'true', SMTP_PORT: String(Number(port) + 1), LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
})
let serverLog = ''
server.stdout?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()))
while (!serverLog.includes('Portal ready')) {
  if (server.exitCode !== null) throw new Error(`portal failed:\n${serverLog}`)
  await new Promise((resolve) => setTimeout(resolve, 500))
}
const searchApi = async (query: string) => {
  const begun = performance.now()
  const response = await fetch(`${base}/api/search?${query}`)
  const body = await response.json()
  return { ms: performance.now() - begun, status: response.status, total: body.total as number }
}

// 4. Index lag: save, then ask search until it has the edit. Five editors at a time.
const lags: number[] = []
const all = (await payload.find({ collection: 'resources', where: { slug: { like: 'bench-' } }, limit: 105, depth: 0, overrideAccess: true })).docs
// Five unmeasured edits first: the server's first job run and first queries warm it up.
const resources = all.slice(5)
for (const doc of all.slice(0, 5)) {
  await payload.update({ collection: 'resources', id: doc.id, data: { title: 'Warm-up edit' }, overrideAccess: true, context: { disableRevalidate: true } })
}
for (let tries = 0; tries < 100 && (await searchApi('q=warm-up+edit')).total === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 200))
await Promise.all(
  [0, 1, 2, 3, 4].map(async (lane) => {
    for (let i = lane; i < resources.length; i += 5) {
      const token = `lagtoken${i}q${Math.floor(random() * 1e6)}`
      const begun = performance.now()
      await payload.update({ collection: 'resources', id: resources[i].id, data: { title: `Edited ${token}`, visibility: 'public' }, overrideAccess: true, context: { disableRevalidate: true } })
      for (;;) {
        if ((await searchApi(`q=${token}`)).total > 0) break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      lags.push(performance.now() - begun)
    }
  }),
)

// 5 and 6. The same 1,000 mixed queries through /api/search and as a `like` scan.
const queries: Record<string, string>[] = Array.from({ length: 1000 }, (_, n): Record<string, string> => {
  const roll = n % 20
  if (roll < 10) return { q: several(WORDS.en, 1 + (n % 3)).join(' ') }
  if (roll < 12) return { q: pick(WORDS.en).replace(/(.)(.)$/, '$2$1') } // a typo: last two letters swapped
  if (roll < 14) return { q: pick(WORDS.th) }
  if (roll < 15) return { q: pick(WORDS.lo) }
  if (roll < 16) return { q: pick(WORDS.my) }
  if (roll < 17) return { q: pick(WORDS.km) }
  if (roll < 18) return { q: pick(WORDS.en), type: 'resource', theme: pick(themes).slug }
  if (roll < 19) return { q: pick(WORDS.en), language: pick(['th', 'lo', 'my', 'km']) }
  return { q: pick(WORDS.en), country: pick(countries).iso }
})
const apiTimes: number[] = []
let errors = 0
for (const query of queries) {
  const result = await searchApi(new URLSearchParams(query).toString())
  if (result.status !== 200) errors += 1
  apiTimes.push(result.ms)
}
const likeTimes: number[] = []
for (const query of queries) {
  const where: Where = { or: [{ title: { like: query.q } }, { summary: { like: query.q } }, { 'editions.title': { like: query.q } }] }
  const begun = performance.now()
  await payload.find({ collection: 'resources', where, limit: 10, depth: 0, locale: 'en', user: null, overrideAccess: false })
  likeTimes.push(performance.now() - begun)
}

const exited = new Promise((resolve) => server?.once('exit', resolve))
await cleanUp()
await exited

const summary = {
  documents: N,
  searchDocuments: rebuilt.documents,
  fullIndexSeconds: Number(fullIndexSeconds.toFixed(1)),
  indexLagMs: { p50: percentile(lags, 50), p95: percentile(lags, 95) },
  apiMs: { p50: percentile(apiTimes, 50), p95: percentile(apiTimes, 95), p99: percentile(apiTimes, 99), errors },
  likeMs: { p50: percentile(likeTimes, 50), p95: percentile(likeTimes, 95), p99: percentile(likeTimes, 99) },
}
say('')
say(`bench: ${N.toLocaleString('en')} resources → ${rebuilt.documents.toLocaleString('en')} search documents`)
say(`bench: full index              ${fullIndexSeconds.toFixed(1)} s`)
say(`bench: index lag (100 edits)   p50 ${(percentile(lags, 50) / 1000).toFixed(2)} s, p95 ${(percentile(lags, 95) / 1000).toFixed(2)} s`)
say(`bench: /api/search (1,000)     ${stats(apiTimes)}, ${errors} errors`)
say(`bench: database like scan      ${stats(likeTimes)}`)
say(`bench: like / Meilisearch      ${(percentile(likeTimes, 50) / percentile(apiTimes, 50)).toFixed(0)}× at p50, ${(percentile(likeTimes, 95) / percentile(apiTimes, 95)).toFixed(0)}× at p95`)
fs.mkdirSync('tmp', { recursive: true })
fs.writeFileSync('tmp/bench-search.json', JSON.stringify(summary, null, 2))
process.exit(0)
