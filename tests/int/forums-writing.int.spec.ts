import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PostBody } from '@/components/forums/PostBody'
import {
  configureForumProtection,
  DEFAULT_FORUM_PROTECTION,
  forumProtectionFromEnv,
} from '@/forums/protection'
import type { Discussion, Theme, User } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/lexical'

import { httpClient } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, tokenFor, type Cast } from '../helpers/people'
import { MINIMAL_PDF, PNG_PIXEL } from '../helpers/samples'

/**
 * Writing in the forums (issue 12, items 3 and 6) at the API edge: bodies held to the editor's
 * allow-list (stored-XSS payloads refused or kept as inert text), the posting rates, editing and
 * deleting one's own post, reactions, answers, polls, attachments and mentions; for each rule,
 * who may and who may not, through REST and GraphQL.
 */
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let themes: { moderated: Theme; other: Theme }
let otherModerator: User
const tokens: Record<string, string | undefined> = {}

const body = (text: string) => paragraphsToRichText([text])
const DAY_MS = 86_400_000

/** Another approved member, approved `daysAgo` days ago (the newcomer rules run for 7 days). */
async function newMember(key: string, daysAgo = 30, { signIn = true } = {}): Promise<User> {
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${key}@example.org`,
      password: PASSWORD,
      name: `${key} Person`,
      roles: ['member'],
      membershipStatus: 'approved',
      approvedAt: new Date(Date.now() - daysAgo * DAY_MS).toISOString(),
      _verified: true,
    } as User,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  if (signIn) tokens[key] = await tokenFor(payload, user)
  return user
}
const LONG = 'enough words to pass the twenty-character minimum'

/** A body with one link around `label`. */
const linkBody = (url: unknown, extra: Record<string, unknown> = {}) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          { type: 'text', text: `Read this, ${LONG}: `, format: 0, version: 1 },
          {
            type: 'link',
            format: '',
            indent: 0,
            version: 3,
            direction: 'ltr',
            fields: { url, newTab: false, linkType: 'custom' },
            children: [{ type: 'text', text: 'the report', format: 0, version: 1 }],
            ...extra,
          },
        ],
      },
    ],
  },
})

/** A body whose paragraph holds `node` after enough text. */
const bodyWith = (node: Record<string, unknown>) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [{ type: 'text', text: LONG, format: 0, version: 1 }, node],
      },
    ],
  },
})

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number)

const byEmail = async (key: string) =>
  (
    await payload.find({
      collection: 'users',
      where: { email: { equals: `${key}@example.org` } },
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]

async function startDiscussion(
  role: string,
  data: Partial<Discussion> & Record<string, unknown> = {},
): Promise<Discussion> {
  const created = await http.rest('POST', '/discussions', {
    token: tokens[role],
    json: {
      title: `A discussion started by the ${role}`,
      themes: [themes.moderated.id],
      body: body(`The first post of “${String(data.title ?? role)}”, ${LONG}.`),
      ...data,
    },
  })
  expect(created.status).toBe(201)
  return created.body.doc
}

const reply = (role: string, discussion: { id: number }, json: Record<string, unknown>) =>
  http.rest('POST', '/posts', { token: tokens[role], json: { discussion: discussion.id, ...json } })

/** The markup a reader's browser gets for a stored post. */
async function renderedPost(id: number): Promise<string> {
  const post = await payload.findByID({ collection: 'posts', id, depth: 0 })
  return renderToStaticMarkup(createElement(PostBody, { body: post.body }))
}

/** No element, attribute or address that could run script. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/<(img|svg|iframe|object|embed|style)/i)
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i)
  expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i)
}

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  portal = await bootPortal('forums-writing')
  payload = portal.payload
  http = httpClient(portal.config)
  themes = await createThemes(payload)
  cast = await createCast(payload, themes.moderated)
  for (const role of ['pending', 'member', 'moderator', 'manager'] as const) {
    tokens[role] = await tokenFor(payload, cast[role])
  }
  await newMember('neighbour')
  await newMember('facilitator')
  otherModerator = await newMember('otherModerator')
  otherModerator = await payload.update({
    collection: 'users',
    id: otherModerator.id,
    data: { roles: ['moderator'], moderatedThemes: [themes.other.id] },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
})

afterAll(async () => {
  await portal?.close()
})

describe('a post body holds only what the forum editor writes', () => {
  let discussion: Discussion

  beforeAll(async () => {
    discussion = await startDiscussion('member')
  })

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    [' javascript:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['javascript&#58;alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox(1)'],
    ['//evil.example/steal'],
    ['/\\evil.example'],
    ['https:/\\evil.example'],
    ['https://exa\u0000mple.org'],
  ])('should refuse a link to %j with a 400 that says which addresses are allowed', async (url) => {
    const before = (await payload.count({ collection: 'posts' })).totalDocs
    const refused = await reply('member', discussion, { body: linkBody(url) })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('Links may only be web (http, https) or mail (mailto) addresses')
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(before)
  })

  it('should refuse a link whose address is not text, or that carries extra attributes', async () => {
    const notText = await reply('member', discussion, { body: linkBody({ toString: 'x' }) })
    expect(notText.status).toBe(400)
    expect(notText.text).toContain('A link’s address must be text.')
    const withHtml = await reply('member', discussion, {
      body: linkBody('https://example.org', { onclick: 'alert(1)' }),
    })
    expect(withHtml.status).toBe(400)
    expect(withHtml.text).toContain('A link may not carry “onclick”.')
    const internal = await reply('member', discussion, {
      body: linkBody('https://example.org', {
        fields: { url: 'https://example.org', linkType: 'internal', doc: { value: 1 } },
      }),
    })
    expect(internal.status).toBe(400)
  })

  it('should refuse nodes the editor never writes: html, images, headings, extra fields', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        { type: 'html', version: 1, html: '<script>alert(1)</script>' },
        'it may not hold a “html” node',
      ],
      [{ type: 'upload', version: 1, value: 1, relationTo: 'media' }, 'a “upload” node'],
      [
        { type: 'text', text: 'x', format: 0, version: 1, html: '<img src=x onerror=alert(1)>' },
        'A piece of text may not carry “html”.',
      ],
      [
        { type: 'text', text: 'x', format: 0, version: 1, $: { onload: 'alert(1)' } },
        'A piece of text may not carry “$”.',
      ],
    ]
    for (const [node, message] of cases) {
      const refused = await reply('member', discussion, { body: bodyWith(node) })
      expect(refused.status).toBe(400)
      expect(refused.text).toContain(message)
    }
    const heading = await reply('member', discussion, {
      body: {
        root: {
          type: 'root',
          version: 1,
          children: [{ type: 'heading', tag: 'h1', version: 1, children: [] }],
        },
      },
    })
    expect(heading.status).toBe(400)
    const nested: [Record<string, unknown>, string][] = [
      [{ type: 'text', text: LONG, version: 1 }, 'The body cannot hold a piece of text.'],
      [
        {
          type: 'paragraph',
          version: 1,
          children: [
            linkBody('https://example.org', {
              children: [linkBody('https://example.org').root.children[0]],
            }).root.children[0].children[1],
          ],
        },
        'A link cannot hold a paragraph.',
      ],
    ]
    for (const [node, message] of nested) {
      const refused = await reply('member', discussion, {
        body: { root: { type: 'root', version: 1, children: [node] } },
      })
      expect(refused.status).toBe(400)
      expect(refused.text).toContain(message)
    }
  })

  it('should refuse the same payloads in a new discussion’s first post and a facilitator’s summary', async () => {
    const before = (await payload.count({ collection: 'discussions' })).totalDocs
    const refused = await http.rest('POST', '/discussions', {
      token: tokens.member,
      json: {
        title: 'A discussion with a poisoned link',
        crossTheme: true,
        body: linkBody('javascript:alert(document.cookie)'),
      },
    })
    expect(refused.status).toBe(400)
    expect((await payload.count({ collection: 'discussions' })).totalDocs).toBe(before)
    const summary = await http.rest('PATCH', `/discussions/${discussion.id}`, {
      token: tokens.moderator,
      json: { facilitation: { summary: linkBody('data:text/html,<script>alert(1)</script>') } },
    })
    expect(summary.status).toBe(400)
    expect(summary.text).toContain('Links may only be web (http, https) or mail (mailto)')
  })

  it('should refuse a poisoned body through GraphQL with a 400', async () => {
    const answer = await http.graphql(
      `mutation ($data: mutationPostInput!) { createPost(data: $data) { id } }`,
      {
        token: tokens.member,
        variables: {
          data: {
            discussion: discussion.id,
            state: 'visible',
            body: linkBody('JaVaScRiPt:alert(1)'),
          },
        },
      },
    )
    expect(answer.body.data?.createPost ?? null).toBeNull()
    expect(answer.body.errors[0].extensions.statusCode).toBe(400)
    const html = await http.graphql(
      `mutation ($data: mutationPostInput!) { createPost(data: $data) { id } }`,
      {
        token: tokens.member,
        variables: {
          data: {
            discussion: discussion.id,
            state: 'visible',
            body: bodyWith({ type: 'html', version: 1, html: '<svg onload=alert(1)>' }),
          },
        },
      },
    )
    expect(html.body.errors[0].extensions.statusCode).toBe(400)
  })

  it('should store markup typed as text as inert text that renders escaped', async () => {
    const payloads = [
      '<script>alert(document.cookie)</script>',
      '<img src=x onerror=alert(1)>',
      '<svg onload=alert(1)><circle r=1 /></svg>',
      '<a href="javascript:alert(1)">click</a>',
      '"><iframe src=javascript:alert(1)>',
    ]
    const created = await reply('member', discussion, {
      body: paragraphsToRichText(payloads.map((text) => `${text} ${LONG}`)),
    })
    expect(created.status).toBe(201)
    const html = await renderedPost(created.body.doc.id)
    expectInert(html)
    expect(html).toContain('&lt;script&gt;alert(document.cookie)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')

    const viaGraphql = await http.graphql(
      `mutation ($data: mutationPostInput!) { createPost(data: $data) { id text } }`,
      {
        token: tokens.member,
        variables: {
          data: {
            discussion: discussion.id,
            state: 'visible',
            body: body(`${payloads[2]} ${LONG}`),
          },
        },
      },
    )
    expect(viaGraphql.body.errors).toBeUndefined()
    expectInert(await renderedPost(viaGraphql.body.data.createPost.id))
  })

  it('should render allowed links with rel="nofollow ugc noopener", formats, lists and quotes', async () => {
    const created = await reply('member', discussion, {
      body: {
        root: {
          type: 'root',
          version: 1,
          children: [
            linkBody('https://example.org/report?a=1&b=2').root.children[0],
            {
              type: 'list',
              listType: 'number',
              tag: 'ol',
              start: 1,
              version: 1,
              children: [
                {
                  type: 'listitem',
                  value: 1,
                  version: 1,
                  children: [
                    { type: 'text', text: 'bold', format: 1, version: 1 },
                    { type: 'linebreak', version: 1 },
                    { type: 'text', text: 'code', format: 16 | 8, style: 'color:red', version: 1 },
                  ],
                },
              ],
            },
            {
              type: 'quote',
              version: 1,
              children: [
                {
                  type: 'autolink',
                  version: 2,
                  fields: { url: 'mailto:someone@example.org', linkType: 'custom' },
                  children: [{ type: 'text', text: 'someone@example.org', version: 1 }],
                },
              ],
            },
          ],
        },
      },
    })
    expect(created.status).toBe(201)
    const html = await renderedPost(created.body.doc.id)
    expectInert(html)
    expect(html).toContain(
      '<a href="https://example.org/report?a=1&amp;b=2" rel="nofollow ugc noopener">the report</a>',
    )
    expect(html).toContain('<ol><li><strong>bold</strong><br/><code>code</code></li></ol>')
    expect(html).toContain(
      '<blockquote><a href="mailto:someone@example.org" rel="nofollow ugc noopener">someone@example.org</a></blockquote>',
    )
    // Underline (a bit the editor lacks) and an inline colour are dropped, not stored.
    const stored = await payload.findByID({ collection: 'posts', id: created.body.doc.id })
    expect(JSON.stringify(stored.body)).not.toContain('color:red')
  })

  it('should render a body stored before the check (an html node, a javascript: link) as text only', () => {
    const html = renderToStaticMarkup(
      createElement(PostBody, {
        body: {
          root: {
            type: 'root',
            children: [
              { type: 'html', html: '<script>alert(1)</script>' },
              {
                type: 'link',
                fields: { url: 'javascript:alert(1)' },
                children: [{ type: 'text', text: 'click' }],
              },
              { type: 'paragraph', children: [{ type: 'text', text: '<b onmouseover=x>' }] },
            ],
          },
        },
      }),
    )
    expectInert(html)
    expect(html).toBe('<div class="post-body">click<p>&lt;b onmouseover=x&gt;</p></div>')
  })
})

describe('protection: Discourse’s rates, newcomers’ limits and duplicates', () => {
  let discussion: Discussion
  const statusesOf = (answers: { status: number }[]) => answers.map((a) => a.status).sort()

  beforeAll(async () => {
    discussion = await startDiscussion('member', { title: 'A thread to test the posting rates' })
    configureForumProtection(DEFAULT_FORUM_PROTECTION)
  })
  afterAll(() => raiseLimitsOutOfTheWay())

  it('should answer a second reply within 5 s with a 429 that says how long to wait', async () => {
    await newMember('steady')
    expect(
      (await reply('steady', discussion, { body: body(`First reply, ${LONG}.`) })).status,
    ).toBe(201)
    const again = await reply('steady', discussion, { body: body(`Second reply, ${LONG}.`) })
    expect(again.status).toBe(429)
    const wait = Number(again.headers.get('retry-after'))
    expect(wait).toBeGreaterThanOrEqual(1)
    expect(wait).toBeLessThanOrEqual(5)
    expect(again.body.errors[0].message).toBe(
      `You can post again in ${wait} second${wait === 1 ? '' : 's'}: members wait 5 seconds between replies.`,
    )
    const viaGraphql = await http.graphql(
      `mutation ($data: mutationPostInput!) { createPost(data: $data) { id } }`,
      {
        token: tokens.steady,
        variables: {
          data: { discussion: discussion.id, state: 'visible', body: body(`Third, ${LONG}.`) },
        },
      },
    )
    expect(viaGraphql.body.errors[0].extensions.statusCode).toBe(429)
    expect(viaGraphql.body.errors[0].message).toMatch(/^You can post again in \d seconds?/)
  })

  it('should answer a second discussion within 15 s with a 429', async () => {
    await newMember('starter')
    await startDiscussion('starter', { title: 'The starter’s first discussion' })
    const second = await http.rest('POST', '/discussions', {
      token: tokens.starter,
      json: { title: 'The starter’s second discussion', crossTheme: true, body: body(LONG) },
    })
    expect(second.status).toBe(429)
    expect(second.body.errors[0].message).toMatch(
      /^You can start another discussion in \d+ seconds?: members wait 15 seconds between discussions\.$/,
    )
    expect(Number(second.headers.get('retry-after'))).toBeLessThanOrEqual(15)
  })

  it('should accept exactly one of two replies a member sends at the same moment', async () => {
    await newMember('twin')
    const answers = await Promise.all(
      ['one', 'two'].map((n) => reply('twin', discussion, { body: body(`Twin ${n}, ${LONG}.`) })),
    )
    expect(statusesOf(answers)).toEqual([201, 429])
    const stored = await payload.count({
      collection: 'posts',
      where: { author: { equals: (await byEmail('twin')).id } },
    })
    expect(stored.totalDocs).toBe(1)
  })

  it('should not count a refused post or discussion against the rate', async () => {
    await newMember('retrier')
    const short = await reply('retrier', discussion, { body: body('Too short') })
    expect(short.status).toBe(400)
    expect((await reply('retrier', discussion, { body: body(`Now ${LONG}.`) })).status).toBe(201)
    const shortFirst = await http.rest('POST', '/discussions', {
      token: tokens.retrier,
      json: { title: 'A first post too short', crossTheme: true, body: body('Too short') },
    })
    expect(shortFirst.status).toBe(400)
    await startDiscussion('retrier', { title: 'A first post long enough' })
  })

  it('should hold members approved this week to 30 s and 120 s', async () => {
    await newMember('newcomer', 3)
    expect(
      (await reply('newcomer', discussion, { body: body(`Hello all, ${LONG}.`) })).status,
    ).toBe(201)
    const again = await reply('newcomer', discussion, { body: body(`Hello again, ${LONG}.`) })
    expect(again.status).toBe(429)
    expect(again.body.errors[0].message).toMatch(
      /^You can post again in \d+ seconds?: new members wait 30 seconds between replies\.$/,
    )
    await startDiscussion('newcomer', { title: 'A newcomer’s first discussion' })
    const second = await http.rest('POST', '/discussions', {
      token: tokens.newcomer,
      json: { title: 'A newcomer’s second discussion', crossTheme: true, body: body(LONG) },
    })
    expect(second.status).toBe(429)
    expect(second.body.errors[0].message).toMatch(
      /new members wait 2 minutes between discussions\.$/,
    )
  })

  it('should let a new member write 3 discussions and 10 replies on their first day, no more', async () => {
    configureForumProtection({
      ...DEFAULT_FORUM_PROTECTION,
      newcomerSecondsBetweenDiscussions: 0,
      newcomerSecondsBetweenPosts: 0,
    })
    await newMember('firstday', 0.25)
    for (let n = 1; n <= 3; n++) {
      await startDiscussion('firstday', { title: `First-day discussion number ${n}` })
    }
    const fourth = await http.rest('POST', '/discussions', {
      token: tokens.firstday,
      json: { title: 'First-day discussion number 4', crossTheme: true, body: body(LONG) },
    })
    expect(fourth.status).toBe(429)
    expect(fourth.body.errors[0].message).toBe(
      'On their first day new members may write 3 discussions; you can start another discussion in 18 hours.',
    )
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(17 * 3600)
    for (let n = 1; n <= 10; n++) {
      const answer = await reply('firstday', discussion, { body: body(`Reply ${n}, ${LONG}.`) })
      expect(answer.status).toBe(201)
    }
    const eleventh = await reply('firstday', discussion, { body: body(`Reply 11, ${LONG}.`) })
    expect(eleventh.status).toBe(429)
    expect(eleventh.body.errors[0].message).toBe(
      'On their first day new members may write 10 replies; you can post again in 18 hours.',
    )
    configureForumProtection(DEFAULT_FORUM_PROTECTION)
  })

  it('should limit new members to 2 links a post, and not others', async () => {
    await newMember('linker', 2)
    const threeLinks = {
      root: {
        type: 'root',
        version: 1,
        children: [1, 2, 3].map((n) => linkBody(`https://example.org/${n}`).root.children[0]),
      },
    }
    const refused = await reply('linker', discussion, { body: threeLinks })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain(
      'In their first 7 days members may put 2 links in a post; this one has 3.',
    )
    await newMember('veteran')
    expect((await reply('veteran', discussion, { body: threeLinks })).status).toBe(201)
  })

  it('should refuse one’s own same text again within 5 minutes, even in another thread', async () => {
    configureForumProtection({ ...DEFAULT_FORUM_PROTECTION, secondsBetweenPosts: 0 })
    await newMember('repeater')
    const text = body(`The same words twice, ${LONG}.`)
    expect((await reply('repeater', discussion, { body: text })).status).toBe(201)
    const elsewhere = await startDiscussion('manager', { title: 'Another thread for the repeat' })
    const again = await reply('repeater', elsewhere, { body: text })
    expect(again.status).toBe(400)
    expect(again.text).toContain(
      'You posted the same text less than 5 minutes ago; write something new, or edit the post you wrote.',
    )
    // Another member may say the same.
    expect((await reply('veteran', elsewhere, { body: text })).status).toBe(201)
    configureForumProtection(DEFAULT_FORUM_PROTECTION)
  })

  it('should take each setting from the environment, and refuse a malformed one', () => {
    expect(forumProtectionFromEnv({})).toEqual(DEFAULT_FORUM_PROTECTION)
    expect(
      forumProtectionFromEnv({ FORUM_SECONDS_BETWEEN_POSTS: '10', FORUM_FIRST_DAY_REPLIES: '0' }),
    ).toMatchObject({ secondsBetweenPosts: 10, firstDayReplies: 0, secondsBetweenDiscussions: 15 })
    expect(() => forumProtectionFromEnv({ FORUM_NEWCOMER_DAYS: 'a week' })).toThrow(
      'FORUM_NEWCOMER_DAYS must be a whole number (0 or more); "a week" is not.',
    )
  })

  it('should exempt moderators and managers from the rates, as Discourse exempts staff', async () => {
    for (const role of ['moderator', 'manager']) {
      for (const n of [1, 2, 3]) {
        const answer = await reply(role, discussion, { body: body(`${role} note ${n}, ${LONG}.`) })
        expect(answer.status).toBe(201)
      }
    }
  })
})

