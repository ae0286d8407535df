import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

type Env = Record<string, string | undefined>

export type SearchConfig = {
  /** Where Meilisearch answers, e.g. http://127.0.0.1:7700. */
  host: string
  /** Master key: used only to make the scoped keys and by the indexing jobs, never per query. */
  masterKey: string
  /** Prefix of every index the portal owns (tests give each file its own). */
  indexPrefix: string
}

export const DEFAULT_MEILI_PORT = 7700

/**
 * Production names its server with MEILI_HOST and MEILI_MASTER_KEY. Elsewhere the project runs
 * its own Meilisearch on loopback (see server.ts) with a key kept beside the data, made once.
 */
export function searchConfig({
  env = process.env,
  dataDir = path.resolve(process.cwd(), 'data'),
}: { env?: Env; dataDir?: string } = {}): SearchConfig {
  const host = env.MEILI_HOST || `http://127.0.0.1:${env.MEILI_PORT ?? DEFAULT_MEILI_PORT}`
  return {
    host,
    masterKey: env.MEILI_MASTER_KEY || localMasterKey(dataDir),
    indexPrefix: env.MEILI_INDEX_PREFIX ?? 'cop',
  }
}

function localMasterKey(dataDir: string): string {
  const file = path.join(dataDir, '.meili-master-key')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    // Meilisearch wants at least 16 bytes; 32 random bytes as hex is 64 characters.
    const key = crypto.randomBytes(32).toString('hex')
    try {
      fs.writeFileSync(file, key, { mode: 0o600, flag: 'wx' })
      return key
    } catch {
      return fs.readFileSync(file, 'utf8').trim()
    }
  }
}
