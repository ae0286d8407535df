import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOCALES } from '@/i18n/languages'
import { paragraphsToRichText } from '@/seed/lexical'

import { startPortal, type RunningPortal } from '../helpers/portalProcess'
import { runSeed } from '../helpers/seedRun'
import { signIn } from '../helpers/session'

/**
 * The visitors' page cache (issue 10) against the production build: visitors' pages come from
 * the full-route cache, signed-in people get pages rendered for them at the same address, and
 * edits (through the API, or by a command-line process) reach every page within 5 seconds.
 */
let portal: RunningPortal
const ADMIN = { email: 'cache-admin@example.org', password: 'cache-admin-password-1' }
const MEMBER = { email: 'cache-member@example.org', password: 'cache-member-password-1' }
/** Edits must show within this long (the promise). */
const WITHIN_MS = 5000

type Page = { status: number; cache: string | null; cacheControl: string | null; text: string }

/** A browser's navigation: Payload only honours a session cookie on same-origin requests. */
async function open(path: string, cookie?: string, extra: Record<string, string> = {}) {
  const response = await fetch(`${portal.url}${path}`, {
    headers: { 'sec-fetch-site': 'same-origin', ...(cookie ? { cookie } : {}), ...extra },
    redirect: 'follow',
  })
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    cacheControl: response.headers.get('cache-control'),
    text: await response.text(),
  } satisfies Page
}

/** The RSC payload a client-side navigation fetches (Next redirects to its own `_rsc` key). */
const openPayload = (path: string, cookie?: string) => open(path, cookie, { rsc: '1' })

