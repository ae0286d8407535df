import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { paragraphsToRichText } from '@/seed/lexical'

import { bootPortal, type Portal } from '../helpers/payload'

/**
 * Content is shown in the visitor's language where it has been translated, otherwise in English,
 * marked as such: data functions return each document with the language of each text a page
 * shows (`withLanguages`), so pages never ask which documents are translated.
 */
let portal: Portal
let payload: Payload
// These load the Payload config, so they are imported once bootPortal has chosen the test database.
let withLanguages: typeof import('@/data/translations').withLanguages
let newsData: typeof import('@/data/news')
let resourceData: typeof import('@/data/resources')
const ctx = { disableRevalidate: true }
let englishOnly: number | string
let alsoThai: number | string
let draftThai: number | string

async function createNews(
  slug: string,
  title: string,
  status: 'published' | 'draft' = 'published',
) {
  const doc = await payload.create({
    collection: 'news',
    data: {
      title,
      slug,
      date: '2025-05-01',
      kind: 'country-news',
      summary: `${title}: summary in English.`,
      _status: status,
    },
    locale: 'en',
    draft: status === 'draft',
    overrideAccess: true,
    context: ctx,
  })
  return doc.id
}

async function addThaiTitle(
  id: number | string,
  title: string,
  status: 'published' | 'draft' = 'published',
) {
  await payload.update({
    collection: 'news',
    id,
    data: { title, _status: status },
    locale: 'th',
    draft: status === 'draft',
    overrideAccess: true,
    context: ctx,
  })
}

beforeAll(async () => {
  portal = await bootPortal('translations')
  payload = portal.payload
  withLanguages = (await import('@/data/translations')).withLanguages
  newsData = await import('@/data/news')
  resourceData = await import('@/data/resources')
  // One at a time: SQLite runs without transactions here.
  englishOnly = await createNews('english-only', 'Recruitment fees dialogue')
  alsoThai = await createNews('also-thai', 'Domestic workers meet in Bangkok')
  await addThaiTitle(alsoThai, 'แรงงานทำงานบ้านพบกันที่กรุงเทพฯ')
  draftThai = await createNews('draft-thai', 'A story not yet published', 'draft')
  await addThaiTitle(draftThai, 'ข่าวที่ยังไม่เผยแพร่', 'draft')
  const work = await payload.create({
    collection: 'resources',
    data: {
      title: 'Guide to fair recruitment',
      slug: 'thai-title-only',
      kind: 'manual',
      summary: 'How to recruit without fees.',
      editions: [
        { language: 'en', title: 'Guide to fair recruitment', externalUrl: 'https://www.ilo.org/' },
      ],
      visibility: 'public',
      _status: 'published',
    },
    locale: 'en',
    overrideAccess: true,
    context: ctx,
  })
  await payload.update({
    collection: 'resources',
    id: work.id,
    data: { title: 'คู่มือการจัดหางานที่เป็นธรรม' },
    locale: 'th',
    overrideAccess: true,
    context: ctx,
  })
}, 120_000)

afterAll(async () => portal?.close())

const news = (...ids: (number | string)[]) => ids.map((id) => ({ id }))

describe('withLanguages', () => {
  it('should give the news items with a title of their own in Thai Thai, and the others English', async () => {
    const docs = await withLanguages(payload, {
      collection: 'news',
      locale: 'th',
      user: null,
      docs: news(englishOnly, alsoThai),
      fields: ['title'],
    })
    expect(docs.map((doc) => doc.languages.title)).toEqual(['en', 'th'])
  })

  it('should give English readers English without a second read', async () => {
    const find = vi.spyOn(payload, 'find')
    try {
      const docs = await withLanguages(payload, {
        collection: 'news',
        locale: 'en',
        user: null,
        docs: news(englishOnly, alsoThai),
        fields: ['title', 'summary'],
      })
      expect(docs.map((doc) => doc.languages)).toEqual([
        { title: 'en', summary: 'en' },
        { title: 'en', summary: 'en' },
      ])
      expect(find).not.toHaveBeenCalled()
    } finally {
      find.mockRestore()
    }
  })

  it('should check each field on its own, so a Thai title does not make the summary Thai', async () => {
    const docs = await withLanguages(payload, {
      collection: 'news',
      locale: 'th',
      user: null,
      docs: news(englishOnly, alsoThai),
      fields: ['title', 'summary'],
    })
    expect(docs.map((doc) => doc.languages)).toEqual([
      { title: 'en', summary: 'en' },
      { title: 'th', summary: 'en' },
    ])
  })

  it('should tell a rich-text body in Thai from one that falls back to English', async () => {
    const body = (text: string) => paragraphsToRichText([text]) as never
    await payload.update({
      collection: 'news',
      id: englishOnly,
      data: { body: body('The story in English.') },
      locale: 'en',
      overrideAccess: true,
      context: ctx,
    })
    await payload.update({
      collection: 'news',
      id: alsoThai,
      data: { body: body('The story in English.') },
      locale: 'en',
      overrideAccess: true,
      context: ctx,
    })
    const bodies = async () =>
      (
        await withLanguages(payload, {
          collection: 'news',
          locale: 'th',
          user: null,
          docs: news(englishOnly, alsoThai),
          fields: ['body'],
        })
      ).map((doc) => doc.languages.body)
    expect(await bodies()).toEqual(['en', 'en'])
    await payload.update({
      collection: 'news',
      id: alsoThai,
      data: { body: body('เรื่องราวเป็นภาษาไทย') },
      locale: 'th',
      overrideAccess: true,
      context: ctx,
    })
    expect(await bodies()).toEqual(['en', 'th'])
  })

  it('should not reveal a draft to a visitor, even one with a Thai title', async () => {
    const docs = await withLanguages(payload, {
      collection: 'news',
      locale: 'th',
      user: null,
      docs: news(alsoThai, draftThai),
      fields: ['title'],
    })
    expect(docs.map((doc) => doc.languages.title)).toEqual(['th', 'en'])
  })

  it('should read the Thai title back through the fallback when one exists, and English otherwise', async () => {
    const { docs } = await payload.find({
      collection: 'news',
      where: { id: { in: [englishOnly, alsoThai] } },
      locale: 'th',
      fallbackLocale: 'en',
      sort: 'slug',
      depth: 0,
      overrideAccess: false,
      user: null,
    })
    expect(docs.map((doc) => doc.title)).toEqual([
      'แรงงานทำงานบ้านพบกันที่กรุงเทพฯ',
      'Recruitment fees dialogue',
    ])
  })
})

