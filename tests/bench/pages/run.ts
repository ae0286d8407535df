/**
 * `npm run bench:pages`: load and Lighthouse numbers for the public pages on the production build.
 *
 *  1. starts the portal exactly as `npm run portal` does (building if needed) on a fresh seeded
 *     database, and warms each page once;
 *  2. autocannon: a static file from public/ (the server's own ceiling), then home, library, a
 *     resource and a country page, at 10 and 50 connections (BENCH_SECONDS each, default 10), as
 *     a visitor (answered from the page cache) and as a signed-in member (rendered for them),
 *     printing requests/s, the share of the static file's requests/s and p50/p95/p99 latency;
 *     each page first gets an unmeasured 3-second run, so the first page measured does not pay
 *     for the server's warm-up on behalf of the others;
 *  3. the first request after an edit (a cache miss): 20 title edits, each followed by a
 *     visitor's request for the work's page and for the library;
 *  4. Lighthouse (mobile emulation, simulated slow 4G, Debian's Chromium) on the home, resource
 *     and country pages: performance and accessibility scores, LCP, CLS and TBT. Lighthouse's
 *     own advice is to take the median of several runs: one run varies by several points (the
 *     unthrottled load it simulates from paints first anywhere between 0.3 and 1.3 s here). So
 *     after one unreported audit that warms the browser up, each page is audited
 *     BENCH_LIGHTHOUSE_RUNS times (default 5) and the median run (by performance score) is
 *     printed, with the range of the scores;
 *  5. the first-load JavaScript of every route, gzipped, against Next's floor (`/_not-found`).
 *
 * At scale: `BENCH_DATABASE=file:…/bench.db npm run bench:pages` runs on a copy of that database
 * instead (the search benchmark's 100,000 works: `BENCH_GENERATE_ONLY=1 npm run bench:search`
 * makes it and prints its address). It then measures, instead of steps 2, 4 and 5, the render
 * time of every kind of page for a signed-in member (never cached: p50 and p95 over
 * BENCH_RENDERS requests, default 30, spread over different works, countries and so on), step 3,
 * and the sitemap index and each of its files.
 * Results also go to tmp/bench-pages.json (tmp/bench-pages-scale.json at scale).
 */
import autocannon from 'autocannon'
import * as chromeLauncher from 'chrome-launcher'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import lighthouse from 'lighthouse'

import { startPortal } from '../../helpers/portalProcess'
import { sameOriginWith, signIn } from '../../helpers/session'
import { routeBundles } from './bundles'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5)
const RENDERS = Number(process.env.BENCH_RENDERS ?? 30)
const SCALE_DATABASE = process.env.BENCH_DATABASE
/** The server's ceiling: a small file from public/, served by the same Next server. */
const STATIC_FILE = '/icons/icon-192.png'
const ADMIN = { email: 'bench-admin@example.org', password: 'bench-admin-password-1' }
const MEMBER = { email: 'bench-member@example.org', password: 'bench-member-password-1' }
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

async function load(
  url: string,
  connections: number,
  duration = SECONDS,
  headers: Record<string, string> = {},
) {
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers }, (error, outcome) =>
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

/** Signs in through the API and answers the session cookie, as a browser would keep it. */

async function timed(url: string, headers: Record<string, string> = {}) {
  const started = performance.now()
  const response = await fetch(url, { headers })
  await response.arrayBuffer()
  const ms = performance.now() - started
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return { ms, cache: response.headers.get('x-nextjs-cache') }
}

const summary = (values: number[]) => ({
  p50: Math.round(percentile(values, 50)),
  p95: Math.round(percentile(values, 95)),
  max: Math.round(Math.max(...values)),
})

