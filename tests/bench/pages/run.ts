/**
 * `npm run bench:pages`: load and Lighthouse numbers for the public pages on the production build.
 *
 *  1. starts the portal exactly as `npm run portal` does (building if needed) on a fresh seeded
 *     database, and warms each page once;
 *  2. autocannon: home, library, a resource and a country page at 10 and 50 connections
 *     (BENCH_SECONDS each, default 10), printing requests/s and p50/p95/p99 latency; each page
 *     first gets an unmeasured 3-second run, so the first page measured does not pay for the
 *     server's warm-up (compilation, caches) on behalf of the others;
 *  3. Lighthouse (mobile emulation, simulated slow 4G, Debian's Chromium) on the home, resource
 *     and country pages: performance and accessibility scores, LCP, CLS and TBT. Lighthouse's
 *     own advice is to take the median of several runs: one run varies by several points (the
 *     unthrottled load it simulates from paints first anywhere between 0.3 and 1.3 s here). So
 *     after one unreported audit that warms the browser up, each page is audited
 *     BENCH_LIGHTHOUSE_RUNS times (default 5) and the median run (by performance score) is
 *     printed, with the range of the scores;
 *  4. the first-load JavaScript of every route, gzipped, against Next's floor (`/_not-found`).
 * Results also go to tmp/bench-pages.json.
 */
import autocannon from 'autocannon'
import * as chromeLauncher from 'chrome-launcher'
import fs from 'node:fs'
import lighthouse from 'lighthouse'

import { startPortal } from '../../helpers/portalProcess'
import { routeBundles } from './bundles'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5)
const PAGES = {
  home: '/en',
  library: '/en/library',
  resource: '/en/library/paralegal-training-manual-migrant-workers-access-to-justice',
  country: '/en/countries/th',
}
const say = (line: string) => console.log(`bench: ${line}`)
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

async function load(url: string, connections: number, duration = SECONDS) {
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration }, (error, outcome) =>
      error ? reject(error) : resolve(outcome),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    )
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    errors: result.errors + result.non2xx,
  }
}

async function audit(url: string, port: number) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  })
  const audits = result!.lhr.audits
  return {
    performance: Math.round((result!.lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((result!.lhr.categories.accessibility?.score ?? 0) * 100),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
  }
}

say('starting the portal (npm run portal) on a fresh database…')
const portal = await startPortal({ MEILI_INDEX_PREFIX: 'benchpages', LOG_LEVEL: 'warn' })
const results: Record<string, unknown> = {}
try {
  // A first start indexes the seed for search in the background (a few hundred jobs); measuring
  // while that runs would measure the indexing. Wait until the last of it is searchable.
  say('waiting for the first start to finish indexing the seed…')
  for (let tries = 0; tries < 300; tries++) {
    const result = (await (
      await fetch(`${portal.url}/api/search?q=resource+centre&type=resource-centre`)
    ).json()) as { total?: number }
    if ((result.total ?? 0) >= 15) break
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  await new Promise((resolve) => setTimeout(resolve, 5_000))
  for (const path of Object.values(PAGES)) {
    const response = await fetch(`${portal.url}${path}`)
    if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  }
  say('warming up: 3 s of load per page, not measured')
  for (const path of Object.values(PAGES)) await load(`${portal.url}${path}`, 10, 3)
  const load_: Record<string, unknown> = {}
  say(`load: ${SECONDS} s per page and concurrency`)
  say('page       conns   req/s    p50     p95     p99   errors')
  for (const [name, path] of Object.entries(PAGES)) {
    for (const connections of [10, 50]) {
      const outcome = await load(`${portal.url}${path}`, connections)
      load_[`${name}@${connections}`] = outcome
      say(
        `${name.padEnd(10)} ${String(connections).padStart(5)} ${String(outcome.requestsPerSecond).padStart(7)} ${`${outcome.p50} ms`.padStart(7)} ${`${outcome.p95} ms`.padStart(7)} ${`${outcome.p99} ms`.padStart(7)} ${String(outcome.errors).padStart(6)}`,
      )
    }
  }
  results.load = load_

  say('Lighthouse (mobile, simulated throttling):')
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
    ],
  })
  const audits: Record<string, unknown> = {}
  try {
    await audit(`${portal.url}${PAGES.home}`, chrome.port)
    say(`median of ${LIGHTHOUSE_RUNS} runs per page, after one unreported warm-up audit`)
    say('page       perf  a11y     LCP      CLS     TBT   perf range')
    for (const name of ['home', 'resource', 'country'] as const) {
      const runs: Awaited<ReturnType<typeof audit>>[] = []
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++)
        runs.push(await audit(`${portal.url}${PAGES[name]}`, chrome.port))
      runs.sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs)
      const outcome = runs[Math.floor(runs.length / 2)]!
      const range = `${runs[0]!.performance}–${runs.at(-1)!.performance}`
      audits[name] = { ...outcome, runs }
      say(
        `${name.padEnd(10)} ${String(outcome.performance).padStart(4)} ${String(outcome.accessibility).padStart(5)} ${`${outcome.lcpMs} ms`.padStart(8)} ${String(outcome.cls).padStart(7)} ${`${outcome.tbtMs} ms`.padStart(7)}   ${range}`,
      )
    }
  } finally {
    await chrome.kill()
  }
  results.lighthouse = audits

  say('first-load JS, gzipped (floor: /_not-found):')
  const bundles = routeBundles()
  for (const route of bundles)
    say(
      `${route.route.padEnd(28)} ${(route.gzipBytes / 1024).toFixed(1).padStart(6)} KiB  +${(route.overFloorBytes / 1024).toFixed(1)} KiB`,
    )
  results.bundles = bundles
  fs.mkdirSync('tmp', { recursive: true })
  fs.writeFileSync('tmp/bench-pages.json', JSON.stringify(results, null, 2))
} finally {
  await portal.stop()
}