describe('editing and deleting one’s own post', () => {
  let discussion: Discussion
  const getPost = (role: string, id: number) =>
    http.rest('GET', `/posts/${id}?depth=0`, { token: tokens[role] })
  const edit = (role: string, id: number, json: Record<string, unknown>) =>
    http.rest('PATCH', `/posts/${id}`, { token: tokens[role], json })
  const writeReply = async (role: string, text: string) => {
    const created = await reply(role, discussion, { body: body(`${text}, ${LONG}.`) })
    expect(created.status).toBe(201)
    return created.body.doc as { id: number }
  }

  beforeAll(async () => {
    discussion = await startDiscussion('member', { title: 'A thread where posts are edited' })
  })

  it('should let the author edit, mark the post edited and keep history for moderators only', async () => {
    const post = await writeReply('member', 'The first version')
    const first = await edit('member', post.id, { body: body(`The second version, ${LONG}.`) })
    expect(first.status).toBe(200)
    expect(first.body.doc.editedAt).toEqual(expect.any(String))
    expect(first.body.doc.text).toBe(`The second version, ${LONG}.`)
    expect(
      (await edit('member', post.id, { body: body(`The third version, ${LONG}.`) })).status,
    ).toBe(200)

    const asModerator = await getPost('moderator', post.id)
    expect(asModerator.body.history).toHaveLength(2)
    expect(asModerator.body.history[0].editedBy).toBe(cast.member.id)
    expect(JSON.stringify(asModerator.body.history[0].body)).toContain('The first version')
    expect(JSON.stringify(asModerator.body.history[1].body)).toContain('The second version')
    for (const role of ['member', 'neighbour']) {
      const read = await getPost(role, post.id)
      expect(read.status).toBe(200)
      expect(read.body.history ?? []).toEqual([])
      expect(read.body.editedAt).toEqual(expect.any(String))
    }
    const graphql = await http.graphql(`{ Post(id: ${post.id}) { text history { editedAt } } }`, {
      token: tokens.neighbour,
    })
    expect(graphql.body.data.Post.text).toBe(`The third version, ${LONG}.`)
    expect(graphql.body.data.Post.history ?? []).toEqual([])
  })

  it('should refuse another member, a pending member and a visitor', async () => {
    const post = await writeReply('member', 'Not theirs to edit')
    const json = { body: body(`Someone else’s words, ${LONG}.`) }
    expect((await edit('neighbour', post.id, json)).status).toBe(403)
    expect((await edit('pending', post.id, json)).status).toBe(403)
    expect((await http.rest('PATCH', `/posts/${post.id}`, { json })).status).toBe(403)
    const graphql = await http.graphql(
      `mutation ($data: mutationPostUpdateInput!) { updatePost(id: ${post.id}, data: $data) { id } }`,
      { token: tokens.neighbour, variables: { data: json } },
    )
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    expect((await getPost('member', post.id)).body.text).toBe(`Not theirs to edit, ${LONG}.`)
  })

  it('should let moderators of the theme and managers edit, not a moderator of another theme', async () => {
    const post = await writeReply('member', 'A post a moderator corrects')
    const other = await edit('otherModerator', post.id, { body: body(`Other theme, ${LONG}.`) })
    expect(other.status).toBe(403)
    expect(other.body.errors[0].message).toBe(
      'Only its author or a moderator of this discussion may change a post.',
    )
    expect(
      (await edit('moderator', post.id, { body: body(`Corrected by a moderator, ${LONG}.`) }))
        .status,
    ).toBe(200)
    expect(
      (await edit('manager', post.id, { body: body(`Corrected by a manager, ${LONG}.`) })).status,
    ).toBe(200)
    const history = (await getPost('moderator', post.id)).body.history
    expect(history.map((entry: { editedBy: number }) => entry.editedBy)).toEqual([
      cast.moderator.id,
      cast.manager.id,
    ])
  })

  it('should keep the author to the body: not its author, thread, reply, counters or moderation', async () => {
    const post = await writeReply('member', 'A post whose author overreaches')
    const other = await startDiscussion('manager', { title: 'Another thread to move into' })
    const cases: [Record<string, unknown>, number, string?][] = [
      [
        { discussion: other.id },
        403,
        'An author changes their post’s text and files, not its discussion.',
      ],
      [{ replyTo: other.firstPost }, 403],
      [{ state: 'hidden' }, 403, 'An author may delete their post, but not hide or restore it.'],
      [{ state: 'flagged' }, 403],
      [
        { moderation: { reason: 'self-cleared' } },
        403,
        'Only moderators hide, show or review a post.',
      ],
    ]
    for (const [json, status, message] of cases) {
      const answer = await edit('member', post.id, json)
      expect(answer.status).toBe(status)
      if (message) expect(answer.body.errors[0].message).toBe(message)
    }
    // Server-only fields are dropped from what a request sends, whoever sends it.
    const quiet = await edit('member', post.id, {
      author: cast.manager.id,
      helpfulCount: 99,
      text: 'forged text',
      editedAt: '2020-01-01T00:00:00.000Z',
    })
    expect(quiet.status).toBe(200)
    const stored = await payload.findByID({ collection: 'posts', id: post.id, depth: 0 })
    expect(stored.author).toBe(cast.member.id)
    expect(stored.helpfulCount).toBe(0)
    expect(stored.text).toBe(`A post whose author overreaches, ${LONG}.`)
    expect(stored.editedAt ?? null).toBeNull()
  })

  it('should delete softly for the author: a placeholder without its words, moderators still read them', async () => {
    const post = await writeReply('member', 'A post its author regrets')
    const deleted = await http.rest('DELETE', `/posts/${post.id}`, { token: tokens.member })
    expect(deleted.status).toBe(200)
    expect(deleted.body.message).toBe('The post was deleted; a placeholder stays in the thread.')
    expect(deleted.body.doc.state).toBe('deleted')
    const asReader = await getPost('neighbour', post.id)
    expect(asReader.status).toBe(200)
    expect(asReader.body.state).toBe('deleted')
    expect(asReader.body.body ?? null).toBeNull()
    expect(asReader.body.text ?? '').toBe('')
    const list = await http.rest('GET', `/posts?where[id][equals]=${post.id}`, {
      token: tokens.neighbour,
    })
    expect(list.body.docs[0].text ?? '').toBe('')
    const graphql = await http.graphql(`{ Post(id: ${post.id}) { state text } }`, {
      token: tokens.neighbour,
    })
    expect(graphql.body.data.Post.state).toBe('deleted')
    expect(graphql.body.data.Post.text ?? '').toBe('')
    expect((await getPost('moderator', post.id)).body.text).toBe(
      `A post its author regrets, ${LONG}.`,
    )
    // A moderator of another theme reads it as any reader does: the placeholder, not a refusal.
    const asOtherModerator = await getPost('otherModerator', post.id)
    expect(asOtherModerator.status).toBe(200)
    expect(asOtherModerator.body.state).toBe('deleted')
    expect(asOtherModerator.body.text ?? '').toBe('')
    expect((await getPost('member', post.id)).body.text).toBe(`A post its author regrets, ${LONG}.`)
    // It stays deleted.
    expect((await edit('member', post.id, { state: 'visible' })).status).toBe(403)
    const revived = await edit('member', post.id, { body: body(`Back again, ${LONG}.`) })
    expect(revived.status).toBe(403)
    expect(revived.body.errors[0].message).toBe(
      'This post was deleted; it stays as a placeholder and is not edited.',
    )
  })

  it('should delete through an update of state too, and through GraphQL', async () => {
    const post = await writeReply('member', 'Deleted by an update')
    expect((await edit('member', post.id, { state: 'deleted' })).status).toBe(200)
    const another = await writeReply('member', 'Deleted through GraphQL')
    const graphql = await http.graphql(
      `mutation { updatePost(id: ${another.id}, data: { state: deleted }) { state } }`,
      { token: tokens.member },
    )
    expect(graphql.body.data.updatePost.state).toBe('deleted')
    // Payload's delete is for managers: the author's GraphQL deletePost is refused.
    const third = await writeReply('member', 'Not removed for good')
    const removal = await http.graphql(`mutation { deletePost(id: ${third.id}) { id } }`, {
      token: tokens.member,
    })
    expect(removal.body.errors[0].extensions.statusCode).toBe(403)
  })

  it('should refuse others’ deletes, and let a manager delete for good', async () => {
    const post = await writeReply('member', 'Someone else tries to delete')
    expect(
      (await http.rest('DELETE', `/posts/${post.id}`, { token: tokens.neighbour })).status,
    ).toBe(403)
    expect((await http.rest('DELETE', `/posts/${post.id}`)).status).toBe(403)
    expect(
      (await http.rest('DELETE', `/posts/${post.id}`, { token: tokens.otherModerator })).status,
    ).toBe(403)
    expect((await getPost('member', post.id)).body.state).toBe('visible')
    const removed = await http.rest('DELETE', `/posts/${post.id}`, { token: tokens.manager })
    expect(removed.status).toBe(200)
    expect((await getPost('member', post.id)).status).toBe(404)
  })
})

