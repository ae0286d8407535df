import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Points this test file at a fresh temporary database (SQLite by default, the MongoDB server in
 * MONGODB_URI on the MongoDB lane) and upload folder. Must run before the config is imported:
 * the config reads the environment once, when it is evaluated.
 */
export function pointAtTemporaryDatabase(name: string): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cop-${name}-`))
  const mongo = process.env.MONGODB_URI
  process.env.DATABASE_URI = mongo
    ? mongoDatabase(mongo, `cop_test_${name}_${Date.now()}`)
    : `file:${dir}/test.db`
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
  process.env.SEED_ON_START = 'false'
  // Search jobs run only where a test starts Meilisearch and asks for them.
  process.env.JOBS_AUTORUN ??= 'false'
  process.env.MEILI_INDEX_PREFIX = `test_${name.replace(/\W/g, '_')}`
  // Refusals the tests provoke on purpose are logged at info; keep warnings and real errors.
  process.env.LOG_LEVEL ??= 'warn'
  process.env.UPLOADS_DIR = path.join(dir, 'uploads')
  delete process.env.ADMIN_EMAIL
  delete process.env.ADMIN_PASSWORD
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/** The same server with a database of the test's own, so files never see each other's data. */
function mongoDatabase(uri: string, database: string): string {
  const url = new URL(uri)
  url.pathname = `/${database}`
  return url.toString()
}
