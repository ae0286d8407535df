#!/usr/bin/env node
/**
 * `npm run bench:search [-- 100000]`: the search benchmark, on its own data, Meilisearch and
 * production build. Numbers go into the README.
 *
 *  1. builds the production bundle into `.next-bench` (NEXT_DIST_DIR), never the shared `.next`,
 *     when its inputs changed (BENCH_SKIP_BUILD=1 reuses whatever is there);
 *  2. generates N resources into tmp/bench/search-data-v<DATA_VERSION>-n<N>/, in child processes
 *     of BENCH_SLICE (10,000) resources each, or reuses the database a previous run generated;
 *  3. on a copy of it, with a fresh Meilisearch: times a full rebuild (bench.ts `index`), with
 *     Meilisearch's and the reader's CPU seconds (what a busy machine's wall time hides);
 *  4. starts `next start` on the build and times index lag and queries at 1 and 10 clients,
 *     checking that each query finds its work (bench.ts `measure`, queries.ts, traffic.ts);
 *  5. stops the server and Meilisearch and times the same queries against a search-plugin-style
 *     table with LIKE (bench.ts `baseline`, baseline.ts);
 *  6. prints the results, writes tmp/bench-search.json, and fails if queries did not find their
 *     works (below MIN_FOUND overall or MIN_FOUND_PER_SCRIPT in a script) or got errors.
 *
 * Whatever happens (an error, Ctrl+C, SIGTERM, SIGHUP) the Meilisearch, server and children it
 * started are stopped; should this process be killed outright, a watchdog stops them, and the
 * next run stops any that a previous run left behind (recorded in tmp/bench/search-run.json).
 *
 * MONGODB_URI=mongodb://… runs it on MongoDB (a database per N, kept between runs).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
process.chdir(root)
const { register } = await import('tsx/esm/api')
register()
const { DATA_VERSION } = await import('./data.ts')
const { startMeilisearch } = await import('../../../src/search/server.ts')

const N = Number(process.argv[2] ?? process.env.BENCH_DOCS ?? 100_000)
if (!Number.isInteger(N) || N < 105)
  throw new Error(
    `bench: the number of documents must be an integer of at least 105, not "${process.argv[2]}"`,
  )
const SLICE = Number(process.env.BENCH_SLICE ?? 10_000)
/** Generate (or find) the data and stop: how `npm run bench:pages` gets its 100,000 works. */
const GENERATE_ONLY = process.env.BENCH_GENERATE_ONLY === '1'
const DIST = '.next-bench'
/** Below these shares of queries finding their work the benchmark fails: its timings would mean little. */
const MIN_FOUND = 0.95
const MIN_FOUND_PER_SCRIPT = 0.85
const say = (line) => console.log(`bench: ${line}`)
const fmt = (n) => Math.round(n).toLocaleString('en')
const minutes = (seconds) =>
  seconds < 90 ? `${seconds.toFixed(0)} s` : `${(seconds / 60).toFixed(1)} min`
const free = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

// ---------------------------------------------------------------------------------------------
// Processes: everything started is recorded, stopped on every way out, and watched.
const stateFile = path.join(root, 'tmp/bench/search-run.json')
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-bench-'))
/** @type {Map<number, { name: string, group: boolean, child: import('node:child_process').ChildProcess }>} */
const running = new Map()
let watchdog

const signal = (pid, group, sig) => {
  try {
    process.kill(group ? -pid : pid, sig)
  } catch {
    // already gone
  }
}

/** Stops what an earlier run left behind, if it died without cleaning up (by its recorded pids). */
function stopLeftovers() {
  let previous
  try {
    previous = JSON.parse(fs.readFileSync(stateFile, 'utf8'))
  } catch {
    return
  }
  let previousCommand = ''
  try {
    previousCommand = fs.readFileSync(`/proc/${previous.pid}/cmdline`, 'utf8')
  } catch {
    // not running
  }
  if (previousCommand.includes('tests/bench/search/run.mjs')) {
    console.error(
      `bench: another benchmark (pid ${previous.pid}) is running; wait for it or stop it first`,
    )
    process.exit(1)
  }
  for (const { pid, group, name } of previous.processes ?? []) {
    // Only a process that still carries that run's marker in its environment: pids get reused.
    let environ = ''
    try {
      environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8')
    } catch {
      continue
    }
    if (!environ.split('\0').includes(`BENCH_RUN_DIR=${previous.dir}`)) continue
    say(`stopping ${name} (pid ${pid}) left behind by an earlier run`)
    signal(pid, group, 'SIGKILL')
  }
  fs.rmSync(previous.dir, { recursive: true, force: true })
}

