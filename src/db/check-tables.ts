import type { RecordId } from './check-types'
import { quote } from './check-values'

type Row = Record<string, unknown>
export type Args = (string | number | null)[]
export type Run = (sql: string, args?: Args) => Promise<{ rows: Row[]; rowsAffected: number }>

/** A child table's tie to the table above it: locale, array, relation and version rows. */
export type Link = { child: string; column: string; parent: string; parentColumn: string }

/**
 * How Payload's SQLite tables hang together, read from the database's own foreign keys: every
 * `_parent_id` / `parent_id` of a table named after its parent (`news_locales`,
 * `resources_editions`, `news_rels`, `_news_v` → `news`, `_news_v_locales` → `_news_v`).
 */
export async function readTableTree({ run, versionsSuffix }: { run: Run; versionsSuffix: string }) {
  const { rows } = await run(
    `SELECT m.name AS child, f."from" AS col, f."table" AS parent, f."to" AS parentColumn
       FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
      WHERE m.type = 'table' AND f."from" IN ('_parent_id', 'parent_id')
      ORDER BY m.name`,
  )
  const links: Link[] = rows
    .map((row) => ({
      child: String(row.child),
      column: String(row.col),
      parent: String(row.parent),
      parentColumn: row.parentColumn ? String(row.parentColumn) : 'id',
    }))
    .filter(
      ({ child, parent }) =>
        child.startsWith(`${parent}_`) || child === `_${parent}${versionsSuffix}`,
    )
  const parentLink = new Map(links.map((link) => [link.child, link]))
  const rootOf = (table: string): string => {
    const link = parentLink.get(table)
    return link ? rootOf(link.parent) : table
  }

  /** Counts, or deletes deepest first, every row beneath the rows of `table` matching `where`. */
  const beneath = async (table: string, where: string, args: Args, remove: boolean) => {
    let total = 0
    for (const link of links.filter(({ parent }) => parent === table)) {
      const childWhere = `${quote(link.column)} IN (SELECT ${quote(link.parentColumn)} FROM ${quote(table)} WHERE ${where})`
      total += await beneath(link.child, childWhere, args, remove)
      const from = `FROM ${quote(link.child)} WHERE ${childWhere}`
      total += remove
        ? (await run(`DELETE ${from}`, args)).rowsAffected
        : Number((await run(`SELECT count(*) AS n ${from}`, args)).rows[0].n)
    }
    return total
  }

  /** The id of the document a row belongs to, climbing from locale, array or version rows. */
  const ownerOf = async (table: string, rowid: number): Promise<RecordId | undefined> => {
    let current = table
    let where = 'rowid = ?'
    let key = rowid as unknown
    for (let link = parentLink.get(current); link; link = parentLink.get(current)) {
      const select = `SELECT ${quote(link.column)} AS k FROM ${quote(current)} WHERE ${where}`
      key = (await run(select, [key as string | number])).rows[0]?.k
      if (key === null || key === undefined) return undefined
      current = link.parent
      where = `${quote(link.parentColumn)} = ?`
    }
    if (current !== table) return key as RecordId
    const { rows } = await run(`SELECT id FROM ${quote(table)} WHERE rowid = ?`, [rowid])
    return rows[0]?.id as RecordId | undefined
  }

  return { links, rootOf, beneath, ownerOf }
}
