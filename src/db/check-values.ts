import type { RawTables } from './check-sqlite'

type ValueCheck = {
  table: string
  column: string
  /** Selects candidate rows as `r` (rowid) and `v` (the value); `isInvalid` has the last word. */
  select: string
  args: string[]
  isInvalid: (value: unknown) => boolean
  reason: string
  /** SQL for the value that replaces an invalid one; undefined when none may (NOT NULL). */
  replacement: string | undefined
}

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`

/**
 * The values Payload writes unchecked (drafts skip validation, and a failed write keeps what it
 * wrote) and then cannot read back, or reads back as something else. Found by reproducing the
 * reads: a date Payload cannot parse makes every read of the record, and of any list holding it,
 * throw `RangeError: Invalid time value` (drizzle's read transform calls `toISOString()`); text
 * that is not JSON in a rich-text or JSON column throws in `JSON.parse`. Two more are read but
 * wrong: a select value outside the field's options (returned as stored; the record can never be
 * saved again) and text in a number column (returned as null).
 */
export function invalidValueChecks(rawTables: RawTables): ValueCheck[] {
  const checks: ValueCheck[] = []
  for (const { name: table, columns } of Object.values(rawTables)) {
    for (const column of Object.values(columns)) {
      const from = `SELECT rowid AS r, ${quote(column.name)} AS v FROM ${quote(table)}`
      const c = quote(column.name)
      const base = { table, column: column.name }
      if (column.type === 'timestamp') {
        // SQL narrows the candidates cheaply (a version table can hold millions of rows);
        // JavaScript's parser, the one Payload reads with, decides.
        checks.push({
          ...base,
          select: `${from} WHERE typeof(${c}) = 'text' AND (julianday(${c}) IS NULL OR ${c} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')`,
          args: [],
          isInvalid: (value) => Number.isNaN(new Date(String(value)).getTime()),
          reason: 'which is not a date',
          replacement: column.notNull ? NOW : 'NULL',
        })
      } else if (column.type === 'enum' && column.options?.length) {
        checks.push({
          ...base,
          select: `${from} WHERE ${c} IS NOT NULL AND ${c} NOT IN (${column.options.map(() => '?').join(', ')})`,
          args: column.options,
          isInvalid: () => true,
          reason: `which is not one of the options (${column.options.join(', ')})`,
          replacement: column.notNull ? undefined : 'NULL',
        })
      } else if (column.type === 'numeric') {
        checks.push({
          ...base,
          select: `${from} WHERE typeof(${c}) IN ('text', 'blob')`,
          args: [],
          isInvalid: () => true,
          reason: 'which is not a number',
          replacement: column.notNull ? undefined : 'NULL',
        })
      } else if (column.type === 'jsonb' || column.type === 'geometry') {
        checks.push({
          ...base,
          select: `${from} WHERE ${c} IS NOT NULL AND json_valid(${c}) = 0`,
          args: [],
          isInvalid: (value) => !parsesAsJson(value),
          reason: 'which is not JSON',
          replacement: column.notNull ? undefined : 'NULL',
        })
      }
    }
  }
  return checks
}

function parsesAsJson(value: unknown): boolean {
  try {
    JSON.parse(String(value))
    return true
  } catch {
    return false
  }
}
