import type { Payload } from 'payload'

import { ensureAdmin } from './admin'
import { seedSteps, unlinkedCountries } from './content'
import { CONTENT_TAGS } from '../data/contentTags'
import { expireContent } from '../data/freshness'

export type SeedReport = Record<string, { created: number; existing: number }>

/**
 * Loads the real content carried from the five source documents. Rerunnable: what exists is
 * kept, what is missing is added, so a second run creates nothing.
 */
export async function seed({
  payload,
  log = (line: string) => payload.logger.info(line),
}: {
  payload: Payload
  log?: (line: string) => void
}): Promise<SeedReport> {
  const ids = {
    themes: new Map(),
    countries: new Map(),
    projects: new Map(),
    organisations: new Map(),
  }
  const report: SeedReport = {}
  for (const step of seedSteps) {
    const started = Date.now()
    const tally = { created: 0, existing: 0 }
    await step.run({ payload, tally, ids })
    report[step.collection] = tally
    log(
      `seed: ${step.collection.padEnd(17)} ${String(tally.created).padStart(3)} created, ` +
        `${String(tally.existing).padStart(3)} already there (${Date.now() - started} ms)`,
    )
  }
  if (unlinkedCountries.size > 0) {
    log(`seed: not linked (no country profile): ${[...unlinkedCountries].sort().join(', ')}`)
  }
  await ensureAdmin({ payload, log })
  // The steps write with revalidation off (one request per record would be wasted); the
  // running portal, this process or another, refreshes everything once now.
  await expireContent(CONTENT_TAGS, payload.secret)
  return report
}
