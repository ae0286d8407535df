import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentLang } from '@/i18n/contentLanguage'
import { paragraphsToRichText } from '@/seed/lexical'

import { bootPortal, type Portal } from '../helpers/payload'

/**
 * Content is shown in the visitor's language where it has been translated, otherwise in English,
 * marked as such: `translatedIds` tells pages which documents have their own wording.
 */
let portal: Portal
let payload: Payload
// Loads the Payload config, so it is imported once bootPortal has chosen the test database.
let translatedIds: typeof import('@/data/translations').translatedIds
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
  translatedIds = (await import('@/data/translations')).translatedIds
  // One at a time: SQLite runs without transactions here.
  englishOnly = await createNews('english-only', 'Recruitment fees dialogue')
  alsoThai = await createNews('also-thai', 'Domestic workers meet in Bangkok')
  await addThaiTitle(alsoThai, 'แรงงานทำงานบ้านพบกันที่กรุงเทพฯ')
  draftThai = await createNews('draft-thai', 'A story not yet published', 'draft')
  await addThaiTitle(draftThai, 'ข่าวที่ยังไม่เผยแพร่', 'draft')
}, 120_000)

afterAll(async () => portal?.close())

describe('translatedIds', () => {
  it('should return only the news items with a title of their own in Thai', async () => {
    const found = await translatedIds({
      user: null,
      locale: 'th',
      collection: 'news',
      ids: [englishOnly, alsoThai],
    })
    expect([...found]).toEqual([alsoThai])
    expect(contentLang('th', alsoThai, found)).toBe('th')
    expect(contentLang('th', englishOnly, found)).toBe('en')
  })

  it('should count every item as translated for English readers', async () => {
    const found = await translatedIds({
      user: null,
      locale: 'en',
      collection: 'news',
      ids: [englishOnly, alsoThai],
    })
    expect([...found].sort()).toEqual([englishOnly, alsoThai].sort())
    expect(contentLang('en', englishOnly, found)).toBe('en')
  })

  it('should check each field on its own, so a Thai title does not make the summary Thai', async () => {
    const found = await translatedIds({
      user: null,
      locale: 'th',
      collection: 'news',
      ids: [englishOnly, alsoThai],
      field: 'summary',
    })
    expect(found.size).toBe(0)
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
    const ids = [englishOnly, alsoThai]
    expect(
      (await translatedIds({ user: null, locale: 'th', collection: 'news', ids, field: 'body' }))
        .size,
    ).toBe(0)
    await payload.update({
      collection: 'news',
      id: alsoThai,
      data: { body: body('เรื่องราวเป็นภาษาไทย') },
      locale: 'th',
      overrideAccess: true,
      context: ctx,
    })
    expect([
      ...(await translatedIds({
        user: null,
        locale: 'th',
        collection: 'news',
        ids,
        field: 'body',
      })),
    ]).toEqual([alsoThai])
  })

  it('should not reveal a draft to a visitor, even one with a Thai title', async () => {
    const found = await translatedIds({
      user: null,
      locale: 'th',
      collection: 'news',
      ids: [alsoThai, draftThai],
    })
    expect([...found]).toEqual([alsoThai])
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

describe('contentLang', () => {
  it('should treat everything as translated when no set is given', () => {
    expect(contentLang('th', 1)).toBe('th')
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
