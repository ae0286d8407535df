import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type RunningPortal = {
  url: string
  /** The environment the portal runs with, for command-line processes on the same database. */
  env: Record<string, string>
  output: () => string
  process: ChildProcess
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Runs the README's first command (`npm run portal` is `node scripts/portal.mjs`) as a newcomer would. */
export async function startPortal(env: Record<string, string> = {}): Promise<RunningPortal> {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-e2e-'))
  const mongo = process.env.MONGODB_URI
  const database = mongo
    ? new URL(`/cop_e2e_${Date.now()}`, mongo).toString()
    : `file:${dir}/portal.db`
  let log = ''
  const portalEnv: Record<string, string> = {
    PORT: String(port),
    SERVER_URL: `http://localhost:${port}`,
    DATABASE_URI: database,
    SMTP_PORT: String(await freePort()),
    MEILI_PORT: String(await freePort()),
    MEILI_DATA_DIR: path.join(dir, 'meili'),
    MEILI_INDEX_PREFIX: 'e2e',
    JOBS_AUTORUN: 'true',
    MAIL_DIR: path.join(dir, 'mail'),
    UPLOADS_DIR: path.join(dir, 'uploads'),
    PAYLOAD_SECRET: 'e2e-secret-not-for-production',
    SEED_ON_START: 'true',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
    ...env,
  }
  const child = spawn('node', ['scripts/portal.mjs'], {
    env: { ...process.env, ...portalEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const append = (chunk: Buffer) => {
    log += chunk.toString()
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )

  const portal: RunningPortal = {
    url: `http://localhost:${port}`,
    env: portalEnv,
    output: () => log,
    process: child,
    stop: async (signal = 'SIGINT') => {
      if (child.exitCode === null) child.kill(signal)
      const code = await exited
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
      return code
    },
  }
  const ready = await Promise.race([
    new Promise<boolean>((resolve) => {
      const timer = setInterval(() => {
        if (!log.includes('Portal ready')) return
        clearInterval(timer)
        resolve(true)
      }, 250)
    }),
    exited.then(() => false),
  ])
  if (!ready) throw new Error(`The portal did not start:\n${log}`)
  return portal
}
