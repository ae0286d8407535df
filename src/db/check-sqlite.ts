import type { Payload } from 'payload'

import { readTableTree, type Args, type Run } from './check-tables'
import type { Finding, RawStore, RecordId } from './check-types'
import { invalidValueChecks, quote } from './check-values'

type Row = Record<string, unknown>
type SqlClient = {
  execute: (statement: { sql: string; args: Args }) => ReturnType<Run>
}
type RawColumn = { name: string; type: string; options?: string[]; notNull?: boolean }
export type RawTables = Record<string, { name: string; columns: Record<string, RawColumn> }>
type SqliteAdapter = { client: SqlClient; rawTables: RawTables; versionsSuffix?: string }

/**
 * Raw SQL over the tables Payload's SQLite adapter writes. Payload inserts a record's main row
 * first, then its `_locales`, array, `_rels` and version rows, so a write that failed half-way
 * (without transactions) leaves rows that only this level can see, read and remove.
 */
export async function sqliteStore(payload: Payload): Promise<RawStore> {
  const adapter = payload.db as unknown as SqliteAdapter
  const { client, rawTables } = adapter
  const versionsSuffix = adapter.versionsSuffix ?? '_v'
  const run: Run = (sql, args = []) => client.execute({ sql, args })

  const tableOf = new Map<string, string>()
  const collectionOf = new Map<string, string>()
  for (const { slug } of payload.config.collections) {
    const table = slug.replaceAll('-', '_')
    if (!rawTables[table]) throw new Error(`No table "${table}" for the collection "${slug}".`)
    tableOf.set(slug, table)
    collectionOf.set(table, slug)
  }
  const { links, rootOf, beneath, ownerOf } = await readTableTree({ run, versionsSuffix })
  const nameOf = (table: string) => collectionOf.get(rootOf(table)) ?? rootOf(table)

  return {
    listIds: async (collection) => {
      const { rows } = await run(`SELECT id FROM ${quote(tableOf.get(collection)!)} ORDER BY id`)
      return rows.map((row) => row.id as RecordId)
    },

    deleteRecord: async (collection, id) => {
      const table = tableOf.get(collection)!
      // Explicitly, deepest rows first: the same result whether or not foreign keys cascade.
      await beneath(table, 'id = ?', [id], true)
      await run(`DELETE FROM ${quote(table)} WHERE id = ?`, [id])
    },

    checkValues: async ({ repair }) => {
      const findings: Finding[] = []
      for (const check of invalidValueChecks(rawTables)) {
        const { table, column } = check
        let rows: Row[]
        try {
          rows = (await run(check.select, check.args)).rows.filter((row) => check.isInvalid(row.v))
        } catch (error) {
          findings.push(notChecked(nameOf(table), table, error))
          continue
        }
        for (const row of rows) {
          const rowid = Number(row.r)
          const id = await ownerOf(table, rowid)
          const canClear = check.replacement !== undefined
          if (repair && canClear) {
            await run(
              `UPDATE ${quote(table)} SET ${quote(column)} = ${check.replacement} WHERE rowid = ?`,
              [rowid],
            )
          }
          const where = table === tableOf.get(nameOf(table)) ? '' : ` (table ${table})`
          const outcome = !canClear
            ? 'it cannot be cleared (the column may not be empty)'
            : repair
              ? `cleared${check.replacement === 'NULL' ? '' : ' (set to now)'}`
              : 'would be cleared'
          findings.push({
            problem: 'invalid-value',
            collection: nameOf(table),
            id,
            table,
            count: 1,
            detail: `${column}${where} holds ${describe(row.v)}, ${check.reason}: ${outcome}`,
            action: repair && canClear ? 'repaired' : 'reported',
          })
        }
      }
      return findings
    },

    checkOrphans: async ({ repair }) => {
      const findings: Finding[] = []
      for (const link of links) {
        const where = `${quote(link.column)} IS NULL OR ${quote(link.column)} NOT IN (SELECT ${quote(link.parentColumn)} FROM ${quote(link.parent)})`
        const { rows } = await run(`SELECT count(*) AS n FROM ${quote(link.child)} WHERE ${where}`)
        const count = Number(rows[0].n)
        if (count === 0) continue
        const under = await beneath(link.child, where, [], repair)
        if (repair) await run(`DELETE FROM ${quote(link.child)} WHERE ${where}`)
        const rowsBeneath =
          under > 0 ? ` and ${under} row${under === 1 ? '' : 's'} beneath them` : ''
        findings.push({
          problem: 'orphaned-rows',
          collection: nameOf(link.child),
          table: link.child,
          count,
          detail: `${count} row${count === 1 ? '' : 's'} in ${link.child} whose ${link.parent} row is gone${rowsBeneath}: ${repair ? 'deleted' : 'would be deleted'}`,
          action: repair ? 'deleted' : 'reported',
        })
      }
      return findings
    },
  }
}

function notChecked(collection: string, table: string, error: unknown): Finding {
  const message = error instanceof Error ? error.message : String(error)
  return {
    problem: 'not-checked',
    collection,
    table,
    detail: `${table}: ${message}`,
    action: 'reported',
  }
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value)
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text)
}
