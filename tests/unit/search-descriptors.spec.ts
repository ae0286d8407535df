import { describe, expect, it } from 'vitest'

import { SEARCH_DESCRIPTORS } from '@/search/descriptors'
import {
  SEARCH_SHAPE,
  type Raw,
  type SearchableCollection,
  type SearchDocument,
} from '@/search/documents'
import { WORD_SEPARATOR } from '@/search/text'

/**
 * Each collection's search descriptor (collections/<Name>/search.ts) says what its documents
 * give search. Documents here are shaped as the sync job reads them: depth 0, every locale (a
 * localised field is an object by locale), relationships as ids.
 */
const lookups = {
  themes: new Map([
    ['1', 'domestic-workers'],
    ['2', 'skilled-migration'],
  ]),
  countries: new Map([
    ['10', 'TH'],
    ['11', 'MM'],
  ]),
}

const paragraph = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ text }] }] },
})

async function documentsOf(collection: SearchableCollection, doc: Raw) {
  return SEARCH_DESCRIPTORS[collection].documentsOf({
    payload: undefined as never,
    docs: [doc],
    lookups,
    revision: 1,
  })
}
const shared = ({
  workId,
  type,
  languages,
  themes,
  countries,
  kind,
  year,
  date,
  path,
  visibility,
}: SearchDocument) => ({
  workId,
  type,
  languages,
  themes,
  countries,
  kind,
  year,
  date,
  path,
  visibility,
})
/** The displayed texts, as readers see them (search removes the separators it put in). */
const texts = (documents: SearchDocument[]) =>
  documents.map(({ id, language, title, summary, body }) => ({
    id,
    language,
    title: title.replaceAll(WORD_SEPARATOR, ''),
    summary: summary.replaceAll(WORD_SEPARATOR, ''),
    body: body.replaceAll(WORD_SEPARATOR, ''),
  }))

const resource = {
  id: 7,
  _status: 'published',
  slug: 'paralegal-manual',
  title: { en: 'Paralegal manual', th: 'คู่มือผู้ช่วยทนายความ', lo: 'Paralegal manual' },
  summary: { en: 'For unions.', th: 'สำหรับสหภาพ' },
  description: { en: paragraph('Chapter one.') },
  kind: 'manual',
  year: 2019,
  visibility: 'members',
  themes: [1, 2],
  countries: [11],
  editions: [{ language: 'my', title: 'ဥပဒေအကူ လက်စွဲ', summary: null }],
}

describe('the library', () => {
  it('should give one document per language the work has its own title in, and one per edition', async () => {
    const documents = await documentsOf('resources', resource)
    // The Lao title is the English one copied, not a translation: no Lao document.
    expect(texts(documents)).toEqual([
      {
        id: 'resource-7-en-0',
        language: 'en',
        title: 'Paralegal manual',
        summary: 'For unions.',
        body: 'Chapter one.',
      },
      {
        id: 'resource-7-th-0',
        language: 'th',
        title: 'คู่มือผู้ช่วยทนายความ',
        summary: 'สำหรับสหภาพ',
        body: '',
      },
      { id: 'resource-7-my-edition-0', language: 'my', title: 'ဥပဒေအကူ လက်စွဲ', summary: '', body: '' },
    ])
    // Meilisearch indexes the displayed fields too: their Thai, Lao, Khmer and Burmese words
    // are kept apart by an invisible separator, the same words as the script's own fields.
    expect(documents[1].title).toBe(documents[1].title_th)
    expect(documents[1].title.split(WORD_SEPARATOR)).toEqual(['คู่มือ', 'ผู้', 'ช่วย', 'ทนายความ'])
    expect(documents[2].title).toBe(`ဥပဒေ${WORD_SEPARATOR}အကူ လက်စွဲ`)
    expect(documents[0].title).toBe('Paralegal manual')
    expect(documents.map(({ shape }) => shape)).toEqual([SEARCH_SHAPE, SEARCH_SHAPE, SEARCH_SHAPE])
    expect(shared(documents[0])).toEqual({
      workId: 'resource-7',
      type: 'resource',
      languages: ['en', 'th', 'my'],
      themes: ['domestic-workers', 'skilled-migration'],
      countries: ['MM'],
      kind: 'manual',
      year: 2019,
      date: null,
      path: '/library/paralegal-manual',
      visibility: 'members',
    })
  })

  it('should give nothing for a draft', async () => {
    expect(await documentsOf('resources', { ...resource, _status: 'draft' })).toEqual([])
  })
})

