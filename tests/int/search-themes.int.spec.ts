import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SearchHits } from '@/components/search/SearchHits'
import { LOCALES, type Locale } from '@/i18n/languages'
import type { Country, Discussion, Theme, User } from '@/payload-types'
import { SEARCH_DESCRIPTORS } from '@/search/descriptors'
import { isSearchable, type SearchableCollection } from '@/search/documents'
import { parseSearchParams } from '@/search/params'
import { searchContent, type SearchHit, type SearchResult } from '@/search/query'
import { rebuildSearchIndex } from '@/search/reindex'
import { seedSteps } from '@/seed/content'
import { themes as seedThemes } from '@/seed/data/themes'
import { paragraphsToRichText } from '@/seed/lexical'

import { httpClient } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { removeMeiliData, startTestMeilisearch, type TestMeili } from '../helpers/meili'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, tokenFor, type Cast } from '../helpers/people'
import { drainSearchJobs } from '../helpers/searchJobs'
import { createSample } from '../helpers/samples'

/**
 * Themes in search (issue 13, items 2 and 5): the five themes of the seed are found in each of
 * the seven languages they are written in, by anyone, as the themes collection is read by anyone;
 * and a theme's new slug, or its deletion, reaches the works it labels through the jobs queue,
 * without a rebuild.
 */
let meili: TestMeili
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
const themes = new Map<string, Theme>()

const seeded = (slug: string) => seedThemes.find((theme) => theme.slug === slug)!

function search(q: string, params: Record<string, string> = {}, user: User | null = null) {
  return searchContent({ params: parseSearchParams(new URLSearchParams({ q, ...params })), user })
}
const plain = (html: string) => html.replace(/<\/?mark>/g, '')
const themeHits = (result: SearchResult) => result.hits.filter((hit) => hit.type === 'theme')
const slugsOf = (hits: SearchHit[]) => hits.map((hit) => hit.url.split('/').pop()).sort()

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  meili = await startTestMeilisearch()
  portal = await bootPortal('search-themes')
  payload = portal.payload
  http = httpClient(portal.config)
  // The themes exactly as `npm run seed` writes them: English first, then each translation.
  const step = seedSteps.find((candidate) => candidate.collection === 'themes')!
  await step.run({
    payload,
    tally: { created: 0, existing: 0 },
    ids: { themes: new Map(), countries: new Map(), projects: new Map(), organisations: new Map() },
  })
  const { docs } = await payload.find({ collection: 'themes', limit: 0, overrideAccess: true })
  for (const theme of docs) themes.set(theme.slug, theme)
  cast = await createCast(payload, themes.get('domestic-workers')!)
  await drainSearchJobs(payload)
}, 180_000)

afterAll(async () => {
  await portal?.close()
  await meili?.stop()
  if (meili) removeMeiliData(meili)
})

describe('a Thai reader searching the themes', () => {
  // Words from the middle of the seed's Thai titles, each a word a reader types on its own.
  it.each([
    { slug: 'skilled-migration', word: 'แรงงาน' },
    { slug: 'labour-exploitation', word: 'ประโยชน์' },
    { slug: 'multilateral-agreements', word: 'พหุภาคี' },
  ])('should find the Thai title of $slug by $word from its middle', async ({ slug, word }) => {
    const title = seeded(slug).title.th!
    expect(title.startsWith(word) || title.endsWith(word)).toBe(false)
    expect(title).toContain(word)
    const result = await search(word, { locale: 'th' })
    const hit = themeHits(result).find((candidate) => plain(candidate.title) === title)
    expect(hit).toMatchObject({
      type: 'theme',
      language: 'th',
      url: `/th/themes/${slug}`,
      visibility: 'public',
    })
    expect(hit!.title).toContain(`<mark>`)
  })

  it('should answer แรงงาน ("labour") with every theme whose Thai title or summary says it', async () => {
    // The measurement: a Thai visitor searching แรงงาน on the seeded portal got nothing.
    const expected = seedThemes
      .filter((theme) => `${theme.title.th} ${theme.summary.th}`.includes('แรงงาน'))
      .map((theme) => theme.slug)
      .sort()
    expect(expected).toHaveLength(4)
    const result = await search('แรงงาน', { locale: 'th', type: 'theme' })
    expect(result.total).toBe(expected.length)
    expect(slugsOf(result.hits)).toEqual(expected)
    expect(result.facets.type).toEqual({ theme: expected.length })
  })

  it('should label a theme hit as a theme on the search page, in the reader’s language', async () => {
    const result = await search('แรงงาน', { locale: 'th', type: 'theme' })
    const html = renderToStaticMarkup(SearchHits({ hits: result.hits, locale: 'th' }))
    expect(html.match(/<span>ประเด็น<\/span>/g)).toHaveLength(result.hits.length)
    expect(html).toContain('href="/th/themes/skilled-migration"')
  })
})

