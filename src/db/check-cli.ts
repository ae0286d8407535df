/**
 * `npm run db:check [-- --dry-run | --delete]`: find what half-finished writes left in the
 * database, repair what is safe, and with --delete also delete what cannot be repaired. Exits 0
 * when the database is clean afterwards, 1 when problems remain.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { checkDatabase } from './check'

const USAGE = 'usage: npm run db:check [-- --dry-run | --delete]'
const flags = new Set(process.argv.slice(2))
const isDryRun = flags.delete('--dry-run')
const isDeleting = flags.delete('--delete')

if (flags.size > 0 || (isDryRun && isDeleting)) {
  console.error(flags.size > 0 ? `db:check: unknown argument ${[...flags][0]}\n${USAGE}` : USAGE)
  process.exit(2)
}

try {
  const payload = await getPayload({ config, disableOnInit: true })
  // The portal may be running: wait for its writes instead of failing on a locked database.
  const report = await checkDatabase({
    payload,
    repair: !isDryRun,
    deleteUnrepairable: isDeleting,
    log: (line) => console.log(line),
  })
  process.exit(report.isClean ? 0 : 1)
} catch (error) {
  console.error(`db:check failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
