import type { Payload } from 'payload'

import { seed } from '.'
import { ensureAdmin } from './admin'

/**
 * First start of an empty database: load the seed content so a newcomer lands in a full portal.
 * Afterwards only make sure an admin exists. SEED_ON_START=false turns both off (tests do).
 */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.SEED_ON_START === 'false') return
  const log = (line: string) => console.log(line)
  const { totalDocs } = await payload.count({ collection: 'themes', overrideAccess: true })
  if (totalDocs === 0) {
    log('Empty database: loading the seed content from the source documents…')
    await seed({ payload, log })
  } else {
    await ensureAdmin({ payload, log })
  }
}
