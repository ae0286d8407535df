import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'

import { LOCALES, type Locale } from '@/i18n/languages'

import {
  chunkText,
  richTextToPlain,
  segmentText,
  type SpacelessScript,
  thaiWordCodes,
  toUnicodeBurmese,
} from './text'

/** Collections whose published documents are searchable, and the search type each becomes. */
export const SEARCHABLE = {
  resources: 'resource',
  news: 'news',
  events: 'event',
  projects: 'project',
  countries: 'country',
  'resource-centres': 'resource-centre',
  themes: 'theme',
  // One document per thread, members-only (collections/Discussions/search.ts).
  discussions: 'discussion',
} as const satisfies Partial<Record<CollectionSlug, string>>
export type SearchableCollection = keyof typeof SEARCHABLE
export type SearchType = (typeof SEARCHABLE)[SearchableCollection]
export const isSearchable = (slug: string): slug is SearchableCollection => slug in SEARCHABLE
/** Collections whose search documents come from the document alone (a thread also reads its posts). */
export type ContentCollection = Exclude<SearchableCollection, 'discussions'>

/**
 * What the documents' fields hold and how, as this code builds them. A portal that starts on an
 * index whose documents were built with another shape rebuilds it (prepare.ts). 2: the displayed
 * fields hold an invisible separator between the words of Thai, Lao, Khmer and Burmese.
 */
export const SEARCH_SHAPE = 2