async function api(method: string, path: string, cookie: string, body?: unknown) {
  const response = await fetch(`${portal.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: portal.url, cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json()
  expect(response.status, JSON.stringify(json)).toBe(method === 'POST' ? 201 : 200)
  return json
}

/** Polls until `check` holds, and answers how long that took (it fails after WITHIN_MS). */
async function within(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > WITHIN_MS) throw new Error(`not true within ${WITHIN_MS} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return Date.now() - started
}

const first = async (collection: string, query = '') =>
  (await (await fetch(`${portal.url}/api/${collection}?limit=1&depth=0${query}`)).json()).docs[0]

let adminCookie: string
let memberCookie: string
const SECRET_TEXT = 'Case notes from the Amman centre, for members only'
const SECRET_LINK = 'https://www.ilo.org/members-only-case-notes.pdf'
const SECRET_TITLE = 'Members-only case notes'
let secretSlug: string

beforeAll(async () => {
  portal = await startPortal({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  adminCookie = (await signIn(portal.url, ADMIN)).cookie
  await api('POST', '/users', adminCookie, {
    ...MEMBER,
    name: 'Cache Member',
    roles: ['member'],
    membershipStatus: 'approved',
    // An account a manager creates needs no mailed link before it signs in.
    _verified: true,
  })
  memberCookie = (await signIn(portal.url, MEMBER)).cookie
  const theme = await first('themes', '&where[slug][equals]=labour-exploitation')
  secretSlug = 'members-only-case-notes'
  await api('POST', '/resources', adminCookie, {
    title: SECRET_TITLE,
    slug: secretSlug,
    kind: 'publication',
    summary: 'A summary everyone may read.',
    description: paragraphsToRichText([SECRET_TEXT]),
    editions: [{ language: 'en', title: 'Case notes', externalUrl: SECRET_LINK }],
    visibility: 'members',
    themes: [theme.id],
    _status: 'published',
  })
}, 240_000)

afterAll(async () => {
  await portal?.stop()
})

describe("visitors' pages", () => {
  it('should answer the second request for every kind of page from the full-route cache', async () => {
    const resource = await first('resources', '&where[visibility][equals]=public')
    const event = await first('events')
    const article = await first('news')
    const project = await first('projects')
    const centre = await first('resource-centres')
    const paths = [
      ...LOCALES.map((locale) => `/${locale}`),
      '/en/themes',
      '/en/themes/labour-exploitation',
      '/en/library',
      `/en/library/${resource.slug}`,
      '/th/library',
      `/th/library/${resource.slug}`,
      '/en/countries',
      '/en/countries/th',
      '/en/regional-overview',
      '/en/events',
      `/en/events/${event.slug}`,
      '/en/news',
      `/en/news/${article.slug}`,
      '/en/projects',
      `/en/projects/${String(project.code).toLowerCase()}`,
      '/en/resource-centres',
      `/en/resource-centres/${centre.slug}`,
    ]
    const answers: Record<string, string> = {}
    for (const path of paths) {
      const before = await open(path)
      expect(before.status, path).toBe(200)
      const again = await open(path)
      answers[path] = `${again.status} ${again.cache}`
    }
    expect(answers).toEqual(Object.fromEntries(paths.map((path) => [path, '200 HIT'])))
  })

  it('should tell a CDN how long it may keep a cached page', async () => {
    await open('/en/projects')
    const page = await open('/en/projects')
    expect(page.cache).toBe('HIT')
    expect(page.cacheControl).toBe('s-maxage=300, stale-while-revalidate=31535700')
  })

  it('should serve the prefetch of a cached page from the cache', async () => {
    await openPayload('/en/themes')
    const payload = await openPayload('/en/themes')
    expect(payload.status).toBe(200)
    expect(payload.cache).toBe('HIT')
    expect(payload.text).toContain('Labour exploitation including trafficking')
  })

  it('should render filtered and paginated lists for the request', async () => {
    const filtered = await open('/en/library?kind=tool')
    expect(filtered.status).toBe(200)
    expect(filtered.cache).toBeNull()
    expect(filtered.cacheControl).toContain('no-store')
    const second = await open('/en/library?page=2')
    expect(second.text).toContain('Page 2 of')
  })

  it('should not answer at the internal addresses of the two page trees', async () => {
    expect((await open('/cached/en')).status).toBe(404)
    expect((await open('/per-request/en/library')).status).toBe(404)
  })
})

describe('signed-in people', () => {
  const path = () => `/en/library/${secretSlug}`
  const seesSecret = (page: Page) =>
    page.text.includes(SECRET_TEXT) || page.text.includes(SECRET_LINK)
  /** The work's page as a visitor gets it: an error page would hold no secret either. */
  const expectVisitorsPage = (page: Page) => {
    expect(page.status).toBe(200)
    expect(page.text).toContain(SECRET_TITLE)
    expect(page.text).toContain('Members only')
    expect(seesSecret(page)).toBe(false)
  }

  it('should show a member the description and link, and a visitor right after neither', async () => {
    const member = await open(path(), memberCookie)
    expect(member.status).toBe(200)
    expect(member.cache).toBeNull()
    expect(member.cacheControl).toContain('no-store')
    expect(member.text).toContain(SECRET_TEXT)
    expect(member.text).toContain(SECRET_LINK)
    expect(member.text).toContain('Signed in as Cache Member')
    const thai = await open(`/th/library/${secretSlug}`, memberCookie)
    expect(thai.text).toContain('เข้าสู่ระบบในชื่อ Cache Member')

    const visitor = await open(path())
    expect(visitor.status).toBe(200)
    expect(seesSecret(visitor)).toBe(false)
    expect(visitor.text).toContain('Members only')
    expect(visitor.text).not.toContain('Signed in as')
    const visitorPayload = await openPayload(path())
    expect(visitorPayload.status).toBe(200)
    // The work's own payload, not some other page's.
    expect(visitorPayload.text).toContain(SECRET_TITLE)
    expect(seesSecret(visitorPayload)).toBe(false)
  })

  it('should keep a visitor-first cache out of the member page', async () => {
    const visitor = await open(path())
    expect(visitor.cache).toBe('HIT')
    expect(seesSecret(visitor)).toBe(false)
    const member = await open(path(), memberCookie)
    expect(member.text).toContain(SECRET_TEXT)
    const memberPayload = await openPayload(path(), memberCookie)
    expect(memberPayload.text).toContain(SECRET_TEXT)
    expectVisitorsPage(await open(path()))
  })

  it("should give a logged-out token the visitor's page", async () => {
    const { cookie } = await signIn(portal.url, MEMBER)
    expect((await open(path(), cookie)).text).toContain(SECRET_TEXT)
    const logout = await fetch(`${portal.url}/api/users/logout`, {
      method: 'POST',
      headers: { origin: portal.url, cookie },
    })
    expect(logout.status).toBe(200)
    const after = await open(path(), cookie)
    expect(after.status).toBe(200)
    expect(seesSecret(after)).toBe(false)
    expect(after.text).toContain('Members only')
    expect(after.text).not.toContain('Signed in as')
    expectVisitorsPage(await open(path()))
  })
})

describe('edits', () => {
  it("should show a resource's new title on its pages in English and Thai, the library and the feed within 5 s", async () => {
    const resource = await first('resources', '&where[visibility][equals]=public&sort=-year')
    const pages = [
      `/en/library/${resource.slug}`,
      `/th/library/${resource.slug}`,
      '/en/library',
      '/en/feeds/resources.xml',
    ]
    for (const page of pages) await open(page)
    const title = 'Complaint mechanisms for migrant workers, revised edition'
    await api('PATCH', `/resources/${resource.id}?locale=en`, adminCookie, { title })
    const shown: Record<string, boolean> = {}
    for (const page of pages) {
      await within(async () => (await open(page)).text.includes(title))
      shown[page] = true
    }
    expect(Object.keys(shown)).toEqual(pages)
  })

  it("should count a new discussion on the visitor's theme page within 5 s, and keep the page cached through replies", async () => {
    const page = '/en/themes/labour-exploitation'
    const countOn = async () => {
      const shown = (await open(page)).text.match(/This theme has (\d+) discussions/)
      return Number(shown?.[1])
    }
    const before = await countOn()
    expect(Number.isInteger(before)).toBe(true)
    expect((await open(page)).cache).toBe('HIT')
    const theme = await first('themes', '&where[slug][equals]=labour-exploitation')
    const started = await api('POST', '/discussions', memberCookie, {
      title: 'Debt bondage cases in fishing, 2026',
      themes: [theme.id],
      body: paragraphsToRichText(['Which unions track debt bondage on fishing vessels this year?']),
    })
    await within(async () => (await countOn()) === before + 1)
    // A reply changes no number a visitor sees: the theme page stays in the cache.
    expect((await open(page)).cache).toBe('HIT')
    await api('POST', '/posts', adminCookie, {
      discussion: started.doc.id,
      body: paragraphsToRichText(['The fishers’ network in Songkhla keeps a register of cases.']),
    })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const after = await open(page)
    expect(after.cache).toBe('HIT')
    expect(after.text).not.toContain('Debt bondage cases in fishing')
  })

  it('should leave public pages as they are when a draft is saved', async () => {
    const resource = await first('resources', '&where[visibility][equals]=public&sort=title')
    const page = `/en/library/${resource.slug}`
    await open(page)
    expect((await open(page)).cache).toBe('HIT')
    await api('PATCH', `/resources/${resource.id}?draft=true&locale=en`, adminCookie, {
      title: 'A draft title nobody should see yet',
    })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const after = await open(page)
    expect(after.cache).toBe('HIT')
    expect(after.text).not.toContain('A draft title nobody should see yet')
    expect(after.text).toContain(resource.title)
  })

  it('should remove an unpublished news item from its page, the list and the feed within 5 s', async () => {
    const article = await first('news', '&sort=-date')
    const page = `/en/news/${article.slug}`
    for (const path of [page, '/en/news', '/en/feeds/news.xml'])
      expect((await open(path)).text).toContain(article.title)
    await api('PATCH', `/news/${article.id}`, adminCookie, { _status: 'draft' })
    await within(async () => (await open(page)).status === 404)
    // Only the list and the feed themselves count: an error page lacks the link as well.
    await within(async () => {
      const list = await open('/en/news')
      return list.status === 200 && !list.text.includes(`/en/news/${article.slug}"`)
    })
    await within(async () => {
      const feed = await open('/en/feeds/news.xml')
      return feed.status === 200 && feed.text.includes('<rss') && !feed.text.includes(article.slug)
    })
  })

  it("should show what a command-line seed run adds on the running portal's pages", async () => {
    const centre = await first('resource-centres', '&sort=name')
    const page = `/en/resource-centres/${centre.slug}`
    expect((await open(page)).status).toBe(200)
    await api('DELETE', `/resource-centres/${centre.id}`, adminCookie)
    await within(async () => (await open(page)).status === 404)
    expect((await open(page)).cache).toBe('HIT')

    // `npm run seed` in a process of its own: it puts the missing centre back.
    const { output } = await runSeed(portal.env)
    expect(output).toMatch(/resource-centres\s+1 created/)
    await within(async () => (await open(page)).status === 200)
    expect((await open(page)).text).toContain(centre.name)
  }, 120_000)
})
