import type { Client, InStatement } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import { _internal_resetJobSystemGlobals, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Event, Organisation, Theme, User } from '@/payload-types'

import { paragraphsToRichText } from '@/seed/lexical'

import { httpClient } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, tokenFor, type Cast } from '../helpers/people'
import { createSample, type SampleContext } from '../helpers/samples'

/**
 * A manager deletes what others point at: a member who proposed an event, a directory entry a
 * member belongs to, a country a member follows. Each is a 200 and leaves the rest standing, on
 * a database built by the committed migrations (columns added by a later migration once lost
 * their ON DELETE rule there, and SQLite refused the delete: a 500).
 */
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let theme: Theme
let managerToken: string | undefined
const quietly = { overrideAccess: true, context: { disableRevalidate: true } } as const

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  portal = await bootPortal('deleting')
  payload = portal.payload
  http = httpClient(portal.config)
  theme = (await createThemes(payload)).moderated
  cast = await createCast(payload, theme)
  managerToken = await tokenFor(payload, cast.manager)
})
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await portal?.close()
})

async function sample<T>(collection: 'countries' | 'organisations', country?: Country) {
  const context = { theme, country } as SampleContext
  return (await createSample(payload, collection, context)) as T
}

async function memberWith(key: string, data: Partial<User>) {
  return payload.create({
    collection: 'users',
    data: {
      email: `${key}@example.org`,
      password: PASSWORD,
      name: `Member ${key}`,
      roles: ['member'],
      membershipStatus: 'approved',
      _verified: true,
      ...data,
    } as User,
    ...quietly,
  })
}

