#!/usr/bin/env node
/**
 * Generated files must match the code: Payload's TypeScript types and admin import map are
 * regenerated and compared with what is committed, and the SQLite schema must need no migration
 * beyond the committed ones, and the language-name font subsets must cover every language name.
 * Each failure says the command that fixes it.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const env = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'generation-only',
  DATABASE_URI: `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cop-generated-')), 'check.db')}`,
  SEED_ON_START: 'false',
  LOG_LEVEL: 'warn',
}
const problems = []
const run = (args) => spawnSync('npx', args, { env, encoding: 'utf8' })

// Compared with what is on disk (in CI, what is committed); regenerated files are left in place.
const generated = ['src/payload-types.ts', 'src/app/(payload)/admin/importMap.js']
const before = new Map(
  generated.map((file) => [file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '']),
)
for (const args of [
  ['payload', 'generate:types'],
  ['payload', 'generate:importmap'],
]) {
  const result = run(args)
  if (result.status !== 0) problems.push(`"${args.join(' ')}" failed:\n${result.stderr}`)
}
const stale = generated.filter((file) => fs.readFileSync(file, 'utf8') !== before.get(file))
if (stale.length > 0) {
  problems.push(
    `${stale.join(' and ')} did not match the code; they are regenerated now: review and commit them`,
  )
}

const migrationsBefore = new Set(fs.readdirSync('migrations'))
const index = fs.readFileSync('migrations/index.ts', 'utf8')
const migration = run(['payload', 'migrate:create', 'schema-drift-check', '--skip-empty'])
const added = fs.readdirSync('migrations').filter((file) => !migrationsBefore.has(file))
if (added.length > 0) {
  for (const file of added) fs.rmSync(path.join('migrations', file))
  fs.writeFileSync('migrations/index.ts', index)
  problems.push(
    'the collections changed the database schema without a migration (run "npm run migrate:create <name>" and commit it)',
  )
} else if (migration.status !== 0) {
  problems.push(`"payload migrate:create" failed:\n${migration.stderr}`)
}

const fonts = spawnSync(
  'node',
  ['--import', 'tsx', 'scripts/subset-language-names.ts', '--check'],
  { env, encoding: 'utf8' },
)
if (fonts.status !== 0) problems.push(fonts.stderr.trim() || 'the language-name font check failed')

if (problems.length > 0) {
  for (const problem of problems) process.stderr.write(`generated files: ${problem}\n`)
  process.exit(1)
}
process.stdout.write(
  'generated files: types, import map, migrations and language-name fonts match the code.\n',
)
