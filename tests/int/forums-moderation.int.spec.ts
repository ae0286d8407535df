import { simpleParser, type ParsedMail } from 'mailparser'
import { _internal_resetJobSystemGlobals, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { MAIL_QUEUE } from '@/email/queue'
import { startMailSink, type MailSink } from '@/email/sink'
import { forumModerationMail } from '@/i18n/strings/forumModeration'
import type { Discussion, Post, Theme, User } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/lexical'

import { httpClient, type HttpResult } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, tokenFor, type Cast } from '../helpers/people'

/**
 * The thread page's and review page's server actions run here as Next would run them for a
 * signed-in person: `headers()` carries their token, `redirect()` throws where the browser would
 * be sent, and `refresh()` (the thread page re-rendered) is counted.
 */
const next = vi.hoisted(() => {
  class Redirected extends Error {
    constructor(readonly url: string) {
      super(`redirected to ${url}`)
    }
  }
  return { token: undefined as string | undefined, refreshed: 0, Redirected }
})
vi.mock('next/headers', () => ({
  headers: async () => new Headers(next.token ? { Authorization: `JWT ${next.token}` } : {}),
}))
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new next.Redirected(url)
  },
  notFound: () => {
    throw new Error('notFound() called')
  },
}))
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  refresh: () => {
    next.refreshed += 1
  },
}))

/**
 * Facilitation and moderation (issue 12, item 4, and the public summaries of item 1): pin, lock,
 * move, merge, hide with a reason (the author is told), show; members' flags (three hide a
 * post until a moderator decides); the facilitator's summary made public on the theme pages;
 * every action in the audit log. Each right is tried by a visitor, a pending member, a member,
 * the author, a moderator of the theme, a moderator of another theme and a manager.
 */
const SERVER_URL = 'https://cop.example.org'
let sink: MailSink
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let themes: { moderated: Theme; other: Theme }
let people: Record<'author' | 'otherModerator' | 'flagger1' | 'flagger2' | 'flagger3', User>

type Who =
  | 'visitor'
  | 'pending'
  | 'member'
  | 'author'
  | 'moderator'
  | 'otherModerator'
  | 'manager'
  | 'flagger1'
  | 'flagger2'
  | 'flagger3'
const tokens: Partial<Record<Who, string>> = {}
const body = (text: string) => paragraphsToRichText([text])

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  process.env.SERVER_URL = SERVER_URL
  portal = await bootPortal('forums-moderation')
  payload = portal.payload
  http = httpClient(portal.config)
  themes = await createThemes(payload)
  cast = await createCast(payload, themes.moderated)
  const person = (key: string, data: Partial<User> = {}) =>
    payload.create({
      collection: 'users',
      data: {
        email: `${key}@example.org`,
        password: PASSWORD,
        name: `${key} Person`,
        roles: ['member'],
        membershipStatus: 'approved',
        approvedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
        _verified: true,
        ...data,
      } as User,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  people = {
    author: await person('author', { preferredLanguage: 'th' } as Partial<User>),
    otherModerator: await person('other-moderator', {
      roles: ['moderator'],
      moderatedThemes: [themes.other.id],
    }),
    flagger1: await person('flagger1'),
    flagger2: await person('flagger2'),
    flagger3: await person('flagger3'),
  }
  for (const who of ['pending', 'member', 'moderator', 'manager'] as const) {
    tokens[who] = await tokenFor(payload, cast[who])
  }
  for (const who of Object.keys(people) as (keyof typeof people)[]) {
    tokens[who] = await tokenFor(payload, people[who])
  }
})

afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await portal?.close()
  await sink?.close()
  delete process.env.SMTP_URL
  delete process.env.SERVER_URL
})

beforeEach(() => {
  sink.messages.splice(0)
})

async function deliver(): Promise<(ParsedMail & { recipient: string })[]> {
  await payload.jobs.run({ queue: MAIL_QUEUE, limit: 100, silent: true })
  const mails = await Promise.all(
    sink.messages.map(async (mail) => ({
      ...(await simpleParser(mail.raw)),
      recipient: mail.to[0],
    })),
  )
  sink.messages.splice(0)
  return mails
}

let discussions = 0
/** A discussion started by the author in a theme (or cross-theme), with one reply by a member. */
async function startDiscussion(
  where: { themes: number[] } | { crossTheme: true } = { themes: [themes.moderated.id] },
): Promise<{ discussion: Discussion; first: Post; reply: Post }> {
  discussions += 1
  const discussion = await payload.create({
    collection: 'discussions',
    data: {
      title: `Recruitment fees discussion number ${discussions}`,
      ...where,
      body: body(`The opening post of discussion ${discussions}, long enough.`),
    } as unknown as Discussion,
    user: people.author,
    overrideAccess: false,
  })
  const reply = await payload.create({
    collection: 'posts',
    data: {
      discussion: discussion.id,
      body: body(`A reply by a member to discussion ${discussions}, long enough.`),
    } as unknown as Post,
    user: cast.member,
    overrideAccess: false,
  })
  const first = (await payload.findByID({ collection: 'discussions', id: discussion.id, depth: 0 }))
    .firstPost as number
  return {
    discussion,
    first: await payload.findByID({ collection: 'posts', id: first, depth: 0 }),
    reply,
  }
}