function record() {
  const processes = [...running].map(([pid, { name, group }]) => ({ pid, name, group }))
  fs.writeFileSync(stateFile, JSON.stringify({ pid: process.pid, dir: runDir, processes }, null, 2))
  // The watchdog outlives this process only to kill what it started, should it die by SIGKILL.
  if (watchdog) signal(watchdog.pid, false, 'SIGKILL')
  watchdog = undefined
  if (processes.length === 0) return
  const targets = processes.map(({ pid, group }) => (group ? `-${pid}` : `${pid}`)).join(' ')
  watchdog = spawn(
    'sh',
    [
      '-c',
      `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -9 ${targets} 2>/dev/null`,
    ],
    { detached: true, stdio: 'ignore' },
  )
  watchdog.unref()
}

function track(name, child, { group = false } = {}) {
  running.set(child.pid, { name, group, child })
  record()
  child.once('exit', () => {
    running.delete(child.pid)
    record()
  })
  return child
}

async function stopAll() {
  const waits = [...running.values()].map(({ child, group }) => {
    const exited =
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise((resolve) => child.once('exit', resolve))
    signal(child.pid, group, 'SIGTERM')
    const force = setTimeout(() => signal(child.pid, group, 'SIGKILL'), 10_000)
    return exited.then(() => {
      clearTimeout(force)
      // `next start` forks its server: the whole group must be gone, not only its leader.
      if (group) signal(child.pid, true, 'SIGKILL')
    })
  })
  await Promise.all(waits)
}

let exiting = false
function finalCleanUp() {
  for (const [pid, { group }] of running) signal(pid, group, 'SIGKILL')
  if (watchdog) signal(watchdog.pid, false, 'SIGKILL')
  fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 })
  // Only our own record: another run's must stay, so its leftovers can be found.
  try {
    if (JSON.parse(fs.readFileSync(stateFile, 'utf8')).pid === process.pid) fs.rmSync(stateFile)
  } catch {
    // none
  }
}
async function quit(code, message) {
  if (exiting) return
  exiting = true
  if (message) console.error(`\nbench: ${message}`)
  await stopAll()
  process.exit(code)
}
process.on('exit', finalCleanUp)
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(sig, () => void quit(130, `${sig}: stopping everything it started…`))
process.on('uncaughtException', (error) => void quit(1, error.stack ?? String(error)))
process.on(
  'unhandledRejection',
  (error) => void quit(1, error instanceof Error ? (error.stack ?? error.message) : String(error)),
)

fs.mkdirSync(path.dirname(stateFile), { recursive: true })
stopLeftovers()
process.env.BENCH_RUN_DIR = runDir
record()

/**
 * Runs a command to its end and resolves with how it ended; lines starting with `@bench ` go to
 * onReport, the rest through. With readyTimeoutMs, a child that has not reported `ready` by then
 * is killed.
 */
function run(name, command, args, { env, group = false, onReport, readyTimeoutMs } = {}) {
  return new Promise((resolve) => {
    const child = track(
      name,
      spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'], detached: group }),
      { group },
    )
    let pending = ''
    let ready = false
    let timedOut = false
    const timer = readyTimeoutMs
      ? setTimeout(() => {
          if (ready) return
          timedOut = true
          signal(child.pid, group, 'SIGKILL')
        }, readyTimeoutMs)
      : undefined
    child.stdout.on('data', (chunk) => {
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop()
      for (const line of lines) {
        if (!line.startsWith('@bench ')) {
          process.stdout.write(`${line}\n`)
          continue
        }
        const report = JSON.parse(line.slice(7))
        if (report.ready) ready = true
        onReport?.(report)
      }
    })
    child.once('exit', (code, sig) => {
      clearTimeout(timer)
      resolve({ code, signal: sig, ready, timedOut })
    })
  })
}
async function mustRun(name, command, args, options) {
  const { code, signal: sig } = await run(name, command, args, options)
  if (code !== 0) throw new Error(`${name} failed (${sig ?? `exit ${code}`})`)
}

