/**
 * A child of run.mjs. `BENCH_PHASE=setup` applies the migrations and loads the seed; otherwise it
 * creates resources BENCH_FROM … BENCH_TO-1 (skipping those already there, so an interrupted
 * generation resumes) and reports progress as `@bench {json}` lines on stdout.
 *
 * One process per slice, because the SQLite driver keeps native memory for every statement it
 * prepares (RSS grows by about 60 KB per created resource while the JS heap stays flat; see
 * tursodatabase/libsql-js#153) and only an exit gives it back.
 *
 * Adapter-level creates (`payload.db.create`: no hooks, no versions, no search jobs) with
 * `returning: false`, which skips re-reading each row with its joins and halves the cost. No
 * transaction: the SQLite adapter is configured without them (`beginTransaction` returns null),
 * and with `synchronous = OFF` on this throwaway file a commit is not a disk wait.
 */
import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'

import { applyMigrations } from '@/db/migrate'
import { seed } from '@/seed'

import { benchSlug, loadBenchLookups, resourceData } from './data'

const report = (message: Record<string, unknown>) =>
  console.log(`@bench ${JSON.stringify(message)}`)
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)

const payload = await getPayload({ config, disableOnInit: true })
report({ ready: true })
if (payload.db.name === 'sqlite') {
  // Generation only, on a file nobody else uses: writes need not wait for the disk.
  const client = (
    payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
  ).client
  await client.execute('PRAGMA synchronous = OFF')
}

if (process.env.BENCH_PHASE === 'setup') {
  await applyMigrations(payload)
  await seed({ payload, log: () => undefined })
  report({ setup: true, finished: true, maxRssMb: maxRssMb() })
} else {
  const from = Number(process.env.BENCH_FROM)
  const to = Number(process.env.BENCH_TO)
  const lookups = await loadBenchLookups(payload)
  const CHUNK = 500
  const CONCURRENCY = 4
  let created = 0
  for (let start = from; start < to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK)
    const slugs = Array.from({ length: end - start }, (_, k) => benchSlug(start + k))
    const existing = await payload.find({
      collection: 'resources',
      where: { slug: { in: slugs } },
      select: { slug: true },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const done = new Set(existing.docs.map((doc) => doc.slug))
    const missing = Array.from({ length: end - start }, (_, k) => start + k).filter(
      (i) => !done.has(benchSlug(i)),
    )
    // A fresh request per chunk: a request object gathers state as it is used.
    const req = await createLocalReq({ locale: 'en', context: { skipSearchSync: true } }, payload)
    for (let k = 0; k < missing.length; k += CONCURRENCY) {
      await Promise.all(
        missing.slice(k, k + CONCURRENCY).map((i) =>
          payload.db.create({
            collection: 'resources',
            req,
            data: resourceData(i, lookups),
            returning: false,
          }),
        ),
      )
    }
    created += missing.length
    report({ done: end - from, created, rssMb: Math.round(process.memoryUsage().rss / 1e6) })
  }
  report({ finished: true, created, maxRssMb: maxRssMb() })
}
if (payload.db.name === 'sqlite') {
  // Fold the write-ahead log into the file, so the kept database is one self-contained file.
  const client = (
    payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }
  ).client
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
}
process.exit(0)