const as = (who: Who) => tokens[who as keyof typeof tokens]

const patch = (who: Who, id: number, json: object) =>
  http.rest('PATCH', `/discussions/${id}`, { token: as(who), json })

const stored = (id: number) =>
  payload.findByID({ collection: 'discussions', id, depth: 0, overrideAccess: true })

async function auditActions(subject: number, since: string) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ subject: { equals: subject } }, { createdAt: { greater_than: since } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs.map((entry) => entry.action)
}

/** Statuses for the whole cast, in a fixed order, each refused attempt leaving nothing behind. */
const REFUSED: Who[] = ['visitor', 'pending', 'member', 'author', 'otherModerator']
async function statuses(run: (who: Who) => Promise<HttpResult>, cast: Who[] = REFUSED) {
  const result: Partial<Record<Who, number>> = {}
  for (const who of cast) result[who] = (await run(who)).status
  return result
}

describe('pinning, locking and moving (PATCH /api/discussions/:id)', () => {
  it('lets moderators of the theme and managers pin and lock, refuses everyone else, and audits each', async () => {
    const { discussion } = await startDiscussion()
    const since = new Date().toISOString()
    expect(await statuses((who) => patch(who, discussion.id, { pinned: true }))).toEqual({
      visitor: 403,
      pending: 403,
      member: 403,
      author: 403,
      otherModerator: 403,
    })
    expect((await stored(discussion.id)).pinned).toBe(false)

    const pinned = await patch('moderator', discussion.id, { pinned: true })
    expect(pinned.status).toBe(200)
    expect((await stored(discussion.id)).pinned).toBe(true)
    expect((await patch('manager', discussion.id, { pinned: false })).status).toBe(200)

    expect(await statuses((who) => patch(who, discussion.id, { status: 'locked' }))).toEqual({
      visitor: 403,
      pending: 403,
      member: 403,
      author: 403,
      otherModerator: 403,
    })
    expect((await patch('moderator', discussion.id, { status: 'locked' })).status).toBe(200)
    // Locked: a member's reply is refused, a moderator may still write.
    const refusedReply = await http.rest('POST', '/posts', {
      token: as('member'),
      json: { discussion: discussion.id, body: body('A reply to a locked discussion, refused.') },
    })
    expect(refusedReply.status).toBe(403)
    expect((await patch('manager', discussion.id, { status: 'open' })).status).toBe(200)

    expect(await auditActions(people.author.id, since)).toEqual([
      'discussion-pinned',
      'discussion-unpinned',
      'discussion-locked',
      'discussion-unlocked',
    ])
    const [entry] = (
      await payload.find({
        collection: 'audit-log',
        where: {
          and: [
            { action: { equals: 'discussion-pinned' } },
            { createdAt: { greater_than: since } },
          ],
        },
        depth: 0,
      })
    ).docs
    expect(entry.actor).toBe(cast.moderator.id)
    expect(entry.details).toMatchObject({ discussion: discussion.id })
  })

  it('lets the author change only the title and tags of their own discussion', async () => {
    const { discussion } = await startDiscussion()
    const title = 'Recruitment fees, renamed by its author'
    expect((await patch('author', discussion.id, { title, tags: ['fees'] })).status).toBe(200)
    expect((await stored(discussion.id)).title).toBe(title)
    expect(
      (await patch('member', discussion.id, { title: 'Renamed by someone else entirely' })).status,
    ).toBe(403)
    const facilitation = await patch('author', discussion.id, {
      facilitation: { facilitator: people.author.id },
    })
    expect(facilitation.status).toBe(403)
    expect(facilitation.text).toContain('Only a moderator of this discussion')
    expect(
      (
        await patch('moderator', discussion.id, {
          title: 'Recruitment fees, renamed by a moderator',
        })
      ).status,
    ).toBe(200)
  })

  it('refuses pinning through GraphQL to a member and lets a moderator', async () => {
    const { discussion } = await startDiscussion()
    const mutation = `mutation { updateDiscussion(id: ${discussion.id}, data: { pinned: true }) { id pinned } }`
    const refused = await http.graphql(mutation, { token: as('member') })
    expect(refused.body.errors?.[0]?.message).toBe('You are not allowed to perform this action.')
    expect(refused.body.data?.updateDiscussion ?? null).toBeNull()
    expect((await stored(discussion.id)).pinned).toBe(false)
    const otherModerator = await http.graphql(mutation, { token: as('otherModerator') })
    expect(otherModerator.body.errors?.[0]?.message).toBe(
      'You are not allowed to perform this action.',
    )
    const author = await http.graphql(mutation, { token: as('author') })
    expect(author.body.errors?.[0]?.message).toContain(
      'Only a moderator of this discussion’s themes or a manager may pin',
    )
    expect((await stored(discussion.id)).pinned).toBe(false)
    const allowed = await http.graphql(mutation, { token: as('moderator') })
    expect(allowed.body.data.updateDiscussion).toEqual({ id: discussion.id, pinned: true })
  })

  it('moves a discussion: the mover must moderate it before the move; its flags follow it', async () => {
    const { discussion, reply } = await startDiscussion()
    const flag = await http.rest('POST', '/post-flags', {
      token: as('flagger1'),
      json: { post: reply.id, reason: 'Off topic for this theme.' },
    })
    expect(flag.status).toBe(201)
    const since = new Date().toISOString()
    const move = { themes: [themes.other.id] }
    expect(await statuses((who) => patch(who, discussion.id, move))).toEqual({
      visitor: 403,
      pending: 403,
      member: 403,
      author: 403,
      otherModerator: 403,
    })
    // Into a theme the moderator does not moderate: allowed, and the discussion is then the
    // other theme's moderators' to look after.
    expect((await patch('moderator', discussion.id, move)).status).toBe(200)
    expect((await stored(discussion.id)).themes).toEqual([themes.other.id])
    const back = { themes: [themes.moderated.id] }
    expect((await patch('moderator', discussion.id, back)).status).toBe(403)
    const flagNow = await payload.findByID({
      collection: 'post-flags',
      id: flag.body.doc.id,
      depth: 0,
    })
    expect(flagNow.themes).toEqual([themes.other.id])
    expect((await patch('otherModerator', discussion.id, back)).status).toBe(200)
    expect((await patch('manager', discussion.id, { crossTheme: true, themes: [] })).status).toBe(
      200,
    )
    expect(await auditActions(people.author.id, since)).toEqual([
      'discussion-moved',
      'discussion-moved',
      'discussion-moved',
    ])
    const [first] = (
      await payload.find({
        collection: 'audit-log',
        where: {
          and: [{ action: { equals: 'discussion-moved' } }, { createdAt: { greater_than: since } }],
        },
        sort: 'createdAt',
        depth: 0,
      })
    ).docs
    expect(first.details).toMatchObject({
      discussion: discussion.id,
      from: { themes: [themes.moderated.id], crossTheme: false },
      to: { themes: [themes.other.id], crossTheme: false },
    })
  })

  it('lets any moderator pin a cross-theme discussion', async () => {
    const { discussion } = await startDiscussion({ crossTheme: true })
    expect((await patch('otherModerator', discussion.id, { pinned: true })).status).toBe(200)
    expect((await patch('member', discussion.id, { pinned: false })).status).toBe(403)
  })
})

