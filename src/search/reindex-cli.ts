/** `npm run search:reindex`: rebuild the search index from the database, with progress. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { rebuildSearchIndex } from './reindex'

try {
  const payload = await getPayload({ config, disableOnInit: true })
  await rebuildSearchIndex({ payload, log: (line) => console.log(line) })
  process.exit(0)
} catch (error) {
  console.error(`reindex failed: ${error instanceof Error ? error.message : String(error)}`)
  console.error(
    'Is Meilisearch running? `npm run portal` starts one; otherwise set MEILI_HOST and MEILI_MASTER_KEY.',
  )
  process.exit(1)
}
