#!/usr/bin/env node
/**
 * Generated files must match the code: Payload's TypeScript types and admin import map are
 * regenerated and compared with what is committed, and the SQLite schema must need no migration
 * beyond the committed ones, and the language-name font subsets must cover every language name.
 * Each failure says the command that fixes it.
 *
 * Everything is regenerated into a temporary folder (scripts/generate-into.ts), never over the
 * working tree: a check that rewrote the files would pass the second time it ran.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-generated-'))
const out = path.join(scratch, 'generated')
const env = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'generation-only',
  DATABASE_URI: `file:${path.join(scratch, 'check.db')}`,
  SEED_ON_START: 'false',
  LOG_LEVEL: 'warn',
}
const problems = []
const read = (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined)

/**
 * Runs scripts/generate-into.ts, again when it was cut short (no manifest, and not a plain
 * failure, exit 1): under load its tsx loader sometimes loses an import and the process ends
 * with exit 13, or stalls: measured at one run in four here, and three in a row once, so it
 * gets ten tries (each takes about 5 s).
 */
const ATTEMPTS = 10

function regenerate() {
  let generation
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    fs.rmSync(out, { recursive: true, force: true })
    generation = spawnSync('node', ['--import', 'tsx', 'scripts/generate-into.ts', out], {
      env,
      encoding: 'utf8',
      timeout: 180_000,
      killSignal: 'SIGKILL',
    })
    const manifest = read(path.join(out, 'generated.json'))
    if (manifest || generation.status === 1) return { generation, manifest }
    process.stderr.write(
      `generated files: regeneration ended early (exit ${generation.status ?? generation.signal}), attempt ${attempt} of ${ATTEMPTS}\n`,
    )
  }
  return { generation, manifest: undefined }
}

try {
  const { generation, manifest } = regenerate()
  if (!manifest) {
    problems.push(
      `regenerating into ${out} failed (exit ${generation.status}):\n${generation.stderr}`,
    )
  } else {
    const { files, migrations } = JSON.parse(manifest)
    const stale = files.filter((file) => read(path.join(out, file)) !== read(file))
    if (stale.length > 0) {
      problems.push(
        `${stale.join(' and ')} ${stale.length > 1 ? 'do' : 'does'} not match the code (run "npm run generate" and commit the result)`,
      )
    }
    const committed = new Set(fs.readdirSync(migrations))
    const added = fs.readdirSync(path.join(out, migrations)).filter((file) => !committed.has(file))
    if (added.length > 0) {
      problems.push(
        'the collections changed the database schema without a migration (run "npm run migrate:create <name>" and commit it)',
      )
    }
  }

  const fonts = spawnSync(
    'node',
    ['--import', 'tsx', 'scripts/subset-language-names.ts', '--check'],
    { env, encoding: 'utf8' },
  )
  if (fonts.status !== 0) {
    problems.push(fonts.stderr.trim() || 'the language-name font check failed')
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true })
}

if (problems.length > 0) {
  for (const problem of problems) process.stderr.write(`generated files: ${problem}\n`)
  process.exit(1)
}
process.stdout.write(
  'generated files: types, import map, migrations and language-name fonts match the code.\n',
)