export type SearchDocument = {
  id: string
  /** SEARCH_SHAPE of the code that built it. */
  shape: number
  workId: string
  revision: number
  type: SearchType
  language: string
  /** Every language the work can be read in: the language facet means "has an edition in". */
  languages: string[]
  /**
   * The displayed fields: the text as written, with WORD_SEPARATOR between the words of Thai,
   * Lao, Khmer and Burmese (text.ts `segmentText`), which search removes from what it returns.
   */
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

// Documents of every indexed collection pass through here, read with depth 0 and every locale.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Raw = Record<string, any>
export type Lookups = { themes: Map<string, string>; countries: Map<string, string> }

/**
 * What the works a theme labels carry of it in search (the `themes` facet): its slug. Only a
 * change of it re-indexes them; a theme's title is read from the database wherever it is shown.
 */
export const THEME_LABEL = 'slug'

/** Theme slugs and country codes by id: documents carry the readable keys the facets filter on. */
export async function loadLookups(payload: Payload): Promise<Lookups> {
  const [themes, countries] = await Promise.all([
    // Every sync job reads these: only the keys, not whole country profiles in every language.
    payload.find({
      collection: 'themes',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { [THEME_LABEL]: true },
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
    themes: new Map(themes.docs.map((theme) => [String(theme.id), theme[THEME_LABEL]])),
    countries: new Map(countries.docs.map((country) => [String(country.id), country.iso])),
  }
}

/**
 * A field's text in one locale, from a document read in every locale: a localised field is an
 * object by locale (rich text becomes plain text); a field that is not localised counts as English.
 */
export function inLocale(value: unknown, locale: Locale): string {
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
/** The year of a date field (UTC), or null when it is empty. */
export const yearOf = (date: unknown) =>
  typeof date === 'string' ? new Date(date).getUTCFullYear() : null
/** A date field as milliseconds since 1970, the sortable form search keeps, or null. */
export const timeOf = (date: unknown) =>
  typeof date === 'string' && date ? new Date(date).getTime() : null

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
  | 'shape'
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

/** The facets a work is filtered and sorted by. */
export type Facets = Pick<WorkFields, 'themes' | 'countries' | 'kind' | 'year' | 'date'>

/**
 * What one collection gives search (collections/<Name>/search.ts), gathered in
 * src/search/descriptors.ts: the sync job, the rebuild and the theme relabelling read it.
 */
export type SearchDescriptor<Slug extends SearchableCollection = SearchableCollection> = {
  collection: Slug
  /**
   * Its relationship field to themes, if it has one: the `themes` facet carries their slugs, so
   * a renamed or deleted theme re-indexes the documents that point at it (src/search/relabel.ts).
   */
  themeField?: string
  /** The search documents of some of its documents, read with depth 0 in every locale. */
  documentsOf: (args: {
    payload: Payload
    docs: Raw[]
    lookups: Lookups
    revision: number
  }) => SearchDocument[] | Promise<SearchDocument[]>
}

/**
 * A collection whose documents are searched as they are, each a work in the languages it is
 * written in. The document is read with depth 0 in every locale: localised fields hold an object
 * by locale, so they are read through `inLocale`.
 */
export type WorkSearch<Slug extends ContentCollection> = {
  collection: Slug
  themeField?: keyof DataFromCollectionSlug<Slug> & string
  /** Its title, summary and text in one locale; it is not written in a locale without a title. */
  inLanguage: (
    doc: DataFromCollectionSlug<Slug>,
    locale: Locale,
  ) => Omit<Variant, 'key' | 'language'>
  /** Language versions beside its locales, e.g. a resource's editions. */
  editions?: (doc: DataFromCollectionSlug<Slug>) => Variant[]
  facets: (doc: DataFromCollectionSlug<Slug>, lookups: Lookups) => Facets
  /** Its page, after the locale (search adds the reader's), e.g. /library/paralegal-manual. */
  path: (doc: DataFromCollectionSlug<Slug>) => string
  /** Who may find it; everyone unless said otherwise. Drafts are never indexed. */
  visibility?: (doc: DataFromCollectionSlug<Slug>) => SearchDocument['visibility']
}

/**
 * One variant per locale the work has its own title in (a copy of the English title is not a
 * translation), then its editions.
 */
function variantsOf<Slug extends ContentCollection>(
  work: WorkSearch<Slug>,
  doc: DataFromCollectionSlug<Slug>,
): Variant[] {
  const found: Variant[] = []
  const english = work.inLanguage(doc, 'en').title
  for (const locale of LOCALES) {
    const text = work.inLanguage(doc, locale)
    if (!text.title || (locale !== 'en' && text.title === english)) continue
    found.push({ key: locale, language: locale, ...text })
  }
  return [...found, ...(work.editions?.(doc) ?? [])]
}

/**
 * The search documents of one work: nothing unless it is published (drafts never reach the
 * index), else one per language variant and text chunk, all sharing its work id.
 */
function workDocuments<Slug extends ContentCollection>(
  work: WorkSearch<Slug>,
  raw: Raw,
  lookups: Lookups,
  revision: number,
): SearchDocument[] {
  if ('_status' in raw && raw._status !== 'published') return []
  const doc = raw as DataFromCollectionSlug<Slug>
  const type = SEARCHABLE[work.collection]
  const workId = `${type}-${raw.id}`
  const found = variantsOf(work, doc)
  const { themes, countries, kind, year, date } = work.facets(doc, lookups)
  const shared: WorkFields = {
    workId,
    revision,
    type,
    languages: [...new Set(found.map((variant) => variant.language))],
    themes,
    countries,
    kind,
    year,
    date,
    path: work.path(doc),
    visibility: work.visibility?.(doc) ?? 'public',
    status: 'published',
  }
  return documentsOfVariants(shared, found)
}

/** The descriptor of a collection whose documents are works searched as they are. */
export function workSearch<Slug extends ContentCollection>(
  work: WorkSearch<Slug>,
): SearchDescriptor<Slug> {
  return {
    collection: work.collection,
    themeField: work.themeField,
    documentsOf: ({ docs, lookups, revision }) =>
      docs.flatMap((doc) => workDocuments(work, doc, lookups, revision)),
  }
}

/**
 * The search documents of one work: one per language variant and text chunk. Each script's words
 * go to its own fields, the Thai ones also coded (text.ts), and the displayed fields hold the text
 * as written with an invisible separator between those words (`segmentText`). The text is cut
 * once: the summary once per variant, each chunk of the body once.
 */
export function documentsOfVariants(shared: WorkFields, found: Variant[]): SearchDocument[] {
  return found.flatMap((variant) => {
    const title = segmentText(toUnicodeBurmese(variant.title))
    const summary = segmentText(toUnicodeBurmese(variant.summary))
    return chunkText(toUnicodeBurmese(variant.body)).map((chunk, n) => {
      const body = segmentText(chunk)
      // Every chunk's own fields hold the summary's words too, as they always have.
      const rest = (script: SpacelessScript) =>
        [...summary.lines[script], ...body.lines[script]].join('\n')
      const thai = { title: title.lines.th.join('\n'), rest: rest('th') }
      return {
        ...shared,
        id: `${shared.workId}-${variant.key}-${n}`,
        shape: SEARCH_SHAPE,
        language: variant.language,
        title: title.text,
        summary: n === 0 ? summary.text : '',
        body: body.text,
        title_th: thai.title,
        title_lo: title.lines.lo.join('\n'),
        title_km: title.lines.km.join('\n'),
        title_my: title.lines.my.join('\n'),
        segmented_th: thai.rest,
        segmented_lo: rest('lo'),
        segmented_km: rest('km'),
        segmented_my: rest('my'),
        thaiWords: thaiWordCodes(`${thai.title}\n${thai.rest}`),
      }
    })
  })
}