/**
 * Runs a TypeScript script with `payload run` until it reports `finished`. `payload run` loads
 * TypeScript through tsx's off-thread loader hooks, and on Node 20 under load an import there
 * sometimes never settles: the process then exits with status 0 or 13 (unsettled top-level
 * await) without having run the script, or hangs (payloadcms/payload#17757). Measured here: about
 * one start in five on a busy machine. Such a start is retried; the scripts are safe to rerun.
 * A script that fails after it started (exit 1, an error printed) is not retried.
 */
async function payloadRun(name, script, env, { onReport, attempts = 6 } = {}) {
  for (let attempt = 1; ; attempt++) {
    let finished = false
    const outcome = await run(
      name,
      process.execPath,
      ['node_modules/payload/bin.js', 'run', script],
      {
        env,
        readyTimeoutMs: 5 * 60_000,
        onReport: (report) => {
          if (report.finished) finished = true
          onReport?.(report)
        },
      },
    )
    if (outcome.code === 0 && finished) return
    if (exiting) throw new Error(`${name} stopped`)
    const lostStart = outcome.timedOut || (!finished && (outcome.code === 0 || outcome.code === 13))
    if (!lostStart || attempt >= attempts)
      throw new Error(
        `${name} failed (${outcome.signal ?? `exit ${outcome.code}`}${outcome.ready ? '' : ', before its script started'})`,
      )
    say(
      `  ${name}: its process ended before running the script (${outcome.timedOut ? 'no start within 5 min' : `exit ${outcome.code}`}, a known tsx loader race); retrying (${attempt + 1}/${attempts})`,
    )
  }
}

// ---------------------------------------------------------------------------------------------
const began = Date.now()
main().catch((error) =>
  quit(1, error instanceof Error ? (error.stack ?? error.message) : String(error)),
)

