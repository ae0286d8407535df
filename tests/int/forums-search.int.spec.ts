import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SearchHits } from '@/components/search/SearchHits'
import { searchPortal } from '@/data/search'
import { discussionPath } from '@/forums/paths'
import type { Discussion, Post, Theme, User } from '@/payload-types'
import { parseSearchParams } from '@/search/params'
import { searchContent, type SearchResult } from '@/search/query'
import { rebuildSearchIndex } from '@/search/reindex'
import { paragraphsToRichText } from '@/seed/lexical'

import { httpClient } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { removeMeiliData, startTestMeilisearch, type TestMeili } from '../helpers/meili'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, tokenFor, type Cast } from '../helpers/people'
import { drainSearchJobs } from '../helpers/searchJobs'

/**
 * Forum search (issue 12, item 7): members find a post by one word inside a sentence in any of
 * the portal's scripts; visitors and pending members never find anything of the forums, whatever
 * they send; a post that leaves the thread (hidden, flagged, deleted) leaves search with it.
 */
let meili: TestMeili
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let themes: { moderated: Theme; other: Theme }
const tokens: Partial<Record<keyof Cast, string>> = {}
let thread: Discussion

const body = (text: string) => paragraphsToRichText([text])

function search(q: string, user: User | null, extra: Record<string, string> = {}) {
  return searchContent({ params: parseSearchParams(new URLSearchParams({ q, ...extra })), user })
}
const forumHits = (result: SearchResult) => result.hits.filter((hit) => hit.type === 'discussion')

async function reply(text: string, discussion = thread): Promise<Post> {
  const response = await http.rest('POST', '/posts', {
    token: tokens.member,
    json: { discussion: discussion.id, body: body(text) },
  })
  expect(response.status).toBe(201)
  return response.body.doc
}

// Real sentences, each searched by one word in its middle (the scripts write no spaces).
const SENTENCES = [
  {
    language: 'th',
    text: 'แรงงานข้ามชาติต้องจ่ายค่าธรรมเนียมการจัดหางานสูงมาก',
    word: 'ค่าธรรมเนียม',
  },
  {
    language: 'lo',
    text: 'ແຮງງານເຄື່ອນຍ້າຍຫຼາຍຄົນບໍ່ໄດ້ຮັບສັນຍາຈ້າງງານເປັນລາຍລັກອັກສອນ',
    word: 'ສັນຍາ',
  },
  {
    language: 'km',
    text: 'ពលករចំណាកស្រុកជាច្រើនត្រូវបាននិយោជករឹបអូសលិខិតឆ្លងដែនរបស់ពួកគេ',
    word: 'លិខិតឆ្លងដែន',
  },
  {
    language: 'my',
    text: 'ရွှေ့ပြောင်းအလုပ်သမားများသည်အလုပ်ရှင်ထံမှလုပ်ခလစာအပြည့်အဝမရရှိကြပါ',
    word: 'လုပ်ခလစာ',
  },
] as const

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  meili = await startTestMeilisearch()
  portal = await bootPortal('forums-search')
  payload = portal.payload
  http = httpClient(portal.config)
  themes = await createThemes(payload)
  cast = await createCast(payload, themes.moderated)
  for (const role of ['pending', 'member', 'moderator'] as const) {
    tokens[role] = await tokenFor(payload, cast[role])
  }
  const created = await http.rest('POST', '/discussions', {
    token: tokens.member,
    json: {
      title: 'Recruitment fees paid by workers before departure',
      themes: [themes.moderated.id],
      body: body('Who has data on what workers pay recruiters before they leave home?'),
    },
  })
  expect(created.status).toBe(201)
  thread = created.body.doc
  for (const sentence of SENTENCES) await reply(sentence.text)
  await drainSearchJobs(payload)
}, 120_000)

afterAll(async () => {
  await portal?.close()
  await meili?.stop()
  if (meili) removeMeiliData(meili)
})

