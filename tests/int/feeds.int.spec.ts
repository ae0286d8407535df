import { XMLParser } from 'fast-xml-parser'
import type { MetadataRoute } from 'next'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOCALES } from '@/i18n/languages'
import type { Country, News, Resource, Theme } from '@/payload-types'
import { seed } from '@/seed'

import { bootPortal, type Portal } from '../helpers/payload'
import { createSample } from '../helpers/samples'

/**
 * Feeds, sitemap and robots.txt are read by machines that copy what they get: they must carry
 * public, published content only, with absolute addresses, and refuse filters that name nothing.
 */
const ORIGIN = 'https://cop.example.org'
process.env.SERVER_URL = ORIGIN

type Handler = (
  request: Request,
  context: { params: Promise<{ locale: string }> },
) => Promise<Response>
type Routes = { newsRss: Handler; newsAtom: Handler; resourcesRss: Handler; resourcesAtom: Handler }

// Route handlers and data functions import the Payload config, which reads DATABASE_URI when it
// is first evaluated: they are imported only after bootPortal has pointed it at a test database.
let portal: Portal
let payload: Payload
let routes: Routes
let newsData: typeof import('@/data/news')
let projectData: typeof import('@/data/projects')
let centreData: typeof import('@/data/resourceCentres')
let sitemapUrls: () => Promise<string[]>
let sitemapFileRoute: typeof import('@/app/sitemaps/[file]/route').GET
let robots: () => MetadataRoute.Robots
let theme: Theme
let thailand: Country
let membersOnly: Resource
let draftResource: Resource
let publicResource: Resource
let draftNews: News
let publishedNews: News

const ctx = { disableRevalidate: true }
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name, jpath) =>
    ['item', 'entry', 'category'].includes(name) || jpath === 'feed.entry.link',
})

async function call(
  handler: Handler,
  { locale = 'en', query = '' }: { locale?: string; query?: string } = {},
) {
  const response = await handler(new Request(`${ORIGIN}/${locale}/feeds/x${query}`), {
    params: Promise.resolve({ locale }),
  })
  return { response, body: await response.text() }
}

/** The links of an RSS 2.0 document, after checking it is one. */
function rssLinks(xml: string): string[] {
  const doc = parser.parse(xml)
  expect(doc.rss['@_version']).toBe('2.0')
  expect(doc.rss.channel.title).toBeTruthy()
  expect(doc.rss.channel.link).toMatch(new RegExp(`^${ORIGIN}/`))
  return (doc.rss.channel.item ?? []).map(
    (item: { title: string; link: string; pubDate: string; guid: unknown }) => {
      expect(item.title).toBeTruthy()
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
      return item.link
    },
  )
}

/** The links of an Atom document, after checking it is one. */
function atomLinks(xml: string): string[] {
  const doc = parser.parse(xml)
  expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
  expect(doc.feed.id).toBeTruthy()
  expect(doc.feed.title).toBeTruthy()
  expect(Number.isNaN(Date.parse(doc.feed.updated))).toBe(false)
  return (doc.feed.entry ?? []).map(
    (entry: { id: string; updated: string; link: { '@_href': string }[] }) => {
      expect(entry.id).toBeTruthy()
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false)
      return entry.link[0]['@_href']
    },
  )
}

const slugsOf = (links: string[], section: 'news' | 'library') =>
  links.map((link) => {
    expect(link.startsWith(`${ORIGIN}/en/${section}/`), link).toBe(true)
    return link.slice(`${ORIGIN}/en/${section}/`.length)
  })

const FEED_SIZE = 50

