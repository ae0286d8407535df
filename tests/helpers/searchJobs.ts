import type { Payload } from 'payload'

import { SEARCH_QUEUE } from '@/search/queue'

/**
 * Runs the search queue until it is empty, jobs that other jobs queue included (a renamed theme's
 * job queues one per work). Only this queue: the scheduler keeps the next digests waiting in
 * theirs until they are due.
 */
export async function drainSearchJobs(payload: Payload): Promise<void> {
  for (let round = 0; round < 50; round++) {
    await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 200, silent: true })
    const left = await payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: SEARCH_QUEUE } },
      overrideAccess: true,
    })
    if (left.totalDocs === 0) return
  }
  throw new Error('search jobs did not drain')
}
