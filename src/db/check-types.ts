/** What `npm run db:check` can find wrong with a stored record or table. */
export const PROBLEMS = {
  'invalid-value': 'stored value that can never be valid',
  unreadable: 'record that cannot be read',
  incomplete: 'record without its required English text',
  'missing-version': 'record without a version',
  'orphaned-rows': 'rows whose parent is gone',
  'not-checked': 'table that could not be checked',
} as const satisfies Record<string, string>
export type Problem = keyof typeof PROBLEMS

/** What the check did about a finding; `reported` leaves it in the database. */
export type Action = 'repaired' | 'deleted' | 'reported'

export type RecordId = number | string

export type Finding = {
  problem: Problem
  /** The collection's slug, or a table's name for tables outside the collections. */
  collection: string
  /** The document the finding belongs to, when there is one. */
  id?: RecordId
  /** SQLite: the table the rows are in. */
  table?: string
  /** How many rows (orphaned rows) or values (invalid values) the finding covers. */
  count?: number
  /** A sentence for people: what is wrong, and what was (or would be) done. */
  detail: string
  action: Action
}

export type CollectionReport = { records: number; findings: Finding[] }

export type CheckReport = {
  mode: 'dry-run' | 'repair' | 'delete'
  /** Keyed by collection slug (or table name for tables outside the collections). */
  collections: Record<string, CollectionReport>
  /** Findings the run left in the database. */
  remaining: number
  /** True when nothing is left to repair or delete. */
  isClean: boolean
}

/** The database-specific half of the check: raw access that works where Payload's reads fail. */
export type RawStore = {
  /** Every id in the collection's main table, read without Payload's read transform. */
  listIds: (collection: string) => Promise<RecordId[]>
  /** Removes the record, its locale, array and relation rows and its versions. */
  deleteRecord: (collection: string, id: RecordId) => Promise<void>
  /** Values no field could hold (SQLite); cleared when `repair`. */
  checkValues: (options: { repair: boolean }) => Promise<Finding[]>
  /** Child and version rows without a parent; deleted when `repair`. */
  checkOrphans: (options: { repair: boolean }) => Promise<Finding[]>
}