/** What a feed should hold, read with authority straight from the database. */
async function expectedSlugs(collection: 'news' | 'resources', where: Record<string, unknown>[]) {
  const { docs } = await payload.find({
    collection,
    where: {
      and: [
        { _status: { equals: 'published' } },
        ...(collection === 'resources' ? [{ visibility: { equals: 'public' } }] : []),
        ...where,
      ],
    } as never,
    // A feed carries the newest FEED_SIZE items.
    sort: collection === 'news' ? ['-date', '-createdAt'] : '-createdAt',
    limit: FEED_SIZE,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.slug).sort()
}

beforeAll(async () => {
  portal = await bootPortal('feeds')
  payload = portal.payload
  await seed({ payload, log: () => undefined })
  routes = {
    newsRss: (await import('@/app/(frontend)/cached/[locale]/feeds/news.xml/route')).GET,
    newsAtom: (await import('@/app/(frontend)/cached/[locale]/feeds/news.atom/route')).GET,
    resourcesRss: (await import('@/app/(frontend)/cached/[locale]/feeds/resources.xml/route')).GET,
    resourcesAtom: (await import('@/app/(frontend)/cached/[locale]/feeds/resources.atom/route'))
      .GET,
  }
  const sitemapIndex = (await import('@/app/sitemap.xml/route')).GET
  sitemapFileRoute = (await import('@/app/sitemaps/[file]/route')).GET
  // What a crawler does: read the index, then every file it names.
  sitemapUrls = async () => {
    // An index that failed would name no file, and so no page to leak: it must answer.
    const answer = await sitemapIndex()
    expect(answer.status).toBe(200)
    const index = await answer.text()
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
    expect(files.length).toBeGreaterThan(0)
    const urls: string[] = []
    for (const file of files) {
      const name = file.slice(`${ORIGIN}/sitemaps/`.length)
      const response = await sitemapFileRoute(new Request(file), {
        params: Promise.resolve({ file: name }),
      })
      expect(response.status, file).toBe(200)
      const text = await response.text()
      urls.push(...[...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!))
    }
    return urls
  }
  robots = (await import('@/app/robots')).default
  newsData = await import('@/data/news')
  projectData = await import('@/data/projects')
  centreData = await import('@/data/resourceCentres')

  theme = (
    await payload.find({
      collection: 'themes',
      where: { slug: { equals: 'domestic-workers' } },
      overrideAccess: true,
    })
  ).docs[0]
  thailand = (
    await payload.find({
      collection: 'countries',
      where: { iso: { equals: 'TH' } },
      overrideAccess: true,
    })
  ).docs[0]
  const tagged = { themes: [theme.id], countries: [thailand.id] }
  const context = { theme, country: thailand }
  // Each of these matches the theme and country filters, so a leak would show in every feed.
  membersOnly = (await createSample(payload, 'resources', context, {
    ...tagged,
    slug: 'members-only-guide',
    visibility: 'members',
  })) as Resource
  draftResource = (await createSample(payload, 'resources', context, {
    ...tagged,
    slug: 'draft-guide',
    _status: 'draft',
  })) as Resource
  publicResource = (await createSample(payload, 'resources', context, {
    ...tagged,
    slug: 'public-guide',
  })) as Resource
  draftNews = (await createSample(payload, 'news', context, {
    ...tagged,
    slug: 'draft-story',
    date: '2030-01-01T00:00:00.000Z',
    _status: 'draft',
  })) as News
  publishedNews = (await createSample(payload, 'news', context, {
    ...tagged,
    slug: 'published-story',
    title: 'Published headline',
    date: '2029-01-01T00:00:00.000Z',
  })) as News
  // A later, unpublished edit of a published story: the feed keeps the published words.
  await payload.update({
    collection: 'news',
    id: publishedNews.id,
    data: { title: 'Unpublished headline' },
    draft: true,
    overrideAccess: true,
    context: ctx,
  })
}, 600_000)
afterAll(async () => portal?.close())

describe('news and resource feeds', () => {
  it('should serve valid RSS 2.0 and Atom with absolute links to published news', async () => {
    const rss = await call(routes.newsRss)
    expect(rss.response.status).toBe(200)
    expect(rss.response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const atom = await call(routes.newsAtom)
    expect(atom.response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const all = await expectedSlugs('news', [])
    expect(all.length).toBeGreaterThan(5)
    expect(slugsOf(rssLinks(rss.body), 'news').sort()).toEqual(all)
    expect(slugsOf(atomLinks(atom.body), 'news').sort()).toEqual(all)
  })

  it('should leave drafts out and show a published story with its published title', async () => {
    for (const handler of [routes.newsRss, routes.newsAtom]) {
      const { body } = await call(handler)
      expect(body).toContain(`/en/news/${publishedNews.slug}`)
      expect(body).toContain('Published headline')
      expect(body).not.toContain('Unpublished headline')
      expect(body).not.toContain(draftNews.slug)
    }
  })

  it('should list public resources only: never members-only works or drafts', async () => {
    for (const [handler, links] of [
      [routes.resourcesRss, rssLinks],
      [routes.resourcesAtom, atomLinks],
    ] as const) {
      const { response, body } = await call(handler)
      expect(response.status).toBe(200)
      const slugs = slugsOf(links(body), 'library')
      expect(slugs).toContain(publicResource.slug)
      expect(slugs).not.toContain(membersOnly.slug)
      expect(slugs).not.toContain(draftResource.slug)
      expect(slugs.sort()).toEqual(await expectedSlugs('resources', []))
    }
  })

  it('should narrow each feed to exactly the items of one theme, of one country, or of both', async () => {
    const filters = [
      { query: `?theme=${theme.slug}`, where: [{ themes: { in: [theme.id] } }] },
      { query: '?country=th', where: [{ countries: { in: [thailand.id] } }] },
      {
        query: `?theme=${theme.slug}&country=TH`,
        where: [{ themes: { in: [theme.id] } }, { countries: { in: [thailand.id] } }],
      },
    ]
    for (const { query, where } of filters) {
      const news = slugsOf(rssLinks((await call(routes.newsRss, { query })).body), 'news').sort()
      const resources = slugsOf(
        atomLinks((await call(routes.resourcesAtom, { query })).body),
        'library',
      ).sort()
      expect(news, query).toEqual(await expectedSlugs('news', where))
      expect(resources, query).toEqual(await expectedSlugs('resources', where))
      expect(news.length, query).toBeGreaterThan(0)
      expect(news.length, query).toBeLessThan((await expectedSlugs('news', [])).length)
      expect(resources, query).not.toContain(membersOnly.slug)
    }
  })

  it('should answer 404 in plain text to a theme, country or language that names nothing', async () => {
    for (const [handler, options] of [
      [routes.newsRss, { query: '?theme=no-such-theme' }],
      [routes.newsAtom, { query: '?country=ZZ' }],
      [routes.resourcesRss, { query: `?theme=${theme.slug}&country=ZZ` }],
      [routes.resourcesAtom, { query: '?country=<script>' }],
      [routes.newsRss, { locale: 'xx' }],
    ] as const) {
      const { response, body } = await call(handler, options)
      expect(response.status, JSON.stringify(options)).toBe(404)
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(body.length).toBeGreaterThan(0)
    }
  })

  it('should title the feed in the reader language and link to the same list', async () => {
    const doc = parser.parse(
      (await call(routes.newsRss, { locale: 'th', query: '?country=TH' })).body,
    )
    expect(doc.rss.channel.language).toBe('th')
    expect(doc.rss.channel.title).toContain('ข่าว')
    expect(doc.rss.channel.link).toBe(`${ORIGIN}/th/news?country=TH`)
    expect(doc.rss.channel.item[0].link.startsWith(`${ORIGIN}/th/news/`)).toBe(true)
  })
})

describe('sitemap and robots.txt', () => {
  it('should list public pages of every kind in all seven languages, with absolute addresses, in files of at most 50,000', async () => {
    const entries = await sitemapUrls()
    const urls = new Set(entries)
    for (const url of entries) expect(url.startsWith(`${ORIGIN}/`), url).toBe(true)
    const project = (await payload.find({ collection: 'projects', limit: 1, overrideAccess: true }))
      .docs[0]
    const centre = (
      await payload.find({ collection: 'resource-centres', limit: 1, overrideAccess: true })
    ).docs[0]
    const event = (
      await payload.find({
        collection: 'events',
        limit: 1,
        where: { _status: { equals: 'published' } },
        overrideAccess: true,
      })
    ).docs[0]
    const paths = [
      '',
      '/news',
      '/projects',
      '/resource-centres',
      '/library',
      `/themes/${theme.slug}`,
      '/countries/th',
      `/library/${publicResource.slug}`,
      `/news/${publishedNews.slug}`,
      `/events/${event.slug}`,
      `/projects/${project.code.toLowerCase()}`,
      `/resource-centres/${centre.slug}`,
    ]
    for (const path of paths)
      for (const locale of LOCALES)
        expect(urls.has(`${ORIGIN}/${locale}${path}`), `${locale}${path}`).toBe(true)
    expect(entries.length).toBe(urls.size)
  })

  it('should answer 404 for a sitemap file that does not exist', async () => {
    for (const file of ['library-99.xml', 'library-0.xml', 'nothing-1.xml', 'sections', 'x.xml']) {
      const response = await sitemapFileRoute(new Request(`${ORIGIN}/sitemaps/${file}`), {
        params: Promise.resolve({ file }),
      })
      expect(response.status, file).toBe(404)
    }
  })

  it('should never list members-only or draft pages, nor search results', async () => {
    const text = `${(await sitemapUrls()).join('\n')}\n`
    // The public work made with them is listed: the absences below are not those of an empty list.
    expect(text).toContain(`${ORIGIN}/en/library/${publicResource.slug}\n`)
    expect(text).not.toContain(membersOnly.slug)
    expect(text).not.toContain(draftResource.slug)
    expect(text).not.toContain(draftNews.slug)
    expect(text).not.toContain('/search')
    const members = await payload.find({
      collection: 'resources',
      where: { visibility: { equals: 'members' } },
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    expect(members.docs.length).toBeGreaterThan(1)
    for (const doc of members.docs) expect(text).not.toContain(`/library/${doc.slug}\n`)
  })

  it('should let crawlers read the public site but not the admin panel, the APIs or search results, and point to the sitemap', () => {
    const rules = robots()
    const list = Array.isArray(rules.rules) ? rules.rules : [rules.rules]
    const everyone = list.find((rule) => rule.userAgent === '*')
    expect(everyone?.allow).toBe('/')
    const disallowed = ([] as string[]).concat(everyone?.disallow ?? [])
    expect(disallowed).toContain('/admin')
    expect(disallowed).toContain('/api')
    for (const locale of LOCALES) expect(disallowed).toContain(`/${locale}/search`)
    expect(rules.sitemap).toBe(`${ORIGIN}/sitemap.xml`)
  })
})

describe('lists behind the news, project and resource-centre pages', () => {
  it('should filter news by kind, country and theme and page through them, as a visitor sees them', async () => {
    const all = await newsData.listNews({ user: null, locale: 'en', limit: 100 })
    expect(all.docs.map((doc) => doc.slug)).not.toContain(draftNews.slug)
    const dates = all.docs.map((doc) => doc.date)
    expect(dates).toEqual([...dates].sort().reverse())
    const regional = await newsData.listNews({
      user: null,
      locale: 'en',
      kind: 'regional-dialogue',
      limit: 100,
    })
    expect(regional.totalDocs).toBeGreaterThan(0)
    expect(regional.docs.every((doc) => doc.kind === 'regional-dialogue')).toBe(true)
    const narrowed = await newsData.listNews({
      user: null,
      locale: 'en',
      countryId: thailand.id,
      themeId: theme.id,
      limit: 100,
    })
    expect(narrowed.docs.map((doc) => doc.slug).sort()).toEqual(
      await expectedSlugs('news', [
        { themes: { in: [theme.id] } },
        { countries: { in: [thailand.id] } },
      ]),
    )
    const second = await newsData.listNews({ user: null, locale: 'en', page: 2, limit: 3 })
    expect(second.page).toBe(2)
    expect(second.docs.map((doc) => doc.slug)).toEqual(all.docs.slice(3, 6).map((doc) => doc.slug))
  })

  it('should relate news by shared theme or country and never repeat the story itself', async () => {
    const related = await newsData.relatedNews({
      user: null,
      locale: 'en',
      news: publishedNews,
      limit: 20,
    })
    expect(related.length).toBeGreaterThan(0)
    expect(related.map((doc) => doc.id)).not.toContain(publishedNews.id)
    expect(related.map((doc) => doc.slug)).not.toContain(draftNews.slug)
  })

  it('should find a project by its lower-cased code and list what it published', async () => {
    const withNews = (
      await payload.find({
        collection: 'news',
        where: { project: { exists: true } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
    const projectId = withNews.project as number
    const stored = await payload.findByID({
      collection: 'projects',
      id: projectId,
      overrideAccess: true,
    })
    const found = await projectData.getProject({
      user: null,
      locale: 'en',
      code: stored.code.toLowerCase(),
    })
    expect(found?.id).toBe(stored.id)
    expect(
      await projectData.getProject({ user: null, locale: 'en', code: 'no-such-project' }),
    ).toBeNull()
    const related = await projectData.projectRelated({ user: null, locale: 'en', projectId })
    expect(related.news.map((doc) => doc.slug)).toContain(withNews.slug)
    const completed = await projectData.listProjects({
      user: null,
      locale: 'en',
      status: 'completed',
      limit: 100,
    })
    // The seed's 25 completed projects (of 29; src/seed/data/projects.ts), all on this page.
    expect(completed.docs).toHaveLength(25)
    expect(completed.docs.every((doc) => doc.status === 'completed')).toBe(true)
    const inThailand = await projectData.listProjects({
      user: null,
      locale: 'en',
      countryId: thailand.id,
      limit: 100,
    })
    expect(inThailand.totalDocs).toBeGreaterThan(0)
    expect(inThailand.totalDocs).toBeLessThan(
      (await projectData.listProjects({ user: null, locale: 'en', limit: 100 })).totalDocs,
    )
  })

  it('should filter resource centres by country, CLIENT service and kind of centre', async () => {
    const outreachOnly = await createSample(
      payload,
      'resource-centres',
      { theme, country: thailand },
      { services: ['counselling'], modality: 'mobile' },
    )
    const legalAid = await centreData.listResourceCentres({
      user: null,
      locale: 'en',
      service: 'legal-aid',
    })
    expect(legalAid.totalDocs).toBeGreaterThan(0)
    expect(legalAid.docs.every((doc) => doc.services?.includes('legal-aid'))).toBe(true)
    expect(legalAid.docs.map((doc) => doc.id)).not.toContain(outreachOnly.id)
    const mobileInThailand = await centreData.listResourceCentres({
      user: null,
      locale: 'en',
      countryId: thailand.id,
      modality: 'mobile',
    })
    expect(mobileInThailand.docs.map((doc) => doc.id)).toEqual([outreachOnly.id])
    const inThailand = await centreData.listResourceCentres({
      user: null,
      locale: 'en',
      countryId: thailand.id,
    })
    // The seed's three centres in Thailand (src/seed/data/resourceCentres.ts) and the one above.
    expect(inThailand.docs).toHaveLength(3 + 1)
    expect(
      inThailand.docs.every((doc) => typeof doc.country === 'object' && doc.country.iso === 'TH'),
    ).toBe(true)
  })
})