describe('each theme in every language it is written in', () => {
  it.each(LOCALES.map((locale) => ({ locale })))(
    'should find "Domestic workers" by its $locale title, as a $locale hit',
    async ({ locale }) => {
      const title = seeded('domestic-workers').title[locale as Locale]!
      const result = await search(title, { locale, type: 'theme' })
      const [hit] = result.hits
      expect(hit).toMatchObject({
        id: `theme-${themes.get('domestic-workers')!.id}`,
        language: locale,
        url: `/${locale}/themes/domestic-workers`,
      })
      expect(plain(hit.title)).toBe(title)
      expect([...hit.alsoIn, hit.language].sort()).toEqual([...LOCALES].sort())
    },
  )

  it('should find a theme by its description and its key questions', async () => {
    // English only in the seed: the description and key questions are not translated.
    const result = await search('Happy Return', { type: 'theme' })
    expect(slugsOf(result.hits)).toEqual(['return-reintegration'])
    const questions = await search('channelled into development', { type: 'theme' })
    expect(slugsOf(questions.hits)).toEqual(['return-reintegration'])
  })
})

describe('who finds a theme', () => {
  it('should show the themes to visitors through the API, as the themes collection does', async () => {
    const title = seeded('skilled-migration').title.en
    const found = await http.rest('GET', `/search?${new URLSearchParams({ q: title })}`)
    expect(found.status).toBe(200)
    expect(found.body.hits[0]).toMatchObject({
      type: 'theme',
      visibility: 'public',
      url: '/en/themes/skilled-migration',
    })
    const read = await http.rest('GET', `/themes/${themes.get('skilled-migration')!.id}`)
    expect(read.status).toBe(200)
  })

  it.each(['pending', 'member', 'admin'] as const)(
    'should give a %s the same theme hits as a visitor',
    async (role) => {
      const asVisitor = await search('แรงงาน', { locale: 'th', type: 'theme' })
      const asRole = await search('แรงงาน', { locale: 'th', type: 'theme' }, cast[role])
      expect(asRole.hits.map((hit) => hit.id)).toEqual(asVisitor.hits.map((hit) => hit.id))
    },
  )

  it('should offer themes in the type filter to anyone', () => {
    expect(parseSearchParams(new URLSearchParams({ q: 'x', type: 'theme' })).type).toBe('theme')
  })
})

