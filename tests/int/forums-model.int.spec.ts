import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Theme } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/lexical'

import { httpClient } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, tokenFor, type Cast } from '../helpers/people'

/**
 * The forums' REST contract (issue 12, item 1): a discussion is created with its first post in
 * one request, replies are posts, and only approved members read or write either.
 */
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let themes: { moderated: Theme; other: Theme }
const tokens: Partial<Record<keyof Cast, string>> = {}

const body = (text: string) => paragraphsToRichText([text])

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  portal = await bootPortal('forums-model')
  payload = portal.payload
  http = httpClient(portal.config)
  themes = await createThemes(payload)
  cast = await createCast(payload, themes.moderated)
  for (const role of ['pending', 'member', 'moderator', 'manager'] as const) {
    tokens[role] = await tokenFor(payload, cast[role])
  }
})

afterAll(async () => {
  await portal?.close()
})

describe('starting a discussion', () => {
  it('stores the discussion and its first post together, by the signed-in member', async () => {
    const created = await http.rest('POST', '/discussions', {
      token: tokens.member,
      json: {
        title: 'Recruitment fees in the Mekong corridor',
        themes: [themes.moderated.id],
        body: body('Who has data on what workers pay recruiters before departure?'),
        author: cast.manager.id,
      },
    })
    expect(created.status).toBe(201)
    const discussion = created.body.doc
    expect(discussion.author).toMatchObject({ id: cast.member.id })
    expect(discussion.slug).toMatch(/^recruitment-fees-in-the-mekong-corridor-[a-z0-9]{6}$/)
    expect(discussion.replyCount).toBe(0)

    const posts = await http.rest('GET', `/posts?where[discussion][equals]=${discussion.id}`, {
      token: tokens.member,
    })
    expect(posts.status).toBe(200)
    expect(posts.body.totalDocs).toBe(1)
    expect(posts.body.docs[0].text).toBe(
      'Who has data on what workers pay recruiters before departure?',
    )
    expect(discussion.firstPost).toMatchObject({ id: posts.body.docs[0].id })

    const reply = await http.rest('POST', '/posts', {
      token: tokens.moderator,
      json: {
        discussion: discussion.id,
        replyTo: posts.body.docs[0].id,
        body: body('The 2023 survey of Cambodian workers in Thailand has a table on fees.'),
      },
    })
    expect(reply.status).toBe(201)
    const after = await payload.findByID({ collection: 'discussions', id: discussion.id, depth: 0 })
    expect(after.replyCount).toBe(1)
    expect(after.lastPoster).toBe(cast.moderator.id)
  })

  it('refuses a discussion without a theme, a short title or a short first post, and keeps nothing', async () => {
    const before = await payload.count({ collection: 'discussions' })
    const noTheme = await http.rest('POST', '/discussions', {
      token: tokens.member,
      json: {
        title: 'A discussion without a theme',
        body: body('Enough words to pass the check.'),
      },
    })
    expect(noTheme.status).toBe(400)
    expect(noTheme.text).toContain(
      'Choose one or more themes, or mark the discussion as cross-theme.',
    )
    const shortPost = await http.rest('POST', '/discussions', {
      token: tokens.member,
      json: { title: 'A discussion with a short post', crossTheme: true, body: body('Too short') },
    })
    expect(shortPost.status).toBe(400)
    expect(shortPost.text).toContain('A post has 20 to 32000 characters; this one has 9.')
    const shortTitle = await http.rest('POST', '/discussions', {
      token: tokens.member,
      json: {
        title: 'Short',
        crossTheme: true,
        body: body('A long enough first post for the check.'),
      },
    })
    expect(shortTitle.status).toBe(400)
    expect((await payload.count({ collection: 'discussions' })).totalDocs).toBe(before.totalDocs)
    expect(
      (await payload.count({ collection: 'posts', where: { text: { equals: 'Too short' } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('is for approved members only', async () => {
    const json = {
      title: 'A pending member tries to start',
      crossTheme: true,
      body: body('Twenty characters or more here.'),
    }
    expect((await http.rest('POST', '/discussions', { json })).status).toBe(403)
    expect((await http.rest('POST', '/discussions', { token: tokens.pending, json })).status).toBe(
      403,
    )
    expect((await http.rest('GET', '/discussions')).status).toBe(403)
    expect((await http.rest('GET', '/posts', { token: tokens.pending })).status).toBe(403)
  })
})
