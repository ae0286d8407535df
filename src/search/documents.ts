import type { CollectionSlug, Payload } from 'payload'

import { LOCALES, type Locale } from '@/i18n/languages'

import { chunkText, richTextToPlain, scriptWords, thaiWordCodes, toUnicodeBurmese } from './text'

/** Collections whose published documents are searchable, and the search type each becomes. */
export const SEARCHABLE = {
  resources: 'resource',
  news: 'news',
  events: 'event',
  projects: 'project',
  countries: 'country',
  'resource-centres': 'resource-centre',
  // One document per thread, members-only (collections/Discussions/search.ts).
  discussions: 'discussion',
} as const satisfies Partial<Record<CollectionSlug, string>>
export type SearchableCollection = keyof typeof SEARCHABLE
export type SearchType = (typeof SEARCHABLE)[SearchableCollection]
export const isSearchable = (slug: string): slug is SearchableCollection => slug in SEARCHABLE
/** Collections whose search documents come from the document alone (a thread also reads its posts). */
export type ContentCollection = Exclude<SearchableCollection, 'discussions'>

export type SearchDocument = {
  id: string
  workId: string
  revision: number
  type: SearchType
  language: string
  /** Every language the work can be read in: the language facet means "has an edition in". */
  languages: string[]
  title: string
  summary: string
  body: string
  /** Thai, Lao, Khmer and Burmese words split by an invisible separator (text.ts), per script. */
  title_th: string
  title_lo: string
  title_km: string
  title_my: string
  segmented_th: string
  segmented_lo: string
  segmented_km: string
  segmented_my: string
  thaiWords: string[]
  themes: string[]
  countries: string[]
  kind: string | null
  year: number | null
  date: number | null
  /** Path after the locale, e.g. /library/paralegal-manual. */
  path: string
  visibility: 'public' | 'members'
  status: 'published'
}

type Localised = Partial<Record<Locale, unknown>> | unknown
// Documents of every indexed collection pass through here, read with depth 0 and every locale.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>
export type Lookups = { themes: Map<string, string>; countries: Map<string, string> }

/** Theme slugs and country codes by id: documents carry the readable keys the facets filter on. */
export async function loadLookups(payload: Payload): Promise<Lookups> {
  const [themes, countries] = await Promise.all([
    // Every sync job reads these: only the keys, not whole country profiles in every language.
    payload.find({
      collection: 'themes',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { slug: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'countries',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { iso: true },
      overrideAccess: true,
    }),
  ])
  return {
    themes: new Map(themes.docs.map((theme) => [String(theme.id), theme.slug])),
    countries: new Map(countries.docs.map((country) => [String(country.id), country.iso])),
  }
}

const text = (value: Localised, locale: Locale): string => {
  const local =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)[locale]
      : locale === 'en'
        ? value
        : undefined
  if (typeof local === 'string') return local
  if (local && typeof local === 'object') return richTextToPlain(local)
  return ''
}
const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).map((item) =>
    String(typeof item === 'object' && item ? item.id : item),
  )
export const mapIds = (value: unknown, lookup: Map<string, string>) =>
  ids(value).flatMap((id) => (lookup.has(id) ? [lookup.get(id)!] : []))
const yearOf = (date: unknown) =>
  typeof date === 'string' ? new Date(date).getUTCFullYear() : null

function pathOf(collection: ContentCollection, doc: Raw): string {
  switch (collection) {
    case 'resources':
      return `/library/${doc.slug}`
    case 'news':
      return `/news/${doc.slug}`
    case 'events':
      return `/events/${doc.slug}`
    case 'projects':
      return `/projects/${String(doc.code).toLowerCase()}`
    case 'countries':
      return `/countries/${String(doc.iso).toLowerCase()}`
    case 'resource-centres':
      return `/resource-centres/${doc.slug}`
  }
}

/** One language version of a work: its title, a summary (shown as the snippet) and its text. */
export type Variant = {
  key: string
  language: string
  title: string
  summary: string
  body: string
}

/** What every search document of one work shares, whatever its language or chunk. */
export type WorkFields = Omit<
  SearchDocument,
  | 'id'
  | 'language'
  | 'title'
  | 'summary'
  | 'body'
  | 'title_th'
  | 'title_lo'
  | 'title_km'
  | 'title_my'
  | 'segmented_th'
  | 'segmented_lo'
  | 'segmented_km'
  | 'segmented_my'
  | 'thaiWords'