describe('a member searching the forums', () => {
  it.each(SENTENCES)(
    'should find the $language post by one word inside its sentence',
    async ({ word }) => {
      const response = await http.rest(
        'GET',
        `/search?${new URLSearchParams({ q: word, locale: 'th' })}`,
        { token: tokens.member },
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.body.total).toBe(1)
      const [hit] = response.body.hits
      expect(hit).toMatchObject({
        id: `discussion-${thread.id}`,
        type: 'discussion',
        visibility: 'members',
        url: discussionPath('th', thread.slug!),
        themes: ['domestic-workers'],
      })
      // The snippet is cut where the word is, in the reply as written, the word marked.
      expect([...hit.snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1])).toEqual([word])
      const shown = hit.snippet.replace(/<\/?mark>/g, '').replace(/^…|…$/g, '')
      expect(SENTENCES.map((sentence) => sentence.text).join('\n')).toContain(shown)
      expect(response.text).not.toContain('\u200b')
    },
  )

  it.each(['staff', 'moderator', 'manager', 'admin'] as const)(
    'should find the thread for an approved %s as well',
    async (role) => {
      expect((await search('ค่าธรรมเนียม', cast[role])).total).toBe(1)
    },
  )

  it('should find a thread by its title and offer the forum type as a filter', async () => {
    const result = await search('departure', cast.member, { type: 'discussion' })
    expect(result.total).toBe(1)
    expect(result.hits[0].title).toBe(
      'Recruitment fees paid by workers before <mark>departure</mark>',
    )
    expect(result.facets.type).toEqual({ discussion: 1 })
  })

  it('should label a forum hit "Forum discussion" on the search page and link to the thread', async () => {
    const outcome = await searchPortal({
      user: cast.member,
      locale: 'en',
      query: { q: 'ค่าธรรมเนียม' },
    })
    expect(outcome.state).toBe('results')
    if (outcome.state !== 'results') return
    const html = renderToStaticMarkup(SearchHits({ hits: outcome.result.hits, locale: 'en' }))
    expect(html).toContain('Forum discussion')
    expect(html).toContain(`href="${discussionPath('en', thread.slug!)}"`)
  })
})

