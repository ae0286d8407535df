/**
 * The database baseline, done the way Payload's search plugin (@payloadcms/plugin-search) does
 * search: one row per work in a search collection of its own, the work's text denormalised into
 * one column (the plugin's title, extended by a beforeSync hook with every language's title,
 * summary, description and editions), and a query that is Payload's `like` on that column: each
 * word of the query as `LIKE '%word%'`, all of them required, newest first, ten rows and a count
 * for the pager. Beside the text, the columns a search page filters on, as beforeSync would copy
 * them. SQLite only; it runs on the benchmark's copy of the database.
 */
import type { Payload } from 'payload'

import { richTextToPlain } from '@/search/text'

import { loadBenchLookups } from './data'

type Client = {
  execute: (
    statement: string | { sql: string; args: (string | number | null)[] },
  ) => Promise<{ rows: Record<string, unknown>[] }>
  batch: (
    statements: { sql: string; args: (string | number | null)[] }[],
    mode: 'write',
  ) => Promise<unknown>
}
const clientOf = (payload: Payload) => {
  if (payload.db.name !== 'sqlite')
    throw new Error('bench: the database baseline runs on SQLite only')
  return (payload.db as unknown as { client: Client }).client
}

const TABLE = 'bench_search_plugin'
/** Works per read and per write transaction while filling the table. */
const CHUNK = 2_000

export async function fillPluginTable(
  payload: Payload,
): Promise<{ rows: number; seconds: number; megabytes: number }> {
  const started = Date.now()
  const client = clientOf(payload)
  const lookups = await loadBenchLookups(payload)
  const themes = new Map(lookups.themes.map((theme) => [String(theme.id), theme.slug]))
  const countries = new Map(lookups.countries.map((country) => [String(country.id), country.iso]))
  await client.execute(`DROP TABLE IF EXISTS ${TABLE}`)
  await client.execute(
    `CREATE TABLE ${TABLE} (id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, visibility TEXT NOT NULL, text TEXT NOT NULL, themes TEXT NOT NULL, countries TEXT NOT NULL, languages TEXT NOT NULL, year INTEGER)`,
  )
  const [{ low, high }] = (
    await client.execute(
      `SELECT min(id) AS low, max(id) AS high FROM resources WHERE _status = 'published'`,
    )
  ).rows as { low: number; high: number }[]
  let rows = 0
  let bytes = 0
  for (let from = low; from <= high; from += CHUNK) {
    const args = [from, from + CHUNK - 1]
    const read = async (sql: string) => (await client.execute({ sql, args })).rows
    const works = await read(
      `SELECT id, visibility, year FROM resources WHERE _status = 'published' AND id BETWEEN ? AND ?`,
    )
    const texts = new Map<string, string[]>()
    const facets = new Map<
      string,
      { themes: string[]; countries: string[]; languages: Set<string> }
    >()
    for (const work of works) {
      texts.set(String(work.id), [])
      facets.set(String(work.id), { themes: [], countries: [], languages: new Set() })
    }
    for (const row of await read(
      `SELECT _parent_id AS id, _locale, title, summary, description FROM resources_locales WHERE _parent_id BETWEEN ? AND ?`,
    )) {
      const description = row.description
        ? richTextToPlain(JSON.parse(String(row.description)))
        : ''
      texts
        .get(String(row.id))
        ?.push(...[row.title, row.summary, description].filter(Boolean).map(String))
    }
    for (const row of await read(
      `SELECT _parent_id AS id, language, title, summary FROM resources_editions WHERE _parent_id BETWEEN ? AND ?`,
    )) {
      texts.get(String(row.id))?.push(...[row.title, row.summary].filter(Boolean).map(String))
      facets.get(String(row.id))?.languages.add(String(row.language))
    }
    for (const row of await read(
      `SELECT parent_id AS id, themes_id, countries_id FROM resources_rels WHERE parent_id BETWEEN ? AND ?`,
    )) {
      const facet = facets.get(String(row.id))
      if (!facet) continue
      if (row.themes_id != null) facet.themes.push(themes.get(String(row.themes_id)) ?? '')
      if (row.countries_id != null)
        facet.countries.push(countries.get(String(row.countries_id)) ?? '')
    }
    const list = (values: Iterable<string>) => `,${[...values].join(',')},`
    await client.batch(
      works.map((work) => {
        const id = String(work.id)
        const text = texts.get(id)!.join('\n')
        bytes += Buffer.byteLength(text)
        const facet = facets.get(id)!
        return {
          sql: `INSERT INTO ${TABLE} (doc_id, visibility, text, themes, countries, languages, year) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          args: [
            Number(work.id),
            String(work.visibility),
            text,
            list(facet.themes),
            list(facet.countries),
            list(facet.languages),
            work.year == null ? null : Number(work.year),
          ],
        }
      }),
      'write',
    )
    rows += works.length
  }
  return { rows, seconds: (Date.now() - started) / 1000, megabytes: Math.round(bytes / 1e6) }
}

/** One search as the plugin's collection answers it: Payload's `like`, ten rows and a count. */
export async function pluginQuery(
  payload: Payload,
  params: Record<string, string>,
): Promise<{ ids: string[]; total: number }> {
  const client = clientOf(payload)
  const where = [`visibility = 'public'`]
  const args: (string | number)[] = []
  // Payload's `like` splits the value on spaces and requires every word.
  for (const word of params.q.split(' ').filter(Boolean)) {
    where.push(`text LIKE ?`)
    args.push(`%${word}%`)
  }
  for (const facet of ['themes', 'countries'] as const) {
    const value = params[facet === 'themes' ? 'theme' : 'country']
    if (!value) continue
    where.push(`${facet} LIKE ?`)
    args.push(`%,${value},%`)
  }
  if (params.language) {
    where.push(`languages LIKE ?`)
    args.push(`%,${params.language},%`)
  }
  if (params.year) {
    where.push(`year = ?`)
    args.push(Number(params.year))
  }
  const condition = where.join(' AND ')
  const [{ total }] = (
    await client.execute({ sql: `SELECT count(*) AS total FROM ${TABLE} WHERE ${condition}`, args })
  ).rows as { total: number }[]
  const rows = (
    await client.execute({
      sql: `SELECT doc_id FROM ${TABLE} WHERE ${condition} ORDER BY id DESC LIMIT 10`,
      args,
    })
  ).rows
  return { ids: rows.map((row) => String(row.doc_id)), total: Number(total) }
}
