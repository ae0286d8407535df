#!/usr/bin/env node
/**
 * `npm test`: the README's second command. Type-checks, lints (ESLint, Prettier), checks that generated files and
 * migrations match the code, runs the unit and integration suites (Payload on temporary SQLite
 * databases, a real SMTP sink), then the end-to-end suite against the production build.
 *
 * MONGODB_URI=mongodb://… npm test runs the integration suites on that MongoDB server instead,
 * when it answers; otherwise it says so and runs on SQLite.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)
const started = Date.now()
const reports = path.join(root, 'tmp', 'test-reports')
fs.rmSync(reports, { recursive: true, force: true })
fs.mkdirSync(reports, { recursive: true })

const say = (line) => process.stdout.write(`${line}\n`)
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function stage(name, command, args, env = process.env) {
  say(`\n── ${name} ${'─'.repeat(Math.max(0, 70 - name.length))}`)
  const begun = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  const seconds = ((Date.now() - begun) / 1000).toFixed(0)
  if (result.status !== 0) failures.push(`${name} (exit ${result.status})`)
  say(`   ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`)
  return result.status === 0
}

function vitest(name, args, env) {
  const report = path.join(reports, `${name.replace(/\W+/g, '-')}.json`)
  const ok = stage(
    name,
    'npx',
    [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  )
  try {
    const result = JSON.parse(fs.readFileSync(report, 'utf8'))
    totals.passed += result.numPassedTests
    totals.failed += result.numFailedTests
    totals.skipped += result.numPendingTests + result.numTodoTests
    if (result.numTotalTests === 0) failures.push(`${name} ran no test`)
  } catch {
    if (ok) failures.push(`${name} wrote no report`)
  }
}

async function reachable(uri) {
  let host = '127.0.0.1'
  let port = 27017
  try {
    const url = new URL(uri)
    if (url.protocol === 'mongodb+srv:') return true // DNS-seeded clusters: let the driver decide
    host = url.hostname || host
    port = Number(url.port || 27017)
  } catch {
    return false
  }
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 3000 })
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => (socket.destroy(), resolve(false)))
  })
}

// From a fresh clone, `npm test` installs first, like `npm run portal` does.
const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)
if (mtime('node_modules/.package-lock.json') < mtime('package-lock.json')) {
  stage('install', 'npm', ['ci', '--no-audit', '--no-fund'])
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const mongo = process.env.MONGODB_URI
let lane = 'SQLite'
if (mongo) {
  if (await reachable(mongo)) {
    lane = 'MongoDB'
  } else {
    say(
      `\nMongoDB lane SKIPPED: nothing answers at ${mongo.replace(/\/\/[^@]*@/, '//***@')}; running on SQLite.`,
    )
    delete env.MONGODB_URI
  }
} else {
  say('\nMongoDB lane: MONGODB_URI is not set, so the suites run on SQLite only.')
}

stage('typecheck', 'npx', ['tsc', '--noEmit'], env)
stage('lint', 'npx', ['eslint', '--max-warnings', '0', '.'], env)
stage('format', 'npx', ['prettier', '--check', '.'], env)
stage('generated files', 'node', ['scripts/check-generated.mjs'], env)
vitest(`unit and integration (${lane})`, ['--config', 'vitest.config.ts'], env)
vitest('end-to-end (production build)', ['--config', 'vitest.e2e.config.ts'], env)

const minutes = ((Date.now() - started) / 60000).toFixed(1)
say(`\n── summary ${'─'.repeat(62)}`)
say(`database lane: ${lane}; ${minutes} min`)
for (const failure of failures) say(`FAILED: ${failure}`)
say(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(failures.length > 0 || totals.failed > 0 ? 1 : 0)