async function api(url: string, cookie: string, method: string, route: string, body?: unknown) {
  const response = await fetch(`${url}/api${route}`, {
    method,
    headers: { 'content-type': 'application/json', origin: url, cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}`)
  return response.json()
}

/** Edits a work's title, then times a visitor's next request for its page and the library. */
async function afterEdits(url: string, adminCookie: string) {
  const { docs } = await api(url, adminCookie, 'GET', '/resources?limit=20&depth=0&sort=-year')
  const page: number[] = []
  const library: number[] = []
  let misses = 0
  for (const [index, doc] of (docs as { id: number; slug: string; title: string }[]).entries()) {
    await timed(`${url}/en/library/${doc.slug}`)
    await timed(`${url}/en/library`)
    await api(url, adminCookie, 'PATCH', `/resources/${doc.id}?locale=en`, {
      title: `${doc.title} (${index})`,
    })
    const first = await timed(`${url}/en/library/${doc.slug}`)
    const list = await timed(`${url}/en/library`)
    if (first.cache === 'MISS') misses++
    page.push(first.ms)
    library.push(list.ms)
  }
  say(`first visitor request after an edit (${docs.length} edits, ${misses} cache misses):`)
  say(`  the work's page  p50 ${summary(page).p50} ms, p95 ${summary(page).p95} ms`)
  say(`  the library      p50 ${summary(library).p50} ms, p95 ${summary(library).p95} ms`)
  return { page: summary(page), library: summary(library), misses }
}

/** Addresses of each kind of page, several where the kind has many (different works…). */
async function pageKinds(url: string, count: number) {
  const slugs = async (collection: string, field: string, where = '') => {
    const response = await fetch(
      `${url}/api/${collection}?limit=${count}&depth=0&select[${field}]=true${where}`,
    )
    const { docs } = (await response.json()) as { docs: Record<string, string>[] }
    return docs.map((doc) => String(doc[field]).toLowerCase())
  }
  const themes = await slugs('themes', 'slug')
  return {
    home: ['/en', '/th', '/km', '/lo', '/my', '/vi', '/id'].map((path) => path),
    themes: ['/en/themes'],
    theme: themes.map((slug) => `/en/themes/${slug}`),
    library: ['/en/library', '/th/library'],
    'library, filtered': themes.map((slug) => `/en/library?theme=${slug}`),
    'library, by title': [
      '/en/library?sort=title',
      '/en/library?sort=title&page=2',
      '/en/library?sort=title&page=1000',
      '/th/library?sort=title',
      '/th/library?sort=title&page=2',
      '/my/library?sort=title',
    ],
    resource: (await slugs('resources', 'slug', '&sort=-year')).map((s) => `/en/library/${s}`),
    countries: ['/en/countries'],
    country: (await slugs('countries', 'iso')).map((iso) => `/en/countries/${iso}`),
    'regional overview': ['/en/regional-overview'],
    events: ['/en/events'],
    event: (await slugs('events', 'slug')).map((slug) => `/en/events/${slug}`),
    news: ['/en/news'],
    article: (await slugs('news', 'slug')).map((slug) => `/en/news/${slug}`),
    projects: ['/en/projects'],
    project: (await slugs('projects', 'code')).map((code) => `/en/projects/${code}`),
    'resource centres': ['/en/resource-centres'],
    centre: (await slugs('resource-centres', 'slug')).map((slug) => `/en/resource-centres/${slug}`),
    search: ['/en/search?q=migrant+workers', '/th/search?q=แรงงาน'],
    'resources feed': ['/en/feeds/resources.xml'],
  }
}

async function atScale(databaseUri: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-bench-pages-'))
  const source = databaseUri.replace(/^file:/, '')
  const copy = path.join(dir, 'bench.db')
  say(`copying ${source} …`)
  fs.copyFileSync(source, copy, fs.constants.COPYFILE_FICLONE)
  if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${copy}-wal`)
  // No job runner: it would spend the run rebuilding the search index of 100,000 works.
  const portal = await startPortal({
    DATABASE_URI: `file:${copy}`,
    MEILI_INDEX_PREFIX: 'benchscale',
    LOG_LEVEL: 'warn',
    JOBS_AUTORUN: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  })
  const results: Record<string, unknown> = {}
  try {
    const { totalDocs } = await (await fetch(`${portal.url}/api/resources?limit=1`)).json()
    say(`${totalDocs.toLocaleString('en')} works`)
    const adminCookie = (await signIn(portal.url, ADMIN)).cookie
    await api(portal.url, adminCookie, 'POST', '/users', {
      ...MEMBER,
      name: 'Bench Member',
      roles: ['member'],
      membershipStatus: 'approved',
      _verified: true,
    })
    const member = sameOriginWith((await signIn(portal.url, MEMBER)).cookie)
    const kinds = await pageKinds(portal.url, RENDERS)
    say(`rendering for a signed-in member (never cached), ${RENDERS} requests per kind:`)
    say('page kind            p50      p95      max')
    const renders: Record<string, unknown> = {}
    for (const [kind, paths] of Object.entries(kinds)) {
      await timed(`${portal.url}${paths[0]}`, member)
      const times: number[] = []
      for (let i = 0; i < RENDERS; i++)
        times.push((await timed(`${portal.url}${paths[i % paths.length]}`, member)).ms)
      const { p50, p95, max } = summary(times)
      renders[kind] = { p50, p95, max, distinct: paths.length }
      say(
        `${kind.padEnd(18)} ${`${p50} ms`.padStart(7)} ${`${p95} ms`.padStart(8)} ${`${max} ms`.padStart(8)}`,
      )
    }
    results.memberRenders = renders
    results.afterEdit = await afterEdits(portal.url, adminCookie)

    const index = await timed(`${portal.url}/sitemap.xml`)
    const indexText = await (await fetch(`${portal.url}/sitemap.xml`)).text()
    const files = [...indexText.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
    const fileTimes: { file: string; ms: number; urls: number }[] = []
    for (const file of files) {
      const started = performance.now()
      const text = await (await fetch(file.replace(/^https?:\/\/[^/]+/, portal.url))).text()
      fileTimes.push({
        file: file.slice(file.lastIndexOf('/') + 1),
        ms: Math.round(performance.now() - started),
        urls: (text.match(/<url>/g) ?? []).length,
      })
    }
    const slowest = [...fileTimes].sort((a, b) => b.ms - a.ms)[0]!
    say(
      `sitemap.xml: index ${Math.round(index.ms)} ms, ${files.length} files, ` +
        `${fileTimes.reduce((sum, file) => sum + file.urls, 0).toLocaleString('en')} addresses, ` +
        `at most ${Math.max(...fileTimes.map((file) => file.urls)).toLocaleString('en')} per file; ` +
        `slowest file ${slowest.file} ${slowest.ms} ms, median ${summary(fileTimes.map((f) => f.ms)).p50} ms`,
    )
    results.sitemap = { indexMs: Math.round(index.ms), files: fileTimes }
    fs.mkdirSync('tmp', { recursive: true })
    fs.writeFileSync('tmp/bench-pages-scale.json', JSON.stringify(results, null, 2))
  } finally {
    await portal.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (SCALE_DATABASE) {
  await atScale(SCALE_DATABASE)
  process.exit(0)
}

say('starting the portal (npm run portal) on a fresh database…')
const portal = await startPortal({
  MEILI_INDEX_PREFIX: 'benchpages',
  LOG_LEVEL: 'warn',
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
})
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
  const adminCookie = (await signIn(portal.url, ADMIN)).cookie
  await api(portal.url, adminCookie, 'POST', '/users', {
    ...MEMBER,
    name: 'Bench Member',
    roles: ['member'],
    membershipStatus: 'approved',
    _verified: true,
  })
  const member = sameOriginWith((await signIn(portal.url, MEMBER)).cookie)
  for (const path of [STATIC_FILE, ...Object.values(PAGES)]) {
    const response = await fetch(`${portal.url}${path}`)
    if (!response.ok) throw new Error(`${path} answered ${response.status}`)
  }
  say('warming up: 3 s of load per page, not measured')
  for (const path of [STATIC_FILE, ...Object.values(PAGES)])
    await load(`${portal.url}${path}`, 10, 3)
  const load_: Record<string, unknown> = {}
  say(`load: ${SECONDS} s per page and concurrency; "share" is req/s over the static file's`)
  say('page              who      conns   req/s  share     p50     p95     p99   errors')
  const ceiling: Record<number, number> = {}
  const line = (
    name: string,
    who: string,
    connections: number,
    outcome: Awaited<ReturnType<typeof load>>,
  ) =>
    say(
      `${name.padEnd(17)} ${who.padEnd(8)} ${String(connections).padStart(5)} ${String(outcome.requestsPerSecond).padStart(7)} ${(outcome.requestsPerSecond / (ceiling[connections] ?? outcome.requestsPerSecond)).toFixed(2).padStart(6)} ${`${outcome.p50} ms`.padStart(7)} ${`${outcome.p95} ms`.padStart(7)} ${`${outcome.p99} ms`.padStart(7)} ${String(outcome.errors).padStart(6)}`,
    )
  for (const connections of [10, 50]) {
    const outcome = await load(`${portal.url}${STATIC_FILE}`, connections)
    ceiling[connections] = outcome.requestsPerSecond
    load_[`static@${connections}`] = outcome
    line('static file', '', connections, outcome)
  }
  for (const [name, path] of Object.entries(PAGES)) {
    for (const [who, headers] of [
      ['visitor', {}],
      ['member', member],
    ] as const) {
      if (who === 'member') await load(`${portal.url}${path}`, 10, 3, headers)
      for (const connections of [10, 50]) {
        const outcome = await load(`${portal.url}${path}`, connections, SECONDS, headers)
        const share = Number((outcome.requestsPerSecond / ceiling[connections]!).toFixed(3))
        load_[`${name}@${connections}${who === 'member' ? ':member' : ''}`] = { ...outcome, share }
        line(name, who, connections, outcome)
      }
    }
  }
  results.load = load_
  results.afterEdit = await afterEdits(portal.url, adminCookie)
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
