import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startMeilisearch, type ManagedMeilisearch } from '@/search/server'

import { freePort } from './portalProcess'

export type TestMeili = ManagedMeilisearch & {
  port: number
  dataDir: string
  restart: () => Promise<void>
}

/** A real Meilisearch for one test file, on loopback, with its own data; MEILI_* point at it. */
export async function startTestMeilisearch(): Promise<TestMeili> {
  const port = await freePort()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cop-meili-'))
  const masterKey = 'test-master-key-0123456789abcdef'
  process.env.MEILI_HOST = `http://127.0.0.1:${port}`
  process.env.MEILI_MASTER_KEY = masterKey
  let current = await startMeilisearch({ dataDir, port, masterKey })
  const handle: TestMeili = {
    port,
    dataDir,
    get host() {
      return current.host
    },
    get process() {
      return current.process
    },
    stop: async () => {
      await current.stop()
    },
    restart: async () => {
      current = await startMeilisearch({ dataDir, port, masterKey })
    },
  }
  return handle
}

export function removeMeiliData(meili: TestMeili) {
  fs.rmSync(meili.dataDir, { recursive: true, force: true })
}