describe('news and events', () => {
  it('should date a news item by its date', async () => {
    const [document] = await documentsOf('news', {
      id: 3,
      _status: 'published',
      slug: 'mou-signed',
      title: { en: 'MOU signed' },
      summary: { en: 'Two countries agreed.' },
      body: { en: paragraph('Full text.') },
      kind: 'regional',
      date: '2024-12-31T17:00:00.000Z',
      themes: [2],
      countries: [10, 11],
    })
    expect(shared(document)).toMatchObject({
      type: 'news',
      year: 2024,
      date: Date.UTC(2024, 11, 31, 17),
      countries: ['TH', 'MM'],
      path: '/news/mou-signed',
      visibility: 'public',
    })
    expect(document.body).toBe('Full text.')
  })

  it('should date an event by its start and file it under its one country', async () => {
    const [document] = await documentsOf('events', {
      id: 4,
      _status: 'published',
      slug: 'webinar',
      title: { en: 'Webinar' },
      summary: { en: 'Online.' },
      description: { en: paragraph('Agenda.') },
      kind: 'webinar',
      start: '2026-01-05T02:00:00.000Z',
      country: 10,
      themes: [],
    })
    expect(shared(document)).toMatchObject({
      type: 'event',
      kind: 'webinar',
      year: 2026,
      date: Date.UTC(2026, 0, 5, 2),
      countries: ['TH'],
      themes: [],
      path: '/events/webinar',
    })
  })
})

describe('projects, countries and resource centres', () => {
  it('should search a project by its partners and donors, from the year it started', async () => {
    const [document] = await documentsOf('projects', {
      id: 5,
      code: 'RAS/19/01/EUR',
      title: { en: 'Ship to Shore Rights' },
      summary: { en: 'Fishers.' },
      startYear: 2016,
      partners: ['ILO'],
      donors: ['European Union'],
      themes: [1],
      countries: [10],
    })
    expect(document.body).toBe('ILO, European Union')
    expect(shared(document)).toMatchObject({
      year: 2016,
      kind: null,
      path: '/projects/ras/19/01/eur',
      themes: ['domestic-workers'],
    })
  })

  it('should file a country page under its own country', async () => {
    const [document] = await documentsOf('countries', {
      id: 10,
      iso: 'TH',
      name: { en: 'Thailand', th: 'ประเทศไทย' },
      profile: { en: paragraph('A destination.') },
    })
    expect(document).toMatchObject({ title: 'Thailand', body: 'A destination.' })
    expect(shared(document)).toMatchObject({ countries: ['TH'], path: '/countries/th' })
  })

  it('should show a resource centre’s operator and place under its name', async () => {
    const documents = await documentsOf('resource-centres', {
      id: 6,
      slug: 'mrc-mae-sot',
      name: { en: 'MRC Mae Sot', th: 'ศูนย์แม่สอด' },
      operator: 'Labour union',
      place: { en: 'Mae Sot', th: 'แม่สอด' },
      contact: { en: 'Call us.' },
      modality: 'mobile',
      country: 10,
    })
    expect(texts(documents).map(({ summary }) => summary)).toEqual([
      'Labour union · Mae Sot',
      'Labour union · แม่สอด',
    ])
    expect(shared(documents[0])).toMatchObject({ kind: 'mobile', countries: ['TH'] })
  })
})

describe('themes', () => {
  it('should give a theme’s summary, description and key questions, under its own theme and page', async () => {
    const documents = await documentsOf('themes', {
      id: 1,
      slug: 'domestic-workers',
      title: { en: 'Domestic workers', th: 'แรงงานทำงานบ้าน' },
      summary: { en: 'Private homes.', th: 'บ้านส่วนบุคคล' },
      description: { en: paragraph('Outside labour law.') },
      keyQuestions: [{ question: { en: 'How to protect them?' } }],
    })
    expect(texts(documents)).toEqual([
      {
        id: 'theme-1-en-0',
        language: 'en',
        title: 'Domestic workers',
        summary: 'Private homes.',
        body: 'Outside labour law.\nHow to protect them?',
      },
      {
        id: 'theme-1-th-0',
        language: 'th',
        title: 'แรงงานทำงานบ้าน',
        summary: 'บ้านส่วนบุคคล',
        body: '',
      },
    ])
    expect(shared(documents[0])).toEqual({
      workId: 'theme-1',
      type: 'theme',
      languages: ['en', 'th'],
      themes: ['domestic-workers'],
      countries: [],
      kind: null,
      year: null,
      date: null,
      path: '/themes/domestic-workers',
      visibility: 'public',
    })
  })
})
