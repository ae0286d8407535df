#!/usr/bin/env node
/**
 * `npm run bench:search [-- 100000]`: the search benchmark on a throwaway database and
 * Meilisearch. Sets the environment, then runs bench.ts through `payload run` (which loads the
 * config from that environment). Numbers go into the README.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const free = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-bench-'))
const env = {
  ...process.env,
  BENCH_DIR: dir,
  BENCH_DOCS: process.argv[2] ?? process.env.BENCH_DOCS ?? '100000',
  DATABASE_URI: `file:${dir}/bench.db`,
  MEILI_PORT: String(await free()),
  MEILI_MASTER_KEY: 'bench-master-key-0123456789abcdef',
  MEILI_INDEX_PREFIX: 'bench',
  BENCH_PORT: String(await free()),
  PAYLOAD_SECRET: 'bench-secret',
  JOBS_AUTORUN: 'false',
  SEED_ON_START: 'false',
  LOG_LEVEL: 'warn',
  UPLOADS_DIR: path.join(dir, 'uploads'),
}
env.MEILI_HOST = `http://127.0.0.1:${env.MEILI_PORT}`
const result = spawnSync('npx', ['payload', 'run', 'tests/bench/search/bench.ts'], { stdio: 'inherit', env })
fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
process.exit(result.status ?? 1)