>

/** One variant per language the document is written in: each locale with its own title, and each resource edition. */
function variants(collection: ContentCollection, doc: Raw): Variant[] {
  const titleField =
    collection === 'countries' || collection === 'resource-centres' ? 'name' : 'title'
  const bodyField = {
    resources: 'description',
    news: 'body',
    events: 'description',
    projects: null,
    countries: 'profile',
    'resource-centres': 'contact',
  }[collection]
  const found: Variant[] = []
  const english = text(doc[titleField], 'en')
  for (const locale of LOCALES) {
    const title = text(doc[titleField], locale)
    if (!title || (locale !== 'en' && title === english)) continue
    const extra =
      collection === 'resource-centres'
        ? [doc.operator, text(doc.place, locale)].filter(Boolean).join(' · ')
        : ''
    found.push({
      key: locale,
      language: locale,
      title,
      summary: text(doc.summary, locale) || extra,
      body: [
        bodyField ? text(doc[bodyField], locale) : '',
        collection === 'projects'
          ? [...(doc.partners ?? []), ...(doc.donors ?? [])].join(', ')
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
    })
  }
  if (collection === 'resources') {
    for (const edition of doc.editions ?? []) {
      found.push({
        key: `${edition.language}-edition`,
        language: edition.language,
        title: edition.title ?? '',
        summary: edition.summary ?? '',
        body: '',
      })
    }
  }
  return found
}

/**
 * The search documents of one portal document: nothing unless it is published (drafts never
 * reach the index), else one per language variant and text chunk, all sharing its work id.
 */
export function buildDocuments({
  collection,
  doc,
  lookups,
  revision,
}: {
  collection: ContentCollection
  doc: Raw | null
  lookups: Lookups
  revision: number
}): SearchDocument[] {
  if (!doc) return []
  if ('_status' in doc && doc._status !== 'published') return []
  const type = SEARCHABLE[collection]
  const workId = `${type}-${doc.id}`
  const found = variants(collection, doc)
  const languages = [...new Set(found.map((variant) => variant.language))]
  const countries =
    collection === 'countries' ? [doc.iso] : mapIds(doc.countries ?? doc.country, lookups.countries)
  const shared: WorkFields = {
    workId,
    revision,
    type,
    languages,
    themes: mapIds(doc.themes, lookups.themes),
    countries,
    kind: doc.kind ?? doc.modality ?? null,
    year: doc.year ?? doc.startYear ?? yearOf(doc.date ?? doc.start),
    date: doc.date || doc.start ? new Date(doc.date ?? doc.start).getTime() : null,
    path: pathOf(collection, doc),
    visibility: doc.visibility === 'members' ? 'members' : 'public',
    status: 'published',
  }
  return documentsOfVariants(shared, found)
}

/**
 * The search documents of one work: one per language variant and text chunk, each with its Thai,
 * Lao, Khmer and Burmese words segmented and its Thai words coded (text.ts).
 */
export function documentsOfVariants(shared: WorkFields, found: Variant[]): SearchDocument[] {
  return found.flatMap((variant) =>
    chunkText(toUnicodeBurmese(variant.body)).map((body, chunk) => {
      const title = toUnicodeBurmese(variant.title)
      const summary = toUnicodeBurmese(variant.summary)
      const rest = `${summary}\n${body}`
      const thai = { title: scriptWords(title, 'th'), rest: scriptWords(rest, 'th') }
      return {
        ...shared,
        id: `${shared.workId}-${variant.key}-${chunk}`,
        language: variant.language,
        title,
        summary: chunk === 0 ? summary : '',
        body,
        title_th: thai.title,
        title_lo: scriptWords(title, 'lo'),
        title_km: scriptWords(title, 'km'),
        title_my: scriptWords(title, 'my'),
        segmented_th: thai.rest,
        segmented_lo: scriptWords(rest, 'lo'),
        segmented_km: scriptWords(rest, 'km'),
        segmented_my: scriptWords(rest, 'my'),
        thaiWords: thaiWordCodes(`${thai.title}\n${thai.rest}`),
      }
    }),
  )
}
