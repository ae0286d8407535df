import type { Payload } from 'payload'

import { seed } from '.'
import { runsJobs } from '../jobs'
import { prepareSearch } from '../search/prepare'
import { ensureAdmin } from './admin'

/**
 * First start of an empty database: load the seed content so a newcomer lands in a full portal.
 * Afterwards only make sure an admin exists. SEED_ON_START=false turns both off (tests do).
 */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.SEED_ON_START !== 'false') {
    const log = (line: string) => console.log(line)
    const { totalDocs } = await payload.count({ collection: 'themes', overrideAccess: true })
    if (totalDocs === 0) {
      log('Empty database: loading the seed content from the source documents…')
      await seed({ payload, log })
    } else {
      await ensureAdmin({ payload, log })
    }
  }
  // After the seed, so a first start indexes through the seed's jobs rather than racing them
  // with a rebuild. The in-process job runner's server looks after search (tests turn it off).
  if (runsJobs()) void prepareSearch(payload)
}
