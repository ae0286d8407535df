import type { Payload } from 'payload'

import { mongoStore } from './check-mongo'
import { checkRecords } from './check-records'
import { sqliteStore } from './check-sqlite'
import { PROBLEMS, type CheckReport, type Finding, type Problem } from './check-types'

export type { CheckReport, Finding, Problem } from './check-types'

/** Findings printed per collection; the report holds them all. */
const PRINTED_PER_COLLECTION = 50

/**
 * Finds what half-finished writes left in the database (writes ran without transactions, and
 * Payload stores a record's main row first, its locale, array, relation and version rows after):
 * values no field can hold, records that cannot be read, records without their required English
 * text, records without a version, and rows whose parent is gone.
 *
 * `repair` (the default) clears invalid values, creates missing versions and deletes orphaned
 * rows; `deleteUnrepairable` also deletes the records that stay unreadable or incomplete (and
 * implies `repair`). With both false nothing is written.
 */
export async function checkDatabase({
  payload,
  repair = true,
  deleteUnrepairable = false,
  log = () => undefined,
}: {
  payload: Payload
  repair?: boolean
  deleteUnrepairable?: boolean
  log?: (line: string) => void
}): Promise<CheckReport> {
  const isRepairing = repair || deleteUnrepairable
  const mode: CheckReport['mode'] = deleteUnrepairable
    ? 'delete'
    : isRepairing
      ? 'repair'
      : 'dry-run'
  const store = payload.db.name === 'sqlite' ? await sqliteStore(payload) : mongoStore(payload)
  const report: CheckReport = { mode, collections: {}, remaining: 0, isClean: true }
  const entry = (collection: string) =>
    (report.collections[collection] ??= { records: 0, findings: [] })
  const add = (findings: Finding[]) =>
    findings.forEach((finding) => entry(finding.collection).findings.push(finding))

  log(`db:check (${mode}) on ${payload.db.name}`)
  // Values first: a cleared date makes its record readable again for the reads that follow.
  if (payload.db.name === 'sqlite') log('stored values…')
  else log('stored values: checked on SQLite only')
  const values = await store.checkValues({ repair: isRepairing })
  add(values)
  printFindings(log, values)

  for (const collection of payload.config.collections) {
    const { records, findings } = await checkRecords({
      payload,
      collection,
      store,
      repair: isRepairing,
      deleteUnrepairable,
    })
    entry(collection.slug).records = records
    add(findings)
    log(`${collection.slug}: ${records} record${records === 1 ? '' : 's'}, ${tally(findings)}`)
    printFindings(log, findings)
  }

  // Orphans last, so rows a deletion above might have left behind are counted too.
  log(payload.db.name === 'sqlite' ? 'orphaned rows…' : 'orphaned versions…')
  const orphans = await store.checkOrphans({ repair: isRepairing })
  add(orphans)
  printFindings(log, orphans)

  const all = Object.values(report.collections).flatMap((collection) => collection.findings)
  report.remaining = all.filter((finding) => finding.action === 'reported').length
  report.isClean = report.remaining === 0
  for (const line of summary(report, all)) log(line)
  return report
}

function tally(findings: Finding[]): string {
  if (findings.length === 0) return 'no problems'
  const actions = (['repaired', 'deleted', 'reported'] as const)
    .map(
      (action) => [action, findings.filter((finding) => finding.action === action).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([action, count]) => `${count} ${action === 'reported' ? 'left' : action}`)
  return `${findings.length} problem${findings.length === 1 ? '' : 's'} (${actions.join(', ')})`
}

function printFindings(log: (line: string) => void, findings: Finding[]) {
  for (const finding of findings.slice(0, PRINTED_PER_COLLECTION)) {
    log(
      `  ${finding.collection}${finding.id === undefined ? '' : ` ${finding.id}`}: ${finding.detail}`,
    )
  }
  if (findings.length > PRINTED_PER_COLLECTION) {
    log(`  … and ${findings.length - PRINTED_PER_COLLECTION} more`)
  }
}

function summary(report: CheckReport, all: Finding[]): string[] {
  const records = Object.values(report.collections).reduce((sum, { records }) => sum + records, 0)
  const lines = [`summary: ${records} records checked`]
  for (const problem of Object.keys(PROBLEMS) as Problem[]) {
    const found = all.filter((finding) => finding.problem === problem)
    if (found.length === 0) continue
    const by = (action: Finding['action']) =>
      found.filter((finding) => finding.action === action).length
    lines.push(
      `  ${PROBLEMS[problem]}: ${found.length} (${by('repaired')} repaired, ${by('deleted')} deleted, ${by('reported')} left)`,
    )
  }
  if (report.isClean)
    lines.push(all.length === 0 ? 'The database is clean.' : 'The database is clean now.')
  else if (report.mode === 'dry-run')
    lines.push(`${report.remaining} problems found; nothing was changed (dry run).`)
  else if (report.mode === 'repair')
    lines.push(
      `${report.remaining} problems remain; run with --delete to delete what cannot be repaired.`,
    )
  else lines.push(`${report.remaining} problems remain; see above.`)
  return lines
}
