import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CheckReport } from '@/db/check'

import { httpClient } from '../helpers/http'
import { bootPortal, type Portal } from '../helpers/payload'
import { createThemes, PASSWORD, tokenFor } from '../helpers/people'
import { createSample, type SampleContext } from '../helpers/samples'

/**
 * `npm run db:check` on the records that writes without transactions left behind. The
 * half-written news items and the orphaned rows are planted with raw SQL (SQLite); the resource
 * that lost its versions goes through the adapter, so that part runs on MongoDB too.
 */
type Row = Record<string, unknown>
type Client = {
  execute: (statement: { sql: string; args?: (string | number)[] }) => Promise<{ rows: Row[] }>
  executeMultiple: (sql: string) => Promise<void>
}

let portal: Portal
let payload: Payload
let checkDatabase: typeof import('@/db/check').checkDatabase
let http: ReturnType<typeof httpClient>
let token: string | undefined
let isSqlite: boolean
let healthyNewsId: number | string
let lostVersionsId: number | string
let halfWrittenId: number
let postedId: number

const silent = { log: () => undefined }
const client = () => (payload.db as unknown as { client: Client }).client
const sql = async (statement: string, args: (string | number)[] = []) =>
  (await client().execute({ sql: statement, args })).rows
const rowsIn = async (table: string) =>
  Number((await sql(`SELECT count(*) AS n FROM ${table}`))[0].n)

/** Every finding as one comparable line: collection, id or table, problem, count, action. */
const lines = (report: CheckReport) =>
  Object.values(report.collections)
    .flatMap((collection) => collection.findings)
    .map(
      (f) =>
        `${f.collection} ${f.id ?? f.table} ${f.problem}${f.count ? ` ×${f.count}` : ''} ${f.action}`,
    )
    .sort()