describe('reactions and the answer', () => {
  let discussion: Discussion
  let replyId: number
  const react = (role: string, post: number) =>
    http.rest('POST', '/post-reactions', { token: tokens[role], json: { post, kind: 'helpful' } })
  const helpfulCount = async (id: number) =>
    (await payload.findByID({ collection: 'posts', id, depth: 0 })).helpfulCount
  const markAnswer = (role: string, answer: number | null) =>
    http.rest('PATCH', `/discussions/${discussion.id}`, { token: tokens[role], json: { answer } })

  beforeAll(async () => {
    discussion = await startDiscussion('member', { title: 'A question with a helpful answer' })
    const created = await reply('neighbour', discussion, { body: body(`Here is how, ${LONG}.`) })
    replyId = created.body.doc.id
  })

  it('should let members mark another’s post helpful once, and keep the count right', async () => {
    const first = await react('member', replyId)
    expect(first.status).toBe(201)
    expect((await react('moderator', replyId)).status).toBe(201)
    expect(await helpfulCount(replyId)).toBe(2)
    const twice = await react('member', replyId)
    expect(twice.status).toBe(400)
    expect(twice.text).toContain('You already marked this post helpful.')
    const own = await react('neighbour', replyId)
    expect(own.status).toBe(403)
    expect(own.body.errors[0].message).toBe('You cannot mark your own post helpful.')
    expect((await react('pending', replyId)).status).toBe(403)
    expect((await http.rest('POST', '/post-reactions', { json: { post: replyId } })).status).toBe(
      403,
    )
    const viaGraphql = await http.graphql(
      `mutation { createPostReaction(data: { post: ${replyId}, kind: helpful }) { id } }`,
      { token: tokens.manager },
    )
    expect(viaGraphql.body.errors).toBeUndefined()
    expect(await helpfulCount(replyId)).toBe(3)

    // Taken back by its member only.
    const reaction = first.body.doc.id
    expect(
      (await http.rest('DELETE', `/post-reactions/${reaction}`, { token: tokens.moderator }))
        .status,
    ).toBe(403)
    expect(
      (await http.rest('DELETE', `/post-reactions/${reaction}`, { token: tokens.member })).status,
    ).toBe(200)
    expect(await helpfulCount(replyId)).toBe(2)
  })

  it('should let the author, the facilitator or a moderator mark a visible reply as the answer', async () => {
    expect((await markAnswer('neighbour', replyId)).status).toBe(403)
    const other = await markAnswer('otherModerator', replyId)
    expect(other.status).toBe(403)
    expect((await markAnswer('pending', replyId)).status).toBe(403)
    expect(
      (await http.rest('PATCH', `/discussions/${discussion.id}`, { json: { answer: replyId } }))
        .status,
    ).toBe(403)

    const byAuthor = await markAnswer('member', replyId)
    expect(byAuthor.status).toBe(200)
    expect(byAuthor.body.doc.answer).toMatchObject({ id: replyId })
    expect((await markAnswer('moderator', null)).status).toBe(200)
    expect((await markAnswer('manager', replyId)).status).toBe(200)

    await payload.update({
      collection: 'discussions',
      id: discussion.id,
      data: { facilitation: { facilitator: (await byEmail('facilitator')).id } },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect((await markAnswer('facilitator', null)).status).toBe(200)
    const graphql = await http.graphql(
      `mutation { updateDiscussion(id: ${discussion.id}, data: { answer: ${replyId} }) { answer { id } } }`,
      { token: tokens.facilitator },
    )
    expect(graphql.body.data.updateDiscussion.answer.id).toBe(replyId)
  })

  it('should refuse as the answer the first post, another thread’s post or a deleted one', async () => {
    const elsewhere = await startDiscussion('manager', { title: 'A thread elsewhere with a reply' })
    const gone = await reply('neighbour', discussion, { body: body(`Soon deleted, ${LONG}.`) })
    await http.rest('DELETE', `/posts/${gone.body.doc.id}`, { token: tokens.neighbour })
    for (const answer of [
      idOf(discussion.firstPost),
      idOf(elsewhere.firstPost),
      gone.body.doc.id,
    ]) {
      const refused = await markAnswer('member', answer)
      expect(refused.status).toBe(400)
      expect(refused.text).toContain('The answer is a visible reply in this discussion.')
    }
    expect((await markAnswer('member', 999_999)).status).toBe(400)
  })
})

describe('polls', () => {
  let discussion: Discussion
  const poll = (closesAt?: string, multiple = false) => ({
    question: 'Which stage of migration should the core group survey first?',
    multiple,
    options: [{ label: 'Recruitment' }, { label: 'Employment abroad' }, { label: 'Return' }],
    closesAt,
  })
  const attach = (role: string, id: number, value: unknown) =>
    http.rest('PATCH', `/discussions/${id}`, { token: tokens[role], json: { poll: value } })
  const vote = (role: string, id: number, choices: string[]) =>
    http.rest('POST', '/poll-votes', { token: tokens[role], json: { discussion: id, choices } })
  const results = (role: string, id: number) =>
    http.rest('GET', `/discussions/${id}/poll`, { token: tokens[role] })
  const optionIds = async (id: number) =>
    ((await payload.findByID({ collection: 'discussions', id, depth: 0 })).poll?.options ?? []).map(
      (option) => String(option.id),
    )

  beforeAll(async () => {
    discussion = await startDiscussion('member', { title: 'The core group’s first survey' })
    await payload.update({
      collection: 'discussions',
      id: discussion.id,
      data: { facilitation: { facilitator: (await byEmail('facilitator')).id } },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  })

  it('should let the facilitator or a moderator attach a poll, not the author or others', async () => {
    for (const role of ['member', 'neighbour', 'otherModerator', 'pending']) {
      const refused = await attach(role, discussion.id, poll())
      expect(refused.status).toBe(403)
    }
    const short = await attach('facilitator', discussion.id, {
      question: 'Yes?',
      options: [{ label: 'Yes' }],
    })
    expect(short.status).toBe(400)
    expect(short.text).toContain('A poll offers two or more options.')
    expect((await attach('facilitator', discussion.id, poll())).status).toBe(200)
    expect((await attach('moderator', discussion.id, poll())).status).toBe(200)
    const graphql = await http.graphql(
      `mutation { updateDiscussion(id: ${discussion.id}, data: { poll: { question: "Changed by the author?", options: [{ label: "a" }, { label: "b" }] } }) { id } }`,
      { token: tokens.member },
    )
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
  })

  it('should take one vote per member, for the poll’s own options, changeable, results to voters', async () => {
    const [recruitment, employment, ret] = await optionIds(discussion.id)
    expect((await results('member', discussion.id)).status).toBe(403)
    expect((await results('member', discussion.id)).body.errors[0].message).toBe(
      'Vote to see the results, or wait until the poll closes.',
    )
    expect((await vote('member', discussion.id, ['not-an-option'])).status).toBe(400)
    const two = await vote('member', discussion.id, [recruitment, employment])
    expect(two.status).toBe(400)
    expect(two.text).toContain('This poll takes one choice.')
    const cast1 = await vote('member', discussion.id, [recruitment])
    expect(cast1.status).toBe(201)
    const again = await vote('member', discussion.id, [ret])
    expect(again.status).toBe(400)
    expect(again.text).toContain('You already voted in this poll; change your vote instead.')
    expect((await vote('neighbour', discussion.id, [ret])).status).toBe(201)
    expect((await vote('pending', discussion.id, [ret])).status).toBe(403)
    expect((await vote('visitor', discussion.id, [ret])).status).toBe(403)

    const changed = await http.rest('PATCH', `/poll-votes/${cast1.body.doc.id}`, {
      token: tokens.member,
      json: { choices: [employment] },
    })
    expect(changed.status).toBe(200)
    // Someone else's vote is not theirs to change.
    expect(
      (
        await http.rest('PATCH', `/poll-votes/${cast1.body.doc.id}`, {
          token: tokens.neighbour,
          json: { choices: [ret] },
        })
      ).status,
    ).toBe(403)

    const seen = await results('member', discussion.id)
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ totalVoters: 2, closed: false, ownVote: [employment] })
    expect(seen.body.counts.map((c: { votes: number }) => c.votes)).toEqual([0, 1, 1])
    // Numbers only: never who voted what.
    for (const count of seen.body.counts)
      expect(Object.keys(count).sort()).toEqual(['id', 'label', 'votes'])
    expect((await results('moderator', discussion.id)).status).toBe(403)
    expect((await results('pending', discussion.id)).status).toBe(403)
    expect((await results('visitor', discussion.id)).status).toBe(403)
  })

  it('should take several choices in a multiple-choice poll', async () => {
    const multiple = await startDiscussion('manager', { title: 'A multiple-choice survey' })
    expect((await attach('manager', multiple.id, poll(undefined, true))).status).toBe(200)
    const ids = await optionIds(multiple.id)
    expect((await vote('member', multiple.id, ids.slice(0, 2))).status).toBe(201)
    expect((await vote('neighbour', multiple.id, [ids[0], ids[0]])).status).toBe(400)
  })

  it('should refuse votes and changes once closed, and show the results to every member', async () => {
    const closing = await startDiscussion('manager', { title: 'A survey that has closed' })
    expect((await attach('manager', closing.id, poll())).status).toBe(200)
    const ids = await optionIds(closing.id)
    const early = await vote('member', closing.id, [ids[0]])
    expect(early.status).toBe(201)
    await payload.update({
      collection: 'discussions',
      id: closing.id,
      data: { poll: { closesAt: new Date(Date.now() - 60_000).toISOString() } },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const late = await vote('neighbour', closing.id, [ids[1]])
    expect(late.status).toBe(403)
    expect(late.body.errors[0].message).toMatch(
      /^This poll closed on .* UTC; votes no longer change\.$/,
    )
    const change = await http.rest('PATCH', `/poll-votes/${early.body.doc.id}`, {
      token: tokens.member,
      json: { choices: [ids[2]] },
    })
    expect(change.status).toBe(403)
    expect(
      (await http.rest('DELETE', `/poll-votes/${early.body.doc.id}`, { token: tokens.member }))
        .status,
    ).toBe(403)
    const shown = await results('neighbour', closing.id)
    expect(shown.status).toBe(200)
    expect(shown.body).toMatchObject({ closed: true, totalVoters: 1, ownVote: [] })
    expect((await results('visitor', closing.id)).status).toBe(403)
    expect((await results('pending', closing.id)).status).toBe(403)
  })
})

describe('attachments', () => {
  const upload = (role: string, bytes: Buffer, filename: string, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
    form.append('_payload', JSON.stringify({}))
    return http.rest('POST', '/forum-files', { token: tokens[role], form })
  }

  it('should take documents and pictures checked by content, up to 10 MB', async () => {
    const pdf = await upload('member', Buffer.from(MINIMAL_PDF), 'report.pdf', 'application/pdf')
    expect(pdf.status).toBe(201)
    expect(pdf.body.doc.member).toMatchObject({ id: cast.member.id })
    const disguised = await upload(
      'member',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      'photo.png',
      'image/png',
    )
    expect(disguised.status).toBe(400)
    const html = await upload(
      'member',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'page.html',
      'text/html',
    )
    expect(html.status).toBe(400)
    const big = Buffer.concat([PNG_PIXEL, Buffer.alloc(10 * 1024 * 1024 + 1)])
    const tooBig = await upload('member', big, 'huge.png', 'image/png')
    expect(tooBig.status).toBe(413)
    expect(tooBig.body.errors[0].message).toBe(
      'A forum attachment is at most 10 MB; this file is 10.0 MB.',
    )
    expect((await upload('pending', PNG_PIXEL, 'p.png', 'image/png')).status).toBe(403)
    expect((await upload('visitor', PNG_PIXEL, 'p.png', 'image/png')).status).toBe(403)
  })

  it('should let only the uploader attach a file, and only members read it', async () => {
    const discussion = await startDiscussion('manager', { title: 'A thread with attachments' })
    const file = await upload('member', PNG_PIXEL, 'chart.png', 'image/png')
    expect(file.status).toBe(201)
    const fileId = file.body.doc.id
    const stolen = await reply('neighbour', discussion, {
      body: body(`Look at this chart, ${LONG}.`),
      attachments: [fileId],
    })
    expect(stolen.status).toBe(403)
    expect(stolen.body.errors[0].message).toBe('You can attach only files you uploaded yourself.')
    const own = await reply('member', discussion, {
      body: body(`My chart, ${LONG}.`),
      attachments: [fileId],
    })
    expect(own.status).toBe(201)
    // A moderator's edit keeps the author's file.
    expect(
      (
        await http.rest('PATCH', `/posts/${own.body.doc.id}`, {
          token: tokens.moderator,
          json: { body: body(`My chart, corrected, ${LONG}.`), attachments: [fileId] },
        })
      ).status,
    ).toBe(200)
    const url = `/forum-files/file/${encodeURIComponent(file.body.doc.filename)}`
    expect((await http.rest('GET', url)).status).toBe(403)
    expect((await http.rest('GET', url, { token: tokens.pending })).status).toBe(403)
    expect((await http.rest('GET', url, { token: tokens.neighbour })).status).toBe(200)
    expect((await http.rest('GET', `/forum-files/${fileId}`)).status).toBe(403)
  })
})

describe('mentions', () => {
  const handleOf = async (key: string) => (await byEmail(key)).handle as string

  it('should store the approved members a post names by @handle, never its author, at most 10', async () => {
    const discussion = await startDiscussion('manager', {
      title: 'A thread where people are named',
    })
    const member = await handleOf('member')
    const neighbour = await handleOf('neighbour')
    const pending = await handleOf('pending')
    const created = await reply('member', discussion, {
      body: paragraphsToRichText([
        `Thanks @${neighbour}, and ขอบคุณ@${await handleOf('moderator')}. Not me (@${member}), not @${pending}, not @nobody-here.`,
        `Write to someone@example.org or see https://example.org/@${await handleOf('manager')} ${LONG}.`,
      ]),
    })
    expect(created.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'posts',
      id: created.body.doc.id,
      depth: 0,
    })
    expect(stored.mentions).toEqual([(await byEmail('neighbour')).id, cast.moderator.id])

    const many: string[] = []
    for (let n = 1; n <= 12; n++)
      many.push(`@${(await newMember(`named${n}`, 30, { signIn: false })).handle}`)
    const crowd = await reply('manager', discussion, {
      body: body(`Calling everyone: ${many.join(' ')} ${LONG}.`),
    })
    expect(crowd.status).toBe(201)
    const crowded = await payload.findByID({ collection: 'posts', id: crowd.body.doc.id, depth: 0 })
    expect(crowded.mentions).toHaveLength(10)
  })

  it('should work mentions out again when the author edits the words', async () => {
    const discussion = await startDiscussion('manager', {
      title: 'A thread where a post is edited',
    })
    const created = await reply('member', discussion, { body: body(`No one named yet, ${LONG}.`) })
    const edited = await http.rest('PATCH', `/posts/${created.body.doc.id}`, {
      token: tokens.member,
      json: { body: body(`Now naming @${await handleOf('neighbour')}, ${LONG}.`) },
    })
    expect(edited.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'posts',
      id: created.body.doc.id,
      depth: 0,
    })
    expect(stored.mentions).toEqual([(await byEmail('neighbour')).id])
  })

  it('should not take mentions from a request, nor from inline code', async () => {
    const discussion = await startDiscussion('manager', { title: 'A thread with forged mentions' })
    const created = await reply('member', discussion, {
      body: bodyWith({
        type: 'text',
        text: `@${await handleOf('neighbour')}`,
        format: 16,
        version: 1,
      }),
      mentions: [cast.manager.id],
    })
    expect(created.status).toBe(201)
    const stored = await payload.findByID({
      collection: 'posts',
      id: created.body.doc.id,
      depth: 0,
    })
    expect(stored.mentions ?? []).toEqual([])
  })
})
