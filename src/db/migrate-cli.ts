/** `npm run migrate`: apply the committed migrations (SQLite), or nothing on MongoDB. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { applyMigrations } from './migrate'

try {
  const payload = await getPayload({ config, disableOnInit: true })
  await applyMigrations(payload)
  console.log(`migrate: ${payload.db.name} schema is up to date.`)
  process.exit(0)
} catch (error) {
  console.error(`migrate failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
