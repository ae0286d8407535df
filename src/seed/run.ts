/**
 * `npm run seed`: load (or top up) the seed content. Run through `payload run`, which loads the
 * config and environment the same way the server does.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { applyMigrations } from '../db/migrate'
import { seed } from '.'

const started = Date.now()
const payload = await getPayload({ config, disableOnInit: true })
try {
  // A newcomer may seed before ever starting the server: bring the schema up first.
  await applyMigrations(payload)
  const report = await seed({ payload, log: (line) => console.log(line) })
  const created = Object.values(report).reduce((sum, tally) => sum + tally.created, 0)
  console.log(
    `seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s, ${created} records created.`,
  )
  process.exit(0)
} catch (error) {
  console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