describe('data functions for a Thai visitor', () => {
  it('should list news each with its title in Thai where it has one and in English where not', async () => {
    const { docs } = await newsData.listNews({ user: null, locale: 'th', limit: 10 })
    expect(Object.fromEntries(docs.map((doc) => [doc.slug, doc.languages.title]))).toEqual({
      'also-thai': 'th',
      'english-only': 'en',
    })
  })

  it('should give a news item the language of its title and of its summary, each on its own', async () => {
    const item = await newsData.getNews({ user: null, locale: 'th', slug: 'also-thai' })
    expect(item?.title).toBe('แรงงานทำงานบ้านพบกันที่กรุงเทพฯ')
    expect(item?.languages).toMatchObject({ title: 'th', summary: 'en' })
  })

  it('should give a work with a Thai title but no Thai summary a Thai title and an English summary', async () => {
    const work = await resourceData.getResource({
      user: null,
      locale: 'th',
      slug: 'thai-title-only',
    })
    expect(work?.title).toBe('คู่มือการจัดหางานที่เป็นธรรม')
    expect(work?.summary).toBe('How to recruit without fees.')
    expect(work?.languages).toEqual({ title: 'th', summary: 'en', description: 'en' })
    const { docs } = await resourceData.listResources({
      user: null,
      locale: 'th',
      query: { sort: 'newest', page: 1 },
    })
    expect(docs.find((doc) => doc.slug === 'thai-title-only')?.languages).toEqual({
      title: 'th',
      summary: 'en',
    })
  })

  it('should give an English reader English everywhere', async () => {
    const work = await resourceData.getResource({
      user: null,
      locale: 'en',
      slug: 'thai-title-only',
    })
    expect(work?.languages).toEqual({ title: 'en', summary: 'en', description: 'en' })
  })
})

describe('NewsList', () => {
  const news = [
    {
      id: 1,
      slug: 'thai',
      title: 'ข่าว',
      summary: 'สรุป',
      date: '2025-05-01',
      kind: 'country-news' as const,
      languages: { title: 'th' as const },
    },
    {
      id: 2,
      slug: 'english',
      title: 'News',
      summary: 'Summary',
      date: '2025-05-01',
      kind: 'country-news' as const,
      languages: { title: 'en' as const },
    },
  ]

  it('should mark a fallback title and summary as English and leave a translated one in Thai', async () => {
    const { NewsList } = await import('@/components/news/NewsList')
    const html = renderToStaticMarkup(NewsList({ news, locale: 'th' }))
    expect(html).toContain('<a lang="th" href="/th/news/thai">ข่าว</a>')
    expect(html).toContain('<a lang="en" href="/th/news/english">News</a>')
    expect(html).toContain('<p class="card-summary" lang="en">Summary</p>')
  })
})

describe('ResourceList', () => {
  it('should mark a Thai title Thai and the English summary under it English', async () => {
    const { ResourceList } = await import('@/components/library/ResourceList')
    const html = renderToStaticMarkup(
      ResourceList({
        resources: [
          {
            id: 1,
            slug: 'fair-recruitment',
            title: 'คู่มือการสรรหาอย่างเป็นธรรม',
            summary: 'How to recruit without fees.',
            kind: 'tool',
            year: 2024,
            visibility: 'public',
            languages: { title: 'th', summary: 'en' },
          },
        ],
        locale: 'th',
      }),
    )
    expect(html).toContain(
      '<a lang="th" href="/th/library/fair-recruitment">คู่มือการสรรหาอย่างเป็นธรรม</a>',
    )
    expect(html).toContain('<p class="card-summary" lang="en">How to recruit without fees.</p>')
  })
})