/** The whole SQLite database as data, to show that a dry run writes nothing. */
async function snapshot(): Promise<Record<string, Row[]>> {
  const tables = await sql(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
  const all: Record<string, Row[]> = {}
  for (const { name } of tables)
    all[String(name)] = await sql(`SELECT * FROM "${name}" ORDER BY rowid`)
  return all
}

const skipUnlessSqlite = (context: { skip: (note?: string) => void }) => {
  if (!isSqlite) context.skip('plants rows with raw SQL, which only SQLite has')
}

beforeAll(async () => {
  portal = await bootPortal('db-check')
  payload = portal.payload
  isSqlite = payload.db.name === 'sqlite'
  ;({ checkDatabase } = await import('@/db/check'))
  http = httpClient(portal.config)
  const { moderated: theme } = await createThemes(payload)
  const country = await createSample(payload, 'countries', { theme } as SampleContext)
  const context = { theme, country } as SampleContext
  await createSample(payload, 'resources', context)
  healthyNewsId = (await createSample(payload, 'news', context)).id
  lostVersionsId = (await createSample(payload, 'resources', context)).id
  const admin = await payload.create({
    collection: 'users',
    data: {
      email: 'admin@example.org',
      password: PASSWORD,
      name: 'Admin Person',
      roles: ['admin'],
      membershipStatus: 'approved',
      _verified: true,
    },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  token = await tokenFor(payload, admin)
})
afterAll(async () => portal?.close())

describe('a clean database', () => {
  it('should report nothing and change nothing', async () => {
    const report = await checkDatabase({ payload, ...silent })
    expect(lines(report)).toEqual([])
    expect(report).toMatchObject({ mode: 'repair', remaining: 0, isClean: true })
    expect(report.collections.resources.records).toBe(2)
    expect(report.collections.news.records).toBe(1)
    expect(report.collections.themes.records).toBe(2)
    expect(report.collections.users.records).toBe(1)
  })
})

describe('records that half-finished writes left behind', () => {
  beforeAll(async () => {
    // The adapter's own deletion, so MongoDB runs this part too.
    await payload.db.deleteVersions({
      collection: 'resources',
      where: { parent: { equals: lostVersionsId } },
    })
    if (!isSqlite) return
    // A news item whose locale row (its title) failed: the main row, written first, alone.
    halfWrittenId = Number(
      (
        await sql(`INSERT INTO news (date, kind, _status) VALUES ('nope', 7, 'draft') RETURNING id`)
      )[0].id,
    )
    // What `POST /api/news?draft=true` with {"title": {"x": 1}, "date": "nope", "kind": 7}
    // really leaves (reproduced without transactions): drafts skip validation, so the main row
    // and the locale row are written as sent, and the write fails when the adapter reads the new
    // row back (`Invalid time value`), before the version.
    postedId = Number(
      (
        await sql(
          `INSERT INTO news (slug, date, kind, _status) VALUES ('item-mx4jen3i', 'nope', '7.0', 'draft') RETURNING id`,
        )
      )[0].id,
    )
    await sql(`INSERT INTO news_locales (title, _locale, _parent_id) VALUES ('{"x":1}', 'en', ?)`, [
      postedId,
    ])
    // A rich-text body that is not JSON, in the healthy item's English locale row.
    await sql(`UPDATE news_locales SET body = '{"root": ' WHERE _parent_id = ?`, [healthyNewsId])
    // Rows whose parent is gone. With foreign keys on (libsql's default) SQLite refuses them,
    // so they are planted the way an older installation or a failed delete left them.
    await client().executeMultiple(`
      PRAGMA foreign_keys = OFF;
      INSERT INTO resources_editions (_order, _parent_id, id, language, title)
        VALUES (1, 999999, 'orphan-1', 'en', 'Ghost edition'), (2, 999999, 'orphan-2', 'th', 'Ghost');
      INSERT INTO news_locales (title, _locale, _parent_id) VALUES ('Ghost news', 'en', 999999);
      INSERT INTO _news_v (id, parent_id, version_kind) VALUES (900001, 999999, 'country-news');
      INSERT INTO _news_v_locales (version_title, _locale, _parent_id) VALUES ('Ghost', 'en', 900001);
      INSERT INTO _news_v (id, parent_id, version_kind) VALUES (900002, NULL, 'country-news');
      PRAGMA foreign_keys = ON;
    `)
  })

  it('should fail every read of news while the broken rows are in the tables', async (context) => {
    skipUnlessSqlite(context)
    const read = (id: number | string) =>
      payload.findByID({ collection: 'news', id, overrideAccess: true })
    // Drizzle's read transform: `new Date('nope').toISOString()` and `JSON.parse('{"root": ')`.
    await expect(read(halfWrittenId)).rejects.toThrow('Invalid time value')
    await expect(read(postedId)).rejects.toThrow('Invalid time value')
    await expect(read(healthyNewsId)).rejects.toThrow('Unexpected end of JSON input')
    // Any list holding either fails as a whole: for the admin panel, news is gone.
    await expect(payload.find({ collection: 'news', overrideAccess: true })).rejects.toThrow()
    expect((await http.rest('GET', '/news', { token })).status).toBe(500)
    expect((await http.rest('DELETE', `/news/${halfWrittenId}`, { token })).status).toBe(500)
    // Counting reads no row, so it still sees all three items.
    expect((await payload.count({ collection: 'news', overrideAccess: true })).totalDocs).toBe(3)
  })

  it("should hide a resource without versions from the admin panel's list", async () => {
    const drafts = await payload.find({
      collection: 'resources',
      draft: true,
      overrideAccess: true,
    })
    expect(drafts.docs.map((doc) => doc.id)).not.toContain(lostVersionsId)
    expect(drafts.totalDocs).toBe(1)
  })

  it('should report every problem and change nothing in a dry run', async () => {
    const before = isSqlite ? await snapshot() : undefined
    const report = await checkDatabase({ payload, repair: false, ...silent })
    const sqliteOnly = [
      `news ${healthyNewsId} invalid-value ×1 reported`,
      `news ${healthyNewsId} unreadable reported`,
      `news ${halfWrittenId} invalid-value ×1 reported`,
      `news ${halfWrittenId} invalid-value ×1 reported`,
      `news ${halfWrittenId} unreadable reported`,
      `news ${postedId} invalid-value ×1 reported`,
      `news ${postedId} invalid-value ×1 reported`,
      `news ${postedId} unreadable reported`,
      'news _news_v orphaned-rows ×2 reported',
      'news news_locales orphaned-rows ×1 reported',
      'resources resources_editions orphaned-rows ×2 reported',
    ]
    expect(lines(report)).toEqual(
      [
        `resources ${lostVersionsId} missing-version reported`,
        ...(isSqlite ? sqliteOnly : []),
      ].sort(),
    )
    expect(report).toMatchObject({ mode: 'dry-run', isClean: false, remaining: isSqlite ? 12 : 1 })
    if (isSqlite) expect(await snapshot()).toEqual(before)
    expect(
      (
        await payload.countVersions({
          collection: 'resources',
          where: { parent: { equals: lostVersionsId } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('should repair what is safe and leave the incomplete news items for --delete', async () => {
    const report = await checkDatabase({ payload, ...silent })
    const sqliteOnly = [
      `news ${healthyNewsId} invalid-value ×1 repaired`,
      `news ${halfWrittenId} invalid-value ×1 repaired`,
      `news ${halfWrittenId} invalid-value ×1 repaired`,
      `news ${halfWrittenId} incomplete reported`,
      `news ${postedId} invalid-value ×1 repaired`,
      `news ${postedId} invalid-value ×1 repaired`,
      `news ${postedId} incomplete reported`,
      'news _news_v orphaned-rows ×2 deleted',
      'news news_locales orphaned-rows ×1 deleted',
      'resources resources_editions orphaned-rows ×2 deleted',
    ]
    expect(lines(report)).toEqual(
      [
        `resources ${lostVersionsId} missing-version repaired`,
        ...(isSqlite ? sqliteOnly : []),
      ].sort(),
    )
    expect(report).toMatchObject({
      mode: 'repair',
      remaining: isSqlite ? 2 : 0,
      isClean: !isSqlite,
    })
    if (!isSqlite) return
    const news = report.collections.news.findings
    expect(news.map((finding) => finding.detail)).toEqual(
      expect.arrayContaining([
        'body (table news_locales) holds "{\\"root\\": ", which is not JSON: cleared',
        'date holds "nope", which is not a date: cleared',
        'kind holds "7", which is not one of the options (country-news, regional-dialogue, project-update): cleared',
        'kind holds "7.0", which is not one of the options (country-news, regional-dialogue, project-update): cleared',
        'has no title, summary in en and no version: run with --delete to delete it',
        'has no summary in en and no version: run with --delete to delete it',
        '2 rows in _news_v whose news row is gone and 1 row beneath them: deleted',
      ]),
    )
    expect(await sql(`SELECT id, date, kind FROM news ORDER BY id`)).toEqual([
      { id: healthyNewsId, date: '2026-11-01T00:00:00.000Z', kind: 'country-news' },
      { id: halfWrittenId, date: null, kind: null },
      { id: postedId, date: null, kind: null },
    ])
    expect(
      await sql(`SELECT title, body FROM news_locales WHERE _parent_id = ?`, [healthyNewsId]),
    ).toEqual([{ title: 'News 3', body: null }])
    // Readable again: the list answers, all three items in it.
    expect((await payload.find({ collection: 'news', overrideAccess: true })).totalDocs).toBe(3)
    expect(await rowsIn('resources_editions')).toBe(2)
    expect(await rowsIn('news_locales')).toBe(2)
    expect(await rowsIn('_news_v')).toBe(1)
    expect(await rowsIn('_news_v_locales')).toBe(1)
  })

  it('should give the resource whose versions were lost a version the admin panel lists', async () => {
    const { docs } = await payload.findVersions({
      collection: 'resources',
      where: { parent: { equals: lostVersionsId } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      latest: true,
      version: { _status: 'published', title: 'Guide 4' },
    })
    // The same shape as the version Payload wrote for the other resource when it was created.
    const [written] = (
      await payload.findVersions({
        collection: 'resources',
        where: { parent: { not_equals: lostVersionsId } },
        overrideAccess: true,
      })
    ).docs
    expect(Object.keys(docs[0]).sort()).toEqual(Object.keys(written).sort())
    expect(Object.keys(docs[0].version).sort()).toEqual(Object.keys(written.version).sort())
    const drafts = await payload.find({
      collection: 'resources',
      draft: true,
      overrideAccess: true,
    })
    expect(drafts.docs.map((doc) => doc.id).sort()).toContain(lostVersionsId)
    expect(drafts.totalDocs).toBe(2)
  })

  it('should delete the half-written news items with --delete, after which every read of news works', async (context) => {
    skipUnlessSqlite(context)
    const report = await checkDatabase({ payload, deleteUnrepairable: true, ...silent })
    expect(lines(report)).toEqual([
      `news ${halfWrittenId} incomplete deleted`,
      `news ${postedId} incomplete deleted`,
    ])
    expect(report).toMatchObject({ mode: 'delete', remaining: 0, isClean: true })

    expect(await sql(`SELECT id FROM news ORDER BY id`)).toEqual([{ id: healthyNewsId }])
    expect(await sql(`SELECT _parent_id FROM news_locales`)).toEqual([
      { _parent_id: healthyNewsId },
    ])
    const all = await payload.find({ collection: 'news', overrideAccess: true, locale: 'all' })
    expect(all.docs.map((doc) => doc.id)).toEqual([healthyNewsId])
    const drafts = await payload.find({ collection: 'news', draft: true, overrideAccess: true })
    expect(drafts.totalDocs).toBe(1)
    expect((await payload.count({ collection: 'news', overrideAccess: true })).totalDocs).toBe(1)
    expect(
      (await payload.countVersions({ collection: 'news', overrideAccess: true })).totalDocs,
    ).toBe(1)
    const read = await payload.findByID({
      collection: 'news',
      id: healthyNewsId,
      overrideAccess: true,
    })
    expect(read.title).toBe('News 3')
    for (const id of [halfWrittenId, postedId]) {
      await expect(
        payload.findByID({ collection: 'news', id, overrideAccess: true }),
      ).rejects.toMatchObject({ status: 404 })
    }
    const list = await http.rest('GET', '/news', { token })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(1)
    expect((await http.rest('GET', `/news/${halfWrittenId}`, { token })).status).toBe(404)
    // Search is told: each deletion queued a sync, as Payload's delete hook would.
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: {
        'input.collection': { equals: 'news' },
        'input.id': { in: [String(halfWrittenId), String(postedId)] },
      },
      overrideAccess: true,
    })
    expect(jobs.totalDocs).toBe(2)
  })

  it('should find nothing left on the next run', async () => {
    const report = await checkDatabase({ payload, repair: false, ...silent })
    expect(lines(report)).toEqual([])
    expect(report).toMatchObject({ mode: 'dry-run', remaining: 0, isClean: true })
  })
})