describe('a visitor or a pending member', () => {
  const forged: Record<string, string>[] = [
    {},
    { type: 'discussion' },
    { theme: 'domestic-workers' },
    { language: 'th' },
    { visibility: 'members' },
    { audience: 'members' },
    { status: 'published' },
    { filter: 'visibility = "members"' },
    { facets: 'type', type: 'discussion', perPage: '50' },
  ]

  it.each(
    forged.flatMap((extra) => [
      { who: 'visitor', ...extra },
      { who: 'pending', ...extra },
    ]),
  )('should get no forum hit from the API for %o', async ({ who, ...extra }) => {
    for (const q of ['ค่าธรรมเนียม', 'recruitment fees', '']) {
      const response = await http.rest('GET', `/search?${new URLSearchParams({ q, ...extra })}`, {
        token: who === 'pending' ? tokens.pending : undefined,
      })
      expect(response.status).toBe(200)
      expect(forumHits(response.body)).toEqual([])
      expect(response.body.facets.type?.discussion).toBeUndefined()
      expect(response.text).not.toMatch(/ค่าธรรมเนียม<|departure|\/forums\//)
    }
  })

  it.each(
    forged.flatMap((extra) => [
      { who: 'visitor', ...extra },
      { who: 'pending', ...extra },
    ]),
  )('should get no forum hit on the search page for %o', async ({ who, ...extra }) => {
    const user = who === 'pending' ? cast.pending : null
    const outcome = await searchPortal({
      user,
      locale: 'en',
      query: { q: 'recruitment fees', ...extra },
    })
    expect(outcome.state).toBe('results')
    if (outcome.state !== 'results') return
    expect(forumHits(outcome.result)).toEqual([])
    expect(outcome.result.total).toBe(0)
  })
})

describe('posts that leave the thread leave search', () => {
  it.each(['hidden', 'flagged', 'deleted'] as const)(
    'should no longer find the words of a %s post',
    async (state) => {
      const word = `quarantine${state}`
      const post = await reply(`Employers kept the ${word} costs out of the contract entirely.`)
      await drainSearchJobs(payload)
      expect((await search(word, cast.member)).total).toBe(1)
      await payload.update({
        collection: 'posts',
        id: post.id,
        data: { state },
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
      await drainSearchJobs(payload)
      expect((await search(word, cast.member)).total).toBe(0)
      // The thread itself stays findable by its other posts.
      expect((await search('ค่าธรรมเนียม', cast.member)).total).toBe(1)
    },
  )

  it('should find an edited post by its new words only', async () => {
    const post = await reply('The agency charged a medical screening fee twice over.')
    await drainSearchJobs(payload)
    const edited = await http.rest('PATCH', `/posts/${post.id}`, {
      token: tokens.member,
      json: { body: body('The agency charged a training fee that nobody had agreed to.') },
    })
    expect(edited.status).toBe(200)
    await drainSearchJobs(payload)
    expect((await search('screening', cast.member)).total).toBe(0)
    expect((await search('training fee', cast.member)).total).toBe(1)
  })

  it('should drop a thread merged into another', async () => {
    const created = await http.rest('POST', '/discussions', {
      token: tokens.member,
      json: {
        title: 'Duplicate thread about passport confiscation',
        crossTheme: true,
        body: body('Employers in the fishing sector keep the crew members’ passports.'),
      },
    })
    expect(created.status).toBe(201)
    await drainSearchJobs(payload)
    expect((await search('confiscation', cast.member)).total).toBe(1)
    await payload.update({
      collection: 'discussions',
      id: created.body.doc.id,
      data: { mergedInto: thread.id },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    await drainSearchJobs(payload)
    expect((await search('confiscation', cast.member)).total).toBe(0)
  })
})

describe('a failed index update', () => {
  it('should be retried by the jobs queue until the hidden post leaves search', async () => {
    const post = await reply('Brokers demanded an unofficial exit stamp payment at the border.')
    await drainSearchJobs(payload)
    expect((await search('stamp', cast.member)).total).toBe(1)
    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { state: 'hidden' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    // The thread's posts cannot be read, as a failing disk would make it.
    const find = payload.db.find
    payload.db.find = (async (args: Parameters<typeof find>[0]) => {
      if (args.collection === 'posts') throw new Error('SQLITE_IOERR: disk I/O error')
      return find.call(payload.db, args)
    }) as typeof find
    try {
      await payload.jobs.run({ queue: 'search', limit: 10, silent: true })
    } finally {
      payload.db.find = find
    }
    const { docs: waiting } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'syncSearch' } },
      overrideAccess: true,
    })
    expect(waiting).toHaveLength(1)
    expect(waiting[0].input).toEqual({ collection: 'discussions', id: String(thread.id) })
    expect(JSON.stringify(waiting[0].log)).toContain('SQLITE_IOERR')
    // Not synced yet: the index still holds the thread as it was, never an empty thread.
    expect((await search('stamp', cast.member)).total).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    await drainSearchJobs(payload)
    expect((await search('stamp', cast.member)).total).toBe(0)
    expect((await search('ค่าธรรมเนียม', cast.member)).total).toBe(1)
  })
})

describe('rebuilding the index', () => {
  it('should bring the forum threads back with their visible posts only', async () => {
    await rebuildSearchIndex({ payload })
    for (const { word } of SENTENCES) expect((await search(word, cast.member)).total).toBe(1)
    expect((await search('stamp', cast.member)).total).toBe(0)
    expect((await search('confiscation', cast.member)).total).toBe(0)
    expect((await search('ค่าธรรมเนียม', null)).total).toBe(0)
  })
})