async function main() {
  const MEILI_MASTER_KEY = 'bench-master-key-0123456789abcdef'
  const baseEnv = {
    ...process.env,
    BENCH_DIR: runDir,
    BENCH_DOCS: String(N),
    PAYLOAD_SECRET: 'bench-secret',
    JOBS_AUTORUN: 'false',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    UPLOADS_DIR: path.join(runDir, 'uploads'),
    MEILI_MASTER_KEY,
    MEILI_INDEX_PREFIX: 'bench',
  }
  delete baseEnv.MEILI_HOST

  // 1. The production build, in its own folder.
  const mtime = (file) => {
    try {
      return fs.statSync(file).mtimeMs
    } catch {
      return 0
    }
  }
  function newest(paths) {
    let latest = 0
    const visit = (entry) => {
      let stat
      try {
        stat = fs.statSync(entry)
      } catch {
        return
      }
      if (stat.isDirectory())
        for (const child of fs.readdirSync(entry)) visit(path.join(entry, child))
      else latest = Math.max(latest, stat.mtimeMs)
    }
    paths.forEach(visit)
    return latest
  }
  const buildInputs = [
    'src',
    'collections',
    'migrations',
    'public',
    'payload.config.ts',
    'next.config.ts',
    'package-lock.json',
  ]
  if (GENERATE_ONLY) {
    say('BENCH_GENERATE_ONLY=1: the data only, no build')
  } else if (process.env.BENCH_SKIP_BUILD === '1' && fs.existsSync(`${DIST}/BUILD_ID`)) {
    say(`using the existing build in ${DIST}/ (BENCH_SKIP_BUILD=1)`)
  } else if (mtime(`${DIST}/BUILD_ID`) >= newest(buildInputs)) {
    say(`the build in ${DIST}/ is up to date`)
  } else {
    say(`building the production bundle into ${DIST}/ …`)
    const started = Date.now()
    // `next build` adds its folder to tsconfig.json's include and points next-env.d.ts at it:
    // shared files, so both are put back as they were.
    const before = {
      tsconfig: fs.readFileSync('tsconfig.json', 'utf8'),
      nextEnv: fs.existsSync('next-env.d.ts')
        ? fs.readFileSync('next-env.d.ts', 'utf8')
        : undefined,
    }
    try {
      await mustRun('next build', process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
        env: { ...baseEnv, NEXT_DIST_DIR: DIST, DATABASE_URI: `file:${runDir}/build.db` },
        group: true,
      })
    } finally {
      try {
        restoreSharedFiles(before)
      } catch (error) {
        say(
          `note: could not check tsconfig.json and next-env.d.ts after the build (${error.message})`,
        )
      }
    }
    say(`built in ${minutes((Date.now() - started) / 1000)}`)
  }
  function restoreSharedFiles(before) {
    const tsconfig = fs.readFileSync('tsconfig.json', 'utf8')
    if (tsconfig !== before.tsconfig) {
      const parsed = JSON.parse(tsconfig)
      parsed.include = parsed.include?.filter((entry) => !entry.startsWith(`${DIST}/`))
      const cleaned = `${JSON.stringify(parsed, null, 2)}\n`
      if (
        cleaned === before.tsconfig ||
        JSON.stringify(parsed) === JSON.stringify(JSON.parse(before.tsconfig))
      )
        fs.writeFileSync('tsconfig.json', before.tsconfig)
      else say(`note: tsconfig.json changed during the build; left as it is`)
    }
    if (
      before.nextEnv !== undefined &&
      fs.readFileSync('next-env.d.ts', 'utf8').includes(`${DIST}/`)
    )
      fs.writeFileSync('next-env.d.ts', before.nextEnv)
  }

  // 2. The data: kept between runs, keyed by N and the data format.
  const mongo = process.env.MONGODB_URI
  const dataDir = path.join(
    root,
    `tmp/bench/search-data-v${DATA_VERSION}-n${N}${mongo ? '-mongodb' : ''}`,
  )
  const dataDb = path.join(dataDir, 'bench.db')
  const mongoUrl = mongo ? new URL(mongo) : undefined
  if (mongoUrl) mongoUrl.pathname = `/cop_bench_v${DATA_VERSION}_n${N}`
  const dataUri = mongoUrl ? mongoUrl.toString() : `file:${dataDb}`
  const markerFile = path.join(dataDir, 'complete.json')
  let generation
  let reused = false
  try {
    generation = JSON.parse(fs.readFileSync(markerFile, 'utf8'))
    if (generation.uri !== dataUri.replace(/\/\/[^@]*@/, '//')) generation = undefined
  } catch {
    generation = undefined
  }
  if (generation) {
    reused = true
    say(
      `reusing the ${fmt(N)} resources generated on ${generation.at} (${dataDir.replace(`${root}/`, '')}; delete it to regenerate)`,
    )
  } else {
    fs.mkdirSync(dataDir, { recursive: true })
    const genEnv = { ...baseEnv, DATABASE_URI: dataUri }
    const started = Date.now()
    let peakRssMb = 0
    say(
      `generating ${fmt(N)} resources into ${dataDir.replace(`${root}/`, '')}/ (${Math.ceil(N / SLICE)} processes of up to ${fmt(SLICE)})…`,
    )
    await payloadRun(
      'generator setup',
      'tests/bench/search/generate.ts',
      { ...genEnv, BENCH_PHASE: 'setup' },
      { onReport: (r) => (peakRssMb = Math.max(peakRssMb, r.maxRssMb ?? 0)) },
    )
    say(`  migrated and seeded in ${minutes((Date.now() - started) / 1000)}`)
    const genStarted = Date.now()
    let created = 0
    let lastLog = 0
    for (let from = 0; from < N; from += SLICE) {
      const to = Math.min(N, from + SLICE)
      const createdBefore = created
      await payloadRun(
        `generator ${from}-${to}`,
        'tests/bench/search/generate.ts',
        { ...genEnv, BENCH_FROM: String(from), BENCH_TO: String(to) },
        {
          onReport: (r) => {
            if (r.maxRssMb) peakRssMb = Math.max(peakRssMb, r.maxRssMb)
            if (r.rssMb) peakRssMb = Math.max(peakRssMb, r.rssMb)
            if (r.done === undefined) return
            created = createdBefore + r.created
            const done = from + r.done
            if (Date.now() - lastLog < 10_000 && done !== to) return
            lastLog = Date.now()
            const seconds = (Date.now() - genStarted) / 1000
            const rate = created / seconds
            const eta = rate > 0 ? (N - done) / rate : 0
            say(
              `  ${fmt(done)}/${fmt(N)} (${rate.toFixed(0)} docs/s, ${done < N ? `about ${minutes(eta)} left` : 'done'}, generator RSS ${r.rssMb} MB)`,
            )
          },
        },
      )
    }
    const seconds = (Date.now() - started) / 1000
    generation = {
      at: new Date().toISOString(),
      uri: dataUri.replace(/\/\/[^@]*@/, '//'),
      documents: N,
      seconds: Math.round(seconds),
      docsPerSecond: Math.round(created / ((Date.now() - genStarted) / 1000)),
      peakRssMb,
    }
    fs.writeFileSync(markerFile, JSON.stringify(generation, null, 2))
    say(
      `generated in ${minutes(seconds)} (${generation.docsPerSecond} docs/s, generator peak RSS ${peakRssMb} MB)`,
    )
  }

  if (GENERATE_ONLY) {
    // The pages benchmark measures on this data too (BENCH_DATABASE, tests/bench/pages).
    say(`data ready: ${dataUri}`)
    await quit(0)
    return
  }

  // 3. A copy of the data (the edits below must not change what is kept) and a fresh Meilisearch.
  let databaseUri = dataUri
  if (!mongo) {
    const started = Date.now()
    fs.copyFileSync(dataDb, path.join(runDir, 'bench.db'), fs.constants.COPYFILE_FICLONE)
    if (fs.existsSync(`${dataDb}-wal`))
      fs.copyFileSync(`${dataDb}-wal`, path.join(runDir, 'bench.db-wal'))
    databaseUri = `file:${path.join(runDir, 'bench.db')}`
    say(
      `copied the database (${fmt(fs.statSync(dataDb).size / 1e6)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  }
  const meiliPort = await free()
  const meili = await startMeilisearch({
    dataDir: path.join(runDir, 'meili'),
    port: meiliPort,
    masterKey: MEILI_MASTER_KEY,
  })
  track('meilisearch', meili.process)
  const env = {
    ...baseEnv,
    DATABASE_URI: databaseUri,
    MEILI_HOST: meili.host,
    BENCH_DATA_DIR: mongo ? runDir : dataDir,
  }

  // Meilisearch's CPU time during the rebuild: on a busy machine the wall time says more about
  // the neighbours than about the work; CPU seconds say how much work there was.
  const meiliCpuSeconds = () => {
    const fields = fs
      .readFileSync(`/proc/${meili.process.pid}/stat`, 'utf8')
      .split(') ')[1]
      .split(' ')
    // utime and stime, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100
  }
  const loadAtIndex = os.loadavg()
  const meiliCpuBefore = meiliCpuSeconds()
  await payloadRun('full index', 'tests/bench/search/bench.ts', { ...env, BENCH_PHASE: 'index' })
  const indexed = JSON.parse(fs.readFileSync(path.join(runDir, 'index.json'), 'utf8'))
  indexed.meilisearchCpuSeconds = meiliCpuSeconds() - meiliCpuBefore
  indexed.loadAverage = [loadAtIndex, os.loadavg()]
  say(
    `full index: ${fmt(indexed.documents)} search documents in ${indexed.seconds.toFixed(1)} s (CPU: Meilisearch ${indexed.meilisearchCpuSeconds.toFixed(0)} s, reader ${indexed.readerCpuSeconds.toFixed(0)} s)`,
  )

  // 4. The production server on that data, then the measurements.
  const port = await free()
  const base = `http://127.0.0.1:${port}`
  say('starting the production server…')
  const serverLog = fs.openSync(path.join(runDir, 'server.log'), 'a')
  const server = track(
    'next start',
    spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
      {
        env: {
          ...env,
          NODE_ENV: 'production',
          NEXT_DIST_DIR: DIST,
          PORT: String(port),
          SERVER_URL: base,
          JOBS_AUTORUN: 'true',
        },
        stdio: ['ignore', serverLog, serverLog],
        detached: true,
      },
    ),
    { group: true },
  )
  const serverFailed = () => {
    fs.mkdirSync('tmp/bench', { recursive: true })
    fs.copyFileSync(path.join(runDir, 'server.log'), 'tmp/bench/search-server.log')
    return `the production server failed; its log is in tmp/bench/search-server.log`
  }
  for (let ready = false, tries = 0; !ready; tries++) {
    if (server.exitCode !== null || tries > 300) throw new Error(serverFailed())
    ready = await fetch(`${base}/api/themes?limit=1`).then(
      (response) => response.ok,
      () => false,
    )
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  await fetch(`${base}/api/search?q=warm`).catch(() => undefined)
  try {
    await payloadRun('measurements', 'tests/bench/search/bench.ts', {
      ...env,
      BENCH_PHASE: 'measure',
      BENCH_BASE: base,
    })
  } catch (error) {
    serverFailed()
    throw error
  }
  const measured = JSON.parse(fs.readFileSync(path.join(runDir, 'measure.json'), 'utf8'))
  const meiliPeakMb = (() => {
    try {
      return Math.round(
        Number(
          /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${meili.process.pid}/status`, 'utf8'))[1],
        ) / 1024,
      )
    } catch {
      return undefined
    }
  })()
  await stopAll()

  // The database baseline, with the server and Meilisearch stopped: the database alone.
  let baseline
  if (!mongo) {
    await payloadRun('database baseline', 'tests/bench/search/bench.ts', {
      ...env,
      BENCH_PHASE: 'baseline',
    })
    baseline = JSON.parse(fs.readFileSync(path.join(runDir, 'baseline.json'), 'utf8'))
  } else say('the database baseline runs on SQLite only: skipped on MongoDB')

  // 5. Results.
  const percentile = (values, p) => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
  }
  const round = (value) => Number(value.toFixed(1))
  const spread = (values) => ({
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
  })
  const show = ({ p50, p95, p99 }) => `p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms`
  const share = ([found, asked]) => `${found}/${asked} (${((100 * found) / asked).toFixed(1)} %)`
  const traffic = Object.fromEntries(
    Object.entries(measured.traffic).map(([clients, t]) => {
      const all = Object.values(t.found.byKind).reduce(
        (sum, [f, a]) => [sum[0] + f, sum[1] + a],
        [0, 0],
      )
      return [
        clients,
        {
          apiMs: spread(t.ms),
          meilisearchMs: spread(t.engineMs),
          requestsPerSecond: round(t.ms.length / t.seconds),
          errors: t.errors,
          found: all,
          foundByScript: t.found.byScript,
          foundByKind: t.found.byKind,
          misses: t.misses,
        },
      ]
    }),
  )
  const summary = {
    documents: N,
    searchDocuments: indexed.documents,
    generation: { reused, ...generation },
    fullIndex: {
      seconds: round(indexed.seconds),
      meilisearchCpuSeconds: round(indexed.meilisearchCpuSeconds),
      readerCpuSeconds: round(indexed.readerCpuSeconds),
      thaiCutIn: indexed.thaiCutIn,
      loadAverage: indexed.loadAverage.map((load) => load.map(round)),
    },
    indexLagMs: { ...spread(measured.lags), each: measured.lags.map(round) },
    lagIndexing: {
      ...measured.indexing,
      seconds: measured.indexing.seconds.length ? spread(measured.indexing.seconds) : undefined,
    },
    search: traffic,
    baseline: baseline && {
      ms: spread(baseline.ms),
      requestsPerSecond: round(
        baseline.ms.length / (baseline.ms.reduce((a, b) => a + b, 0) / 1000),
      ),
      found: [baseline.hits, baseline.queries],
      table: baseline.fill,
    },
    meilisearchPeakRssMb: meiliPeakMb,
    loadAverageAtEnd: os.loadavg().map(round),
    totalSeconds: Math.round((Date.now() - began) / 1000),
  }
  say('')
  say(
    `${fmt(N)} resources → ${fmt(indexed.documents)} search documents (${mongo ? 'MongoDB' : 'SQLite'}); load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} (${os.cpus().length} cores)`,
  )
  say(
    `data                        ${reused ? 'reused; ' : ''}${minutes(generation.seconds)} to generate, ${generation.docsPerSecond} docs/s, generator peak RSS ${generation.peakRssMb} MB`,
  )
  say(
    `full index                  ${minutes(indexed.seconds)} (CPU: Meilisearch ${indexed.meilisearchCpuSeconds.toFixed(0)} s, reader ${indexed.readerCpuSeconds.toFixed(0)} s; load ${indexed.loadAverage[0][0].toFixed(1)} → ${indexed.loadAverage[1][0].toFixed(1)})`,
  )
  say(
    `index lag (100 REST edits)  p50 ${(summary.indexLagMs.p50 / 1000).toFixed(2)} s, p95 ${(summary.indexLagMs.p95 / 1000).toFixed(2)} s, worst ${(Math.max(...measured.lags) / 1000).toFixed(2)} s`,
  )
  if (measured.indexing.batches)
    say(
      `  Meilisearch meanwhile      ${measured.indexing.tasks} edits in ${measured.indexing.batches} batches, each p50 ${percentile(measured.indexing.seconds, 50).toFixed(2)} s, p95 ${percentile(measured.indexing.seconds, 95).toFixed(2)} s; most time in ${measured.indexing.slowestSteps
        .slice(0, 3)
        .map(([step, total]) => `${step} (${total} s)`)
        .join(', ')}`,
    )
  for (const [clients, t] of Object.entries(traffic)) {
    say(
      `/api/search, ${clients.padStart(2)} client${clients === '1' ? ' ' : 's'}     ${show(t.apiMs)}, ${t.requestsPerSecond} req/s, ${t.errors} errors`,
    )
    say(`  of which Meilisearch       ${show(t.meilisearchMs)} (its processingTimeMs)`)
    say(
      `  expected work found       ${share(t.found)}; ${Object.entries(t.foundByScript)
        .map(([script, counts]) => `${script} ${share(counts)}`)
        .join(', ')}`,
    )
  }
  if (summary.baseline) {
    const b = summary.baseline
    say(
      `search-plugin table, LIKE   ${show(b.ms)}, ${b.requestsPerSecond} req/s (1 client, the first ${b.found[1]} queries), expected work found ${share(b.found)}; ${fmt(b.table.rows)} rows, ${fmt(b.table.megabytes)} MB of text, filled in ${b.table.seconds.toFixed(0)} s`,
    )
    const api = traffic[1].apiMs
    say(
      `LIKE / Meilisearch          ${(b.ms.p50 / api.p50).toFixed(1)}× at p50, ${(b.ms.p95 / api.p95).toFixed(1)}× at p95 (1 client)`,
    )
  }
  say(
    `Thai                        ${indexed.thaiCutIn.length ? `cut into words at indexing (${indexed.thaiCutIn.join(', ')})` : 'NOT cut into words at indexing'}; Thai queries found their work: ${share(traffic[1].foundByScript.th)}`,
  )
  if (meiliPeakMb) say(`Meilisearch peak RSS        ${meiliPeakMb} MB`)
  say(`whole run                   ${minutes(summary.totalSeconds)}`)
  fs.mkdirSync('tmp', { recursive: true })
  fs.writeFileSync('tmp/bench-search.json', JSON.stringify(summary, null, 2))

  // The queries are only worth timing if they find what they were drawn from.
  const failures = []
  for (const [clients, t] of Object.entries(traffic)) {
    if (t.errors > 0) failures.push(`${t.errors} answers were not 200 at ${clients} client(s)`)
    if (t.found[0] / t.found[1] < MIN_FOUND)
      failures.push(
        `only ${share(t.found)} of the queries found their work at ${clients} client(s)`,
      )
    for (const [script, counts] of Object.entries(t.foundByScript))
      if (counts[0] / counts[1] < MIN_FOUND_PER_SCRIPT)
        failures.push(`${script}: only ${share(counts)} found their work at ${clients} client(s)`)
  }
  if (failures.length) {
    console.error(
      `\nbench: FAILED, see the misses in tmp/bench-search.json:\n  ${failures.join('\n  ')}`,
    )
    process.exit(1)
  }
  process.exit(0)
}