describe('hiding a post (POST /api/posts/:id/hide, /show)', () => {
  const hide = (who: Who, id: number, reason?: string) =>
    http.rest('POST', `/posts/${id}/hide`, {
      token: as(who),
      json: reason === undefined ? {} : { reason },
    })
  const show = (who: Who, id: number) =>
    http.rest('POST', `/posts/${id}/show`, { token: as(who), json: {} })
  const REASON = 'Personal attacks are not allowed here.'

  it('lets moderators of the theme and managers hide with a reason, refuses the rest, and tells the author once', async () => {
    const { discussion, first } = await startDiscussion()
    await deliver()
    const since = new Date().toISOString()
    expect(await statuses((who) => hide(who, first.id, REASON))).toEqual({
      visitor: 403,
      pending: 403,
      member: 403,
      author: 403,
      otherModerator: 403,
    })
    const noReason = await hide('moderator', first.id)
    expect(noReason.status).toBe(400)
    expect(noReason.text).toContain('Give the reason for hiding this post: its author is told.')
    expect((await hide('moderator', first.id, '   ')).status).toBe(400)
    expect((await payload.findByID({ collection: 'posts', id: first.id, depth: 0 })).state).toBe(
      'visible',
    )
    expect(await deliver()).toHaveLength(0)

    const hidden = await hide('moderator', first.id, REASON)
    expect(hidden.status).toBe(200)
    expect(hidden.body.doc).toMatchObject({ id: first.id, state: 'hidden' })
    const storedPost = await payload.findByID({ collection: 'posts', id: first.id, depth: 0 })
    expect(storedPost.state).toBe('hidden')
    expect(storedPost.moderation).toMatchObject({ reason: REASON, by: cast.moderator.id })

    const mails = await deliver()
    expect(mails).toHaveLength(1)
    expect(mails[0].recipient).toBe(people.author.email)
    expect(mails[0].subject).toBe(forumModerationMail.postHiddenSubject.th)
    expect(mails[0].text).toContain(REASON)
    expect(mails[0].text).toContain(
      `${SERVER_URL}/th/forums/${discussion.slug}?post=${first.id}#post-${first.id}`,
    )

    // A plain edit cannot unhide it, not even by its author.
    const unhide = await http.rest('PATCH', `/posts/${first.id}`, {
      token: as('author'),
      json: { state: 'visible' },
    })
    expect(unhide.status).toBe(403)

    expect(await statuses((who) => show(who, first.id))).toEqual({
      visitor: 403,
      pending: 403,
      member: 403,
      author: 403,
      otherModerator: 403,
    })
    expect((await show('manager', first.id)).status).toBe(200)
    expect((await payload.findByID({ collection: 'posts', id: first.id, depth: 0 })).state).toBe(
      'visible',
    )
    expect((await hide('manager', first.id, REASON)).status).toBe(200)
    expect(await deliver()).toHaveLength(1)
    expect(await auditActions(people.author.id, since)).toEqual([
      'post-hidden',
      'post-shown',
      'post-hidden',
    ])
  })

  it('keeps a hidden post’s words from members through REST and GraphQL; the placeholder stays, the author reads the reason', async () => {
    const { discussion, first } = await startDiscussion()
    expect((await hide('moderator', first.id, REASON)).status).toBe(200)
    await deliver()

    const asMember = await http.rest('GET', `/posts/${first.id}`, { token: as('member') })
    expect(asMember.status).toBe(200)
    expect(asMember.body.state).toBe('hidden')
    expect(asMember.body.body).toBeUndefined()
    expect(asMember.body.text).toBeUndefined()
    expect(asMember.body.moderation).toBeUndefined()
    expect(asMember.text).not.toContain('opening post of discussion')

    const list = await http.rest('GET', `/posts?where[discussion][equals]=${discussion.id}`, {
      token: as('member'),
    })
    expect(list.body.totalDocs).toBe(2)
    expect(list.text).not.toContain('opening post of discussion')
    const probe = await http.rest('GET', `/posts?where[text][like]=opening`, {
      token: as('member'),
    })
    // Payload refuses a query on a field the reader may not read: 400, "cannot be queried".
    expect(probe.status).toBe(400)
    expect(probe.text).toContain('The following path cannot be queried: text')
    const selected = await http.rest('GET', `/posts/${first.id}?select[body]=true`, {
      token: as('member'),
    })
    // The post itself is read (a refusal would also lack the words): only its body is left out.
    expect(selected.status).toBe(200)
    expect(selected.body.id).toBe(first.id)
    expect(selected.body.body).toBeUndefined()
    expect(selected.text).not.toContain('opening post of discussion')

    const query = `{ Post(id: ${first.id}) { id state text body moderation { reason } } }`
    const graphql = await http.graphql(query, { token: as('member') })
    expect(graphql.body.data.Post).toMatchObject({
      id: first.id,
      state: 'hidden',
      text: null,
      body: null,
    })
    expect(graphql.body.data.Post.moderation?.reason ?? null).toBeNull()

    const asAuthor = await http.rest('GET', `/posts/${first.id}`, { token: as('author') })
    expect(asAuthor.body.text).toContain('opening post of discussion')
    expect(asAuthor.body.moderation.reason).toBe(REASON)
    expect(asAuthor.body.moderation.by).toBeUndefined()

    const asModerator = await http.rest('GET', `/posts/${first.id}?depth=0`, {
      token: as('moderator'),
    })
    expect(asModerator.body.text).toContain('opening post of discussion')
    expect(asModerator.body.moderation).toMatchObject({ reason: REASON, by: cast.moderator.id })
    const asOtherModerator = await http.rest('GET', `/posts/${first.id}`, {
      token: as('otherModerator'),
    })
    // Another theme's moderator reads the hidden post as a member does, not a refusal.
    expect(asOtherModerator.status).toBe(200)
    expect(asOtherModerator.body.state).toBe('hidden')
    expect(asOtherModerator.body.text).toBeUndefined()
  })

  it('leaves a post its author deleted as it is', async () => {
    const { reply } = await startDiscussion()
    await payload.update({ collection: 'posts', id: reply.id, data: { state: 'deleted' } })
    const hidden = await hide('moderator', reply.id, REASON)
    expect(hidden.status).toBe(400)
    expect(hidden.text).toContain('Its author deleted this post; nobody reads it.')
    expect((await show('moderator', reply.id)).status).toBe(400)
    expect(await deliver()).toHaveLength(0)
  })
})