describe('a theme renamed or deleted', () => {
  const labelled: { collection: string; id: string | number }[] = []
  let thread: Discussion

  beforeAll(async () => {
    const theme = themes.get('domestic-workers')!
    const context = { theme, country: undefined as unknown as Country }
    for (const collection of ['resources', 'news', 'events', 'projects'] as const) {
      const doc = await createSample(payload, collection, context, {
        title: `Kestrel ${collection} sample`,
      })
      labelled.push({ collection, id: doc.id })
    }
    const created = await http.rest('POST', '/discussions', {
      token: await tokenFor(payload, cast.member),
      json: {
        title: 'Kestrel contracts for live-in workers',
        themes: [theme.id],
        body: paragraphsToRichText(['Which contracts protect a live-in care worker best?']),
      },
    })
    expect(created.status).toBe(201)
    thread = created.body.doc
    await drainSearchJobs(payload)
  }, 120_000)

  // A word only these works say; the member sees the forum thread too.
  const kestrel = (theme: string) => search('kestrel', { theme, perPage: '50' }, cast.member)

  it('should find each work under the theme before it changes', async () => {
    const result = await kestrel('domestic-workers')
    expect(result.total).toBe(5)
    expect(result.facets.themes?.['domestic-workers']).toBe(5)
  })

  it('should leave the works alone when only the title changes, and find the theme by its new title', async () => {
    const theme = themes.get('domestic-workers')!
    await payload.update({
      collection: 'themes',
      id: theme.id,
      data: { title: 'Domestic and care workers' },
      locale: 'en',
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const waiting = await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: 'search' } },
      overrideAccess: true,
    })
    // Its own document only: the works carry its slug, not its title.
    expect(waiting.docs.map((job) => job.taskSlug)).toEqual(['syncSearch'])
    await drainSearchJobs(payload)
    expect(plain(themeHits(await search('domestic and care workers'))[0].title)).toBe(
      'Domestic and care workers',
    )
    expect((await kestrel('domestic-workers')).total).toBe(5)
  })

  it('should move every work it labels to its new slug through the jobs queue, through an outage', async () => {
    const theme = themes.get('domestic-workers')!
    await meili.stop()
    await payload.update({
      collection: 'themes',
      id: theme.id,
      data: { slug: 'domestic-care-work' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    // Search is down: the job that finds the works fails and waits for its retry.
    await payload.jobs.run({ queue: 'search', limit: 10, silent: true })
    const { docs: waiting } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'syncLabelledWorks' } },
      overrideAccess: true,
    })
    expect(waiting).toHaveLength(1)
    expect(waiting[0].input).toEqual({ theme: String(theme.id), slug: 'domestic-workers' })
    expect(waiting[0].hasError).toBe(false)
    expect(waiting[0].log?.length).toBeGreaterThan(0)

    await meili.restart()
    // After its 2 s backoff the retry queues one sync per work, and those run.
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    await drainSearchJobs(payload)
    const moved = await kestrel('domestic-care-work')
    expect(moved.total).toBe(5)
    expect(moved.hits.map((hit) => hit.type).sort()).toEqual([
      'discussion',
      'event',
      'news',
      'project',
      'resource',
    ])
    expect(moved.hits.find((hit) => hit.type === 'discussion')?.id).toBe(`discussion-${thread.id}`)
    expect(moved.facets.themes).toEqual({ 'domestic-care-work': 5 })
    expect((await kestrel('domestic-workers')).total).toBe(0)
    // The theme page itself, under its new address.
    const [own] = themeHits(await search('domestic and care workers'))
    expect(own.url).toBe('/en/themes/domestic-care-work')
  }, 120_000)

  it('should take its slug off every work it labelled when it is deleted', async () => {
    const theme = themes.get('multilateral-agreements')!
    const context = { theme, country: undefined as unknown as Country }
    await createSample(payload, 'resources', context, { title: 'Osprey agreement digest' })
    await createSample(payload, 'news', context, { title: 'Osprey agreement signed' })
    await drainSearchJobs(payload)
    expect((await search('osprey', { theme: 'multilateral-agreements' })).total).toBe(2)
    await payload.delete({
      collection: 'themes',
      id: theme.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    await drainSearchJobs(payload)
    expect((await search('', { theme: 'multilateral-agreements' })).total).toBe(0)
    const still = await search('osprey')
    expect(still.total).toBe(2)
    expect(still.hits.every((hit) => hit.themes.length === 0)).toBe(true)
    expect(themeHits(await search(seeded('multilateral-agreements').title.en))).toEqual([])
  })
})

describe('the works a theme labels', () => {
  it('should be found through every searchable collection’s theme field', () => {
    // Renaming a theme re-indexes the works of these fields: a field left out of its
    // collection's descriptor would keep the old slug in search until a rebuild.
    for (const collection of portal.config.collections.filter(({ slug }) => isSearchable(slug))) {
      const themeFields = collection.flattenedFields
        .filter((field) => field.type === 'relationship' && field.relationTo === 'themes')
        .map((field) => field.name)
      const { themeField } = SEARCH_DESCRIPTORS[collection.slug as SearchableCollection]
      expect(themeField ? [themeField] : [], collection.slug).toEqual(themeFields)
    }
  })
})

describe('rebuilding the index', () => {
  it('should rebuild the themes with everything else', async () => {
    const lines: string[] = []
    await rebuildSearchIndex({ payload, log: (line) => lines.push(line) })
    expect(lines).toContain(`reindex: ${'themes'.padEnd(17)} 4/4`)
    const result = await search('แรงงาน', { locale: 'th', type: 'theme' })
    expect(slugsOf(result.hits)).toEqual([
      'domestic-care-work',
      'labour-exploitation',
      'return-reintegration',
      'skilled-migration',
    ])
  }, 120_000)
})
