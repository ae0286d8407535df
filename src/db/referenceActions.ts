import { sql } from '@payloadcms/db-sqlite'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']
export type ReferenceAction = 'set null' | 'cascade'

/**
 * Gives columns their ON DELETE rule. drizzle-kit writes a relationship added to an existing
 * table as `ALTER TABLE … ADD … REFERENCES t(id)`, without the rule Payload's schema has
 * (`set null` for a document's own relationship, `cascade` for its `_rels` rows), and SQLite
 * then refuses to delete anything still pointed at: a 500 for a manager deleting a directory
 * entry a member belongs to, or a country someone follows.
 *
 * SQLite cannot change a constraint with ALTER TABLE, and the usual rebuild (create a new table,
 * copy, drop the old one) is destructive here: Payload runs each migration in a transaction,
 * where `PRAGMA foreign_keys=OFF` does nothing, so dropping the old table fires every
 * `ON DELETE cascade` pointing at it (a document's locales, relations and versions rows). A
 * foreign key's action does not change how rows are stored, so, as SQLite's documentation allows
 * for such changes, the table's definition is rewritten in `sqlite_master` (writable_schema, then
 * a new schema_version so every connection reads it again). Tests check that no reference of the
 * migrated database is left without a rule, and that rows survive (tests/int/deleting.int.spec.ts).
 */
export async function addReferenceActions(
  db: Db,
  table: string,
  columns: Record<string, ReferenceAction>,
): Promise<void> {
  const [definition] = await db.all<{ sql: string }>(
    sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ${table}`,
  )
  if (!definition) throw new Error(`No table ${table} to give reference rules to`)
  let create = definition.sql
  for (const [column, action] of Object.entries(columns)) {
    const reference = new RegExp(
      `([\`"]${column}[\`"]\\s+integer\\s+REFERENCES\\s+[\`"]?\\w+[\`"]?\\s*\\(\\s*[\`"]?id[\`"]?\\s*\\))(?!\\s+ON\\s+DELETE)`,
      'i',
    )
    if (!reference.test(create)) throw new Error(`No reference without a rule: ${table}.${column}`)
    create = create.replace(reference, `$1 ON DELETE ${action}`)
  }
  const [{ schema_version: version }] = await db.all<{ schema_version: number }>(
    sql`PRAGMA schema_version`,
  )
  await db.run(sql`PRAGMA writable_schema=ON`)
  await db.run(
    sql`UPDATE sqlite_master SET sql = ${create} WHERE type = 'table' AND name = ${table}`,
  )
  await db.run(sql.raw(`PRAGMA schema_version=${Number(version) + 1}`))
  await db.run(sql`PRAGMA writable_schema=OFF`)
}