describe('flags', () => {
  const flag = (who: Who, post: number, reason: string | undefined = 'Spam: an advertisement.') =>
    http.rest('POST', '/post-flags', { token: as(who), json: { post, reason } })

  it('lets members flag others’ posts once, with a reason', async () => {
    const { first, reply } = await startDiscussion()
    expect((await flag('visitor', reply.id)).status).toBe(403)
    expect((await flag('pending', reply.id)).status).toBe(403)
    const own = await flag('author', first.id)
    expect(own.status).toBe(403)
    expect(own.text).toContain('You cannot flag your own post.')
    const noReason = await flag('flagger1', reply.id, '  ')
    expect(noReason.status).toBe(400)
    expect(noReason.text).toContain('Say why you flag this post')
    expect((await flag('flagger1', reply.id)).status).toBe(201)
    expect((await flag('flagger1', reply.id)).status).toBe(400)
    // A member reads their own flags only; the theme's moderators read them all.
    const asOther = await http.rest('GET', `/post-flags?where[post][equals]=${reply.id}`, {
      token: as('flagger2'),
    })
    expect(asOther.body.totalDocs).toBe(0)
    const asModerator = await http.rest('GET', `/post-flags?where[post][equals]=${reply.id}`, {
      token: as('moderator'),
    })
    expect(asModerator.body.totalDocs).toBe(1)
    const asOtherModerator = await http.rest('GET', `/post-flags?where[post][equals]=${reply.id}`, {
      token: as('otherModerator'),
    })
    expect(asOtherModerator.body.totalDocs).toBe(0)
  })

  it('hides a post flagged by three members at once until a moderator decides; two leave it visible', async () => {
    const { reply } = await startDiscussion()
    const two = await startDiscussion()
    const since = new Date().toISOString()
    const results = await Promise.all(
      (['flagger1', 'flagger2', 'flagger3'] as const).map((who) => flag(who, reply.id)),
    )
    expect(results.map((result) => result.status)).toEqual([201, 201, 201])
    const flagged = await payload.findByID({ collection: 'posts', id: reply.id, depth: 0 })
    expect(flagged.state).toBe('flagged')
    expect(flagged.flagCount).toBe(3)
    expect(await auditActions(cast.member.id, since)).toEqual(['post-hidden-by-flags'])
    const asMember = await http.rest('GET', `/posts/${reply.id}`, { token: as('flagger1') })
    expect(asMember.body.state).toBe('flagged')
    expect(asMember.body.text).toBeUndefined()

    await Promise.all((['flagger1', 'flagger2'] as const).map((who) => flag(who, two.reply.id)))
    const visible = await payload.findByID({ collection: 'posts', id: two.reply.id, depth: 0 })
    expect(visible.state).toBe('visible')
    expect(visible.flagCount).toBe(2)

    // Dismissing: refused to all but the theme's moderators and managers; the post shows again.
    const dismiss = (who: Who) =>
      http.rest('POST', `/posts/${reply.id}/dismiss-flags`, { token: as(who), json: {} })
    expect(await statuses(dismiss)).toEqual({
      visitor: 403,
      pending: 403,
      member: 403,
      author: 403,
      otherModerator: 403,
    })
    expect((await dismiss('moderator')).status).toBe(200)
    expect(await payload.findByID({ collection: 'posts', id: reply.id, depth: 0 })).toMatchObject({
      state: 'visible',
      flagCount: 0,
    })
    const flags = await payload.find({
      collection: 'post-flags',
      where: { post: { equals: reply.id } },
      depth: 0,
    })
    expect(flags.docs.map((doc) => doc.status)).toEqual(['dismissed', 'dismissed', 'dismissed'])
    expect(await auditActions(cast.member.id, since)).toEqual([
      'post-hidden-by-flags',
      'flags-dismissed',
    ])

    // Upholding the two flags on the other post: hidden, its author told.
    await deliver()
    expect((await hide('manager', two.reply.id, 'Upheld: an advertisement.')).status).toBe(200)
    const upheld = await payload.find({
      collection: 'post-flags',
      where: { post: { equals: two.reply.id } },
      depth: 0,
    })
    expect(upheld.docs.map((doc) => doc.status)).toEqual(['upheld', 'upheld'])
    const mails = await deliver()
    expect(mails.map((mail) => mail.recipient)).toEqual([cast.member.email])
    const upholding = await payload.find({
      collection: 'audit-log',
      where: {
        and: [{ action: { equals: 'post-hidden' } }, { createdAt: { greater_than: since } }],
      },
      depth: 0,
    })
    expect(upholding.docs).toHaveLength(1)
    expect(upholding.docs[0]).toMatchObject({
      actor: cast.manager.id,
      subject: cast.member.id,
      reason: 'Upheld: an advertisement.',
      details: { post: two.reply.id, flagsUpheld: 2, previousState: 'visible' },
    })
  })

  const hide = (who: Who, id: number, reason: string) =>
    http.rest('POST', `/posts/${id}/hide`, { token: as(who), json: { reason } })
})

