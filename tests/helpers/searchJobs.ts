import type { Payload } from 'payload'

/** Runs the search queue until it is empty: every write so far is then in Meilisearch. */
export async function drainSearchJobs(payload: Payload) {
  for (let round = 0; round < 50; round++) {
    await payload.jobs.run({ queue: 'search', limit: 200, silent: true })
    // Only this queue: the scheduler keeps the next digests waiting in theirs until they are due.
    const left = await payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: 'search' } },
      overrideAccess: true,
    })
    if (left.totalDocs === 0) return
  }
  throw new Error('search jobs did not drain')
}