describe.skipIf(process.env.MONGODB_URI)('the migrated SQLite schema', () => {
  it('should give every reference a rule for when what it points at is deleted', async () => {
    const db = (
      payload.db as unknown as {
        drizzle: { all: <T>(query: ReturnType<typeof sql.raw>) => Promise<T[]> }
      }
    ).drizzle
    const tables = await db.all<{ name: string }>(
      sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
    )
    const withoutRule: string[] = []
    for (const { name } of tables) {
      const references = await db.all<{ from: string; table: string; on_delete: string }>(
        sql.raw(`PRAGMA foreign_key_list(\`${name}\`)`),
      )
      for (const reference of references) {
        if (reference.on_delete === 'NO ACTION') {
          withoutRule.push(`${name}.${reference.from} → ${reference.table}`)
        }
      }
    }
    expect(tables.length).toBeGreaterThan(40)
    expect(withoutRule).toEqual([])
  })

  it('should read a thread’s visible posts through the thread index, not every visible post', async () => {
    // The statement Payload writes for the threads' search documents (a list of discussions and
    // a state): SQLite keeps no statistics here, and took the index on `state` alone before.
    const client = (payload.db as unknown as { client: Client }).client
    const sent: InStatement[] = []
    const execute = client.execute.bind(client)
    client.execute = ((statement: InStatement) => {
      sent.push(statement)
      return execute(statement)
    }) as Client['execute']
    try {
      await payload.find({
        collection: 'posts',
        where: { and: [{ discussion: { in: ['1', '2'] } }, { state: { equals: 'visible' } }] },
        select: { discussion: true, text: true },
        sort: 'createdAt',
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
    } finally {
      client.execute = execute
    }
    const query = sent.find(
      (statement) => typeof statement !== 'string' && /from "posts"/.test(statement.sql),
    ) as Exclude<InStatement, string>
    const plan = await execute({ sql: `EXPLAIN QUERY PLAN ${query.sql}`, args: query.args })
    expect(plan.rows.map((row) => String(row.detail))[0]).toBe(
      'SEARCH posts USING INDEX discussion_state_createdAt_idx (discussion_id=? AND state=?)',
    )
  })
})

describe('deleting what others point at', () => {
  it('should delete a discussion with its replies and every row about them, and then a member who reacted, flagged and read', async () => {
    const author = await memberWith('forum-author', {})
    const reader = await memberWith('forum-reader', {})
    const as = async (who: User) => ({ token: await tokenFor(payload, who) })
    const body = (text: string) => paragraphsToRichText([text])
    const started = await http.rest('POST', '/discussions', {
      ...(await as(author)),
      json: {
        title: 'Deleting a thread takes its rows',
        themes: [theme.id],
        body: body('The first post of a thread a manager will delete.'),
      },
    })
    expect(started.status, started.text).toBe(201)
    const discussion = started.body.doc
    await payload.update({
      collection: 'discussions',
      id: discussion.id,
      data: { poll: { question: 'Which corridor first?', options: [{ label: 'Mekong' }] } },
      ...quietly,
    })
    const replied = await http.rest('POST', '/posts', {
      ...(await as(reader)),
      json: { discussion: discussion.id, body: body('A reply that others react to and flag.') },
    })
    expect(replied.status, replied.text).toBe(201)
    const reply = replied.body.doc
    const firstPost = discussion.firstPost.id ?? discussion.firstPost
    const readerRows = [
      ['post-reactions', { post: firstPost, kind: 'helpful' }],
      ['post-flags', { post: firstPost, reason: 'Testing what a delete removes.' }],
    ] as const
    for (const [collection, json] of readerRows) {
      const made = await http.rest('POST', `/${collection}`, { ...(await as(reader)), json })
      expect(made.status, `${collection}: ${made.text}`).toBe(201)
    }
    const authorRows = [
      ['post-reactions', { post: reply.id, kind: 'helpful' }],
      ['read-states', { discussion: discussion.id, lastReadAt: new Date().toISOString() }],
    ] as const
    for (const [collection, json] of authorRows) {
      const made = await http.rest('POST', `/${collection}`, { ...(await as(author)), json })
      expect(made.status, `${collection}: ${made.text}`).toBe(201)
    }
    const rowsOf = async () =>
      Object.fromEntries(
        await Promise.all(
          (
            ['posts', 'post-reactions', 'post-flags', 'read-states', 'forum-subscriptions'] as const
          ).map(async (collection) => [
            collection,
            (await payload.count({ collection, overrideAccess: true })).totalDocs,
          ]),
        ),
      )
    // Two posts; a reaction each way; one flag; the author's read state; both watch the thread.
    expect(await rowsOf()).toEqual({
      posts: 2,
      'post-reactions': 2,
      'post-flags': 1,
      'read-states': 1,
      'forum-subscriptions': 2,
    })

    const deleted = await http.rest('DELETE', `/discussions/${discussion.id}`, {
      token: managerToken,
    })
    expect(deleted.status, deleted.text).toBe(200)
    expect(await rowsOf()).toEqual({
      posts: 0,
      'post-reactions': 0,
      'post-flags': 0,
      'read-states': 0,
      'forum-subscriptions': 0,
    })

    // A member's own rows go with their account; their posts stay, without an author.
    const again = await http.rest('POST', '/discussions', {
      ...(await as(author)),
      json: {
        title: 'A thread that outlives a member',
        themes: [theme.id],
        body: body('Its author keeps writing here for a while.'),
      },
    })
    expect(again.status, again.text).toBe(201)
    const reacted = await http.rest('POST', '/post-reactions', {
      ...(await as(reader)),
      json: { post: again.body.doc.firstPost.id ?? again.body.doc.firstPost, kind: 'helpful' },
    })
    expect(reacted.status, reacted.text).toBe(201)
    for (const who of [reader, author]) {
      const gone = await http.rest('DELETE', `/users/${who.id}`, { token: managerToken })
      expect(gone.status, gone.text).toBe(200)
    }
    expect(await rowsOf()).toEqual({
      posts: 1,
      'post-reactions': 0,
      'post-flags': 0,
      'read-states': 0,
      'forum-subscriptions': 0,
    })
  })

  it('should delete a member who proposed an event, and keep the event without its submitter', async () => {
    const country = await sample<Country>('countries')
    const submitter = await memberWith('submitter', { maySubmit: true })
    const proposed = await http.rest('POST', '/events', {
      token: await tokenFor(payload, submitter),
      json: {
        title: 'Workshop on recruitment fees',
        kind: 'training',
        start: '2027-06-10T02:00:00.000Z',
        start_tz: 'Asia/Bangkok',
        end: '2027-06-10T05:00:00.000Z',
        end_tz: 'Asia/Bangkok',
        mode: 'in-person',
        place: 'Chiang Mai',
        country: country.id,
        themes: [theme.id],
        summary: 'A morning on recruitment fees and who pays them.',
      },
    })
    expect(proposed.status, proposed.text).toBe(201)
    const event = proposed.body.doc as Event
    expect((event.submittedBy as User).id).toBe(submitter.id)

    const deleted = await http.rest('DELETE', `/users/${submitter.id}`, { token: managerToken })
    expect(deleted.status).toBe(200)
    const kept = await payload.findByID({ collection: 'events', id: event.id, ...quietly })
    expect(kept.submittedBy ?? null).toBeNull()
  })

  it('should delete a directory entry a member belongs to, and keep the name the member shows', async () => {
    const country = await sample<Country>('countries')
    const entry = await sample<Organisation>('organisations', country)
    const member = await memberWith('belongs', {
      organisation: entry.name,
      organisationEntry: entry.id,
      proposedOrganisation: { entry: entry.id, name: null },
    })

    const deleted = await http.rest('DELETE', `/organisations/${entry.id}`, {
      token: managerToken,
    })
    expect(deleted.status).toBe(200)
    const after = await payload.findByID({ collection: 'users', id: member.id, ...quietly })
    expect(after.organisationEntry ?? null).toBeNull()
    expect(after.organisation).toBe(entry.name)
  })

  it('should delete a country a member follows, and keep the member’s other follows', async () => {
    const gone = await sample<Country>('countries')
    const stays = await sample<Country>('countries')
    const member = await memberWith('follower', {
      follows: { themes: [theme.id], countries: [gone.id, stays.id] },
    })

    const deleted = await http.rest('DELETE', `/countries/${gone.id}`, { token: managerToken })
    expect(deleted.status).toBe(200)
    const after = await payload.findByID({
      collection: 'users',
      id: member.id,
      depth: 0,
      ...quietly,
    })
    expect(after.follows?.countries).toEqual([stays.id])
    expect(after.follows?.themes).toEqual([theme.id])
  })
})