describe('merging duplicates (POST /api/discussions/:id/merge)', () => {
  it('moves the duplicate’s posts into the target, locks the duplicate, fixes both counters, in one step', async () => {
    const target = await startDiscussion()
    const duplicate = await startDiscussion()
    const since = new Date().toISOString()
    const merge = (who: Who, into: unknown = target.discussion.id) =>
      http.rest('POST', `/discussions/${duplicate.discussion.id}/merge`, {
        token: as(who),
        json: { into },
      })
    expect(await statuses((who) => merge(who))).toEqual({
      visitor: 403,
      pending: 403,
      member: 403,
      author: 403,
      otherModerator: 403,
    })
    expect((await merge('moderator', 'no-such-discussion')).status).toBe(400)
    expect((await merge('moderator', duplicate.discussion.id)).status).toBe(400)
    const merged = await merge('moderator', target.discussion.slug)
    expect(merged.status).toBe(200)
    expect(merged.body.target).toMatchObject({ id: target.discussion.id, replyCount: 3 })

    const after = await stored(duplicate.discussion.id)
    expect(after).toMatchObject({
      mergedInto: target.discussion.id,
      status: 'locked',
      replyCount: 0,
    })
    const into = await stored(target.discussion.id)
    expect(into.replyCount).toBe(3)
    expect(into.lastPost).toBe(duplicate.reply.id)
    const posts = await payload.find({
      collection: 'posts',
      where: { discussion: { equals: target.discussion.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(posts.docs.map((post) => post.id)).toEqual([
      target.first.id,
      target.reply.id,
      duplicate.first.id,
      duplicate.reply.id,
    ])
    expect(posts.docs.map((post) => post.mergedFrom ?? null)).toEqual([
      null,
      null,
      duplicate.discussion.id,
      duplicate.discussion.id,
    ])
    const replyToMerged = await http.rest('POST', '/posts', {
      token: as('member'),
      json: {
        discussion: duplicate.discussion.id,
        body: body('A late reply to the merged duplicate.'),
      },
    })
    expect(replyToMerged.status).toBe(403)
    expect((await merge('manager')).status).toBe(400)
    expect(await auditActions(people.author.id, since)).toEqual(['discussions-merged'])
    // A plain edit never sets `mergedInto`.
    expect(
      (await patch('moderator', target.discussion.id, { mergedInto: duplicate.discussion.id }))
        .status,
    ).toBe(403)
  })
})

describe('the facilitator’s summary', () => {
  it('is written by the facilitator or a moderator, made public by a moderator once closed, and shows to visitors alone of the discussion', async () => {
    const { discussion } = await startDiscussion()
    const since = new Date().toISOString()
    const facilitate = { facilitation: { facilitator: cast.member.id } }
    expect((await patch('author', discussion.id, facilitate)).status).toBe(403)
    expect((await patch('manager', discussion.id, facilitate)).status).toBe(200)

    const summary = { facilitation: { summary: body('The group agreed that fees must be zero.') } }
    expect((await patch('flagger1', discussion.id, summary)).status).toBe(403)
    expect((await patch('author', discussion.id, summary)).status).toBe(403)
    expect((await patch('member', discussion.id, summary)).status).toBe(200)

    const publish = { facilitation: { summaryPublic: true } }
    expect(await statuses((who) => patch(who, discussion.id, publish))).toEqual({
      visitor: 403,
      pending: 403,
      member: 403,
      author: 403,
      otherModerator: 403,
    })
    const whileOpen = await patch('moderator', discussion.id, publish)
    expect(whileOpen.status).toBe(400)
    expect(whileOpen.text).toContain('A summary is made public once the discussion is closed')
    expect((await patch('moderator', discussion.id, { status: 'locked' })).status).toBe(200)
    expect((await patch('moderator', discussion.id, publish)).status).toBe(200)

    const visitorRead = await http.rest('GET', '/discussion-summaries?depth=2')
    expect(visitorRead.status).toBe(200)
    expect(visitorRead.body.totalDocs).toBe(1)
    const [entry] = visitorRead.body.docs
    expect(entry.title).toBe(discussion.title)
    expect(
      entry.themes.map((theme: { id: number } | number) =>
        typeof theme === 'object' ? theme.id : theme,
      ),
    ).toEqual([themes.moderated.id])
    expect(JSON.stringify(entry.summary)).toContain('The group agreed that fees must be zero.')
    // Nothing else of the discussion: no author, no post text, the discussion itself unreadable.
    expect(entry.discussion).toBe(discussion.id)
    expect(visitorRead.text).not.toContain('opening post of discussion')
    expect(visitorRead.text).not.toContain('Author Person')
    expect(visitorRead.text).not.toContain('author@example.org')
    expect((await http.rest('GET', `/discussions/${discussion.id}`)).status).toBe(403)
    const graphql = await http.graphql('{ DiscussionSummaries { docs { title } } }')
    expect(graphql.body.data.DiscussionSummaries.docs).toEqual([{ title: discussion.title }])

    // Visitors cannot write summaries; nor can members.
    const forged = await http.rest('POST', '/discussion-summaries', {
      token: as('member'),
      json: {
        discussion: discussion.id,
        title: 'A forged summary title',
        summary: body('Forged summary.'),
      },
    })
    expect(forged.status).toBe(403)
    for (const who of ['moderator', 'otherModerator', 'manager'] as const) {
      const direct = await http.rest('POST', '/discussion-summaries', {
        token: as(who),
        json: {
          discussion: discussion.id,
          title: 'A summary written around the discussion',
          summary: body('Direct.'),
        },
      })
      expect(direct.status).toBe(403)
      const edit = await http.rest('PATCH', `/discussion-summaries/${entry.id}`, {
        token: as(who),
        json: { title: 'A summary title rewritten directly' },
      })
      expect(edit.status).toBe(403)
    }

    // The facilitator's edit of a public summary updates it.
    const edited = {
      facilitation: { summary: body('The group agreed: fees must be zero, always.') },
    }
    expect((await patch('member', discussion.id, edited)).status).toBe(200)
    const again = await http.rest('GET', '/discussion-summaries')
    expect(JSON.stringify(again.body.docs[0].summary)).toContain('fees must be zero, always')

    expect(
      (await patch('manager', discussion.id, { facilitation: { summaryPublic: false } })).status,
    ).toBe(200)
    expect((await http.rest('GET', '/discussion-summaries')).body.totalDocs).toBe(0)
    expect(await auditActions(people.author.id, since)).toEqual([
      'summary-written',
      'discussion-locked',
      'summary-published',
      'summary-written',
      'summary-withdrawn',
    ])
  })

  it('publishes a summary once the facilitated period is over', async () => {
    const { discussion } = await startDiscussion()
    const closed = {
      facilitation: {
        facilitator: cast.member.id,
        opensAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() - 86_400_000).toISOString(),
        summary: body('What the facilitated week concluded.'),
        summaryPublic: true,
      },
    }
    expect((await patch('otherModerator', discussion.id, closed)).status).toBe(403)
    expect((await patch('moderator', discussion.id, closed)).status).toBe(200)
    const read = await http.rest(
      'GET',
      `/discussion-summaries?where[discussion][equals]=${discussion.id}`,
    )
    expect(read.body.totalDocs).toBe(1)
    // Moved, its public summary moves with it.
    expect((await patch('moderator', discussion.id, { themes: [themes.other.id] })).status).toBe(
      200,
    )
    const moved = await http.rest(
      'GET',
      `/discussion-summaries?where[discussion][equals]=${discussion.id}&depth=0`,
    )
    expect(moved.body.docs[0].themes).toEqual([themes.other.id])
  })
})

describe('the pages: thread tools, the review queue’s flagged posts, the theme page’s summaries', () => {
  it('draws the moderators’ tools for the theme’s moderators and managers only', async () => {
    const { DiscussionModeration, PostModeration } = await import('@/components/forums/Moderation')
    const { discussion, reply } = await startDiscussion()
    const fresh = await stored(discussion.id)
    const tools = async (viewer: User) =>
      renderToStaticMarkup(
        (await DiscussionModeration({ discussion: fresh, viewer, locale: 'en' })) ?? null,
      )
    const postTools = (viewer: User) =>
      renderToStaticMarkup(
        PostModeration({ post: reply, discussion: fresh, viewer, locale: 'th' }) ?? null,
      )
    for (const viewer of [cast.member, people.author, people.otherModerator]) {
      expect(await tools(viewer)).toBe('')
      expect(postTools(viewer)).toBe('')
    }
    for (const viewer of [cast.moderator, cast.manager]) {
      const html = await tools(viewer)
      expect(html).toContain('Pin to the top')
      expect(html).toContain('Lock (no new replies)')
      expect(html).toContain('Domestic workers')
      expect(html).toContain('Merge')
      expect(html).toContain('Show it on the theme pages')
      expect(postTools(viewer)).toContain('ซ่อนโพสต์นี้')
    }
    // The facilitator gets the summary alone.
    await payload.update({
      collection: 'discussions',
      id: discussion.id,
      data: { facilitation: { facilitator: cast.member.id } },
      overrideAccess: true,
    })
    const facilitated = await stored(discussion.id)
    const html = renderToStaticMarkup(
      (await DiscussionModeration({
        discussion: facilitated,
        viewer: cast.member,
        locale: 'en',
      })) ?? null,
    )
    expect(html).toContain('Facilitator’s summary')
    expect(html).not.toContain('Pin to the top')
    expect(html).not.toContain('Show it on the theme pages')
  })

  it('lists open flags in the review queue of the theme’s moderators, not of another theme’s', async () => {
    const { listFlaggedPosts } = await import('@/data/forumFlags')
    const { FlaggedPosts } = await import('@/components/forums/FlaggedPosts')
    const { reply, discussion } = await startDiscussion()
    await http.rest('POST', '/post-flags', {
      token: as('flagger2'),
      json: { post: reply.id, reason: 'Shares a worker’s phone number.' },
    })
    const forModerator = await listFlaggedPosts({ user: cast.moderator })
    const listed = forModerator.find((post) => post.id === reply.id)
    expect(listed).toMatchObject({
      state: 'visible',
      author: 'Member Person',
      discussion: { id: discussion.id, title: discussion.title },
      reasons: ['Shares a worker’s phone number.'],
    })
    expect((await listFlaggedPosts({ user: cast.manager })).map((post) => post.id)).toContain(
      reply.id,
    )
    expect(
      (await listFlaggedPosts({ user: people.otherModerator })).map((post) => post.id),
    ).not.toContain(reply.id)
    expect(await listFlaggedPosts({ user: cast.member })).toEqual([])
    const html = renderToStaticMarkup(FlaggedPosts({ locale: 'en', posts: forModerator }))
    expect(html).toContain('Flagged posts')
    expect(html).toContain('Shares a worker’s phone number.')
    expect(html).toContain('Uphold: hide the post')
    expect(html).toContain('Dismiss: show the post')
    expect(renderToStaticMarkup(FlaggedPosts({ locale: 'en', posts: [] }))).toContain(
      'No flagged post waits for you.',
    )
  })

  it('shows a published summary on its theme page to a visitor, in the page’s language', async () => {
    const { listForumSummaries } = await import('@/data/forumSummaries')
    const { ThemeSummaries } = await import('@/components/forums/ThemeSummaries')
    const { discussion } = await startDiscussion()
    const before = await listForumSummaries({
      user: null,
      locale: 'en',
      themeId: themes.moderated.id,
    })
    expect(
      (
        await patch('moderator', discussion.id, {
          status: 'locked',
          facilitation: {
            summary: body('Zero fees is the rule we agreed on.'),
            summaryPublic: true,
          },
        })
      ).status,
    ).toBe(200)
    const summaries = await listForumSummaries({
      user: null,
      locale: 'en',
      themeId: themes.moderated.id,
    })
    expect(summaries).toHaveLength(before.length + 1)
    expect(summaries[0]).toMatchObject({ title: discussion.title })
    expect(Object.keys(summaries[0]).sort()).toEqual([
      'id',
      'language',
      'publishedAt',
      'summary',
      'title',
    ])
    const otherTheme = await listForumSummaries({
      user: null,
      locale: 'en',
      themeId: themes.other.id,
    })
    expect(otherTheme.map((entry) => entry.title)).not.toContain(discussion.title)
    const html = renderToStaticMarkup(ThemeSummaries({ locale: 'th', summaries }))
    expect(html).toContain('ข้อสรุปจากการอภิปราย')
    expect(html).toContain('Zero fees is the rule we agreed on.')
    expect(renderToStaticMarkup(ThemeSummaries({ locale: 'en', summaries: [] }))).toBe('')
  })
})

describe('the thread page’s and review page’s forms (server actions)', () => {
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData()
    for (const [name, value] of Object.entries(fields)) {
      for (const one of Array.isArray(value) ? value : [value]) data.append(name, one)
    }
    return data
  }
  const asPerson = async <T>(who: Who, run: () => Promise<T>): Promise<T | string> => {
    next.token = who === 'visitor' ? undefined : as(who)
    try {
      return await run()
    } catch (error) {
      if (error instanceof next.Redirected) return error.url
      throw error
    } finally {
      next.token = undefined
    }
  }

  it('pins, hides and merges as the signed-in moderator, and answers everyone else with the reason', async () => {
    const actions = await import('@/forums/moderationActions')
    const { discussion, reply } = await startDiscussion()
    const which = { locale: 'en', id: String(discussion.id), slug: discussion.slug ?? '' }
    const pin = form({ ...which, act: 'pin' })
    expect(await asPerson('visitor', () => actions.moderateDiscussion({}, pin))).toBe(
      `/en/account/sign-in?next=${encodeURIComponent(`/en/forums/${discussion.slug}`)}`,
    )
    expect(await asPerson('member', () => actions.moderateDiscussion({}, pin))).toEqual({
      code: 'forbidden',
    })
    expect(await asPerson('otherModerator', () => actions.moderateDiscussion({}, pin))).toEqual({
      code: 'forbidden',
    })
    const refreshed = next.refreshed
    expect(await asPerson('moderator', () => actions.moderateDiscussion({}, pin))).toEqual({
      code: 'done',
    })
    expect(next.refreshed).toBe(refreshed + 1)
    expect((await stored(discussion.id)).pinned).toBe(true)

    const move = form({ ...which, act: 'move', themes: [String(themes.other.id)] })
    expect(await asPerson('moderator', () => actions.moderateDiscussion({}, move))).toEqual({
      code: 'done',
    })
    expect((await stored(discussion.id)).themes).toEqual([themes.other.id])

    const post = { locale: 'en', id: String(reply.id), slug: discussion.slug ?? '' }
    const hideWithout = form({ ...post, act: 'hide', reason: ' ' })
    expect(await asPerson('otherModerator', () => actions.moderatePost({}, hideWithout))).toEqual({
      code: 'reason',
    })
    expect(await asPerson('moderator', () => actions.moderatePost({}, hideWithout))).toEqual({
      code: 'forbidden',
    })
    const hideWith = form({ ...post, act: 'hide', reason: 'Off topic.' })
    expect(await asPerson('otherModerator', () => actions.moderatePost({}, hideWith))).toEqual({
      code: 'done',
    })
    expect((await payload.findByID({ collection: 'posts', id: reply.id, depth: 0 })).state).toBe(
      'hidden',
    )

    const target = await startDiscussion({ themes: [themes.other.id] })
    const merge = form({
      ...which,
      act: 'merge',
      into: `https://cop.example.org/en/forums/${target.discussion.slug}`,
    })
    expect(await asPerson('manager', () => actions.moderateDiscussion({}, merge))).toBe(
      `/en/forums/${target.discussion.slug}`,
    )
    expect((await stored(discussion.id)).mergedInto).toBe(target.discussion.id)
    await deliver()
  })

  it('upholds and dismisses flags from the review page', async () => {
    const { decideOnFlags } = await import('@/forums/moderationActions')
    const one = await startDiscussion()
    const two = await startDiscussion()
    for (const post of [one.reply.id, two.reply.id]) {
      // Without the flags the decisions below would have nothing to decide on.
      const flagged = await http.rest('POST', '/post-flags', {
        token: as('flagger3'),
        json: { post, reason: 'Rude to another member.' },
      })
      expect(flagged.status).toBe(201)
    }
    const decide = (who: Who, fields: Record<string, string>) =>
      asPerson(who, () => decideOnFlags(form({ locale: 'en', ...fields })))
    expect(await decide('otherModerator', { id: String(one.reply.id), decision: 'dismiss' })).toBe(
      '/en/account/review?error=flag-forbidden',
    )
    expect(await decide('moderator', { id: String(one.reply.id), decision: 'uphold' })).toBe(
      '/en/account/review?error=flag-reason',
    )
    expect(
      await decide('moderator', { id: String(one.reply.id), decision: 'uphold', reason: 'Rude.' }),
    ).toBe('/en/account/review?flags=done')
    expect(await decide('moderator', { id: String(two.reply.id), decision: 'dismiss' })).toBe(
      '/en/account/review?flags=done',
    )
    const states = await Promise.all(
      [one.reply.id, two.reply.id].map(
        async (id) => (await payload.findByID({ collection: 'posts', id, depth: 0 })).state,
      ),
    )
    expect(states).toEqual(['hidden', 'visible'])
    const mails = await deliver()
    expect(mails.map((mail) => mail.recipient)).toEqual([cast.member.email])
  })
})
