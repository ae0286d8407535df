import type { Payload, Where } from 'payload'

import { EDITION_LANGUAGES, type Locale } from '@/i18n/languages'
import { RESOURCE_KINDS } from '@/library/kinds'
import { titleOrderName } from '@/library/titleOrder'
import type { Resource, User } from '@/payload-types'

import { documentBySlug } from './bySlug'
import { cachedRead } from './cache'
import { oneOf, pageNumber } from './params'
import { withLanguages, type InLanguages } from './translations'

export const LIBRARY_PAGE_SIZE = 20
/**
 * The library's orders. Titles sort by the reader's language's key, an indexed column kept by
 * `collections/Resources/hooks/orderTitles.ts`: sorting by the localised title itself joined
 * every work's title (270–590 ms at 100,000 works).
 */
const LIBRARY_SORTS = {
  newest: () => '-year',
  oldest: () => 'year',
  title: (locale: Locale) => `titleOrder.${titleOrderName(locale)}`,
} as const
export type LibrarySort = keyof typeof LIBRARY_SORTS

/** The library's filters as they arrive in the address; anything unknown is simply ignored. */
export type LibraryFilters = {
  theme?: string
  country?: string
  kind?: string
  language?: string
  year?: string
  sort?: string
  page?: string
}

export type LibraryQuery = {
  themeId?: number | string
  countryId?: number | string
  kind?: string
  language?: string
  year?: number
  sort: LibrarySort
  page: number
}

/** Turns the address's filters into a query, dropping what does not name something real. */
export function libraryQuery(
  filters: LibraryFilters,
  lookups: {
    themeIdOf: (slug: string) => number | string | undefined
    countryIdOf: (iso: string) => number | string | undefined
  },
): LibraryQuery {
  const year = Number(filters.year)
  return {
    themeId: filters.theme ? lookups.themeIdOf(filters.theme) : undefined,
    countryId: filters.country ? lookups.countryIdOf(filters.country.toUpperCase()) : undefined,
    kind: oneOf(filters.kind, RESOURCE_KINDS),
    language: oneOf(filters.language, Object.keys(EDITION_LANGUAGES)),
    year: Number.isInteger(year) && year > 1900 && year < 2200 ? year : undefined,
    sort: oneOf(filters.sort, Object.keys(LIBRARY_SORTS) as LibrarySort[]) ?? 'newest',
    page: pageNumber(filters.page),
  }
}

/** What a work's card in a list shows (`ResourceList`): its kind, year, publisher, editions. */
export const RESOURCE_CARD_SELECT = {
  title: true,
  slug: true,
  kind: true,
  summary: true,
  year: true,
  publisher: true,
  visibility: true,
  editions: true,
} as const

/**
 * Works as list cards (`ResourceList`), each with the language of the texts a card marks: the
 * title, and the summary under it.
 */
export const withCardLanguages = <T extends { id: number | string }>(
  payload: Payload,
  { locale, user, docs }: { locale: Locale; user: User | null; docs: T[] },
) =>
  withLanguages(payload, {
    collection: 'resources',
    locale,
    user,
    docs,
    fields: ['title', 'summary'],
  })

/**
 * The library's list: published works the visitor may see, filtered, sorted and paginated, each
 * with its title's language.
 */
export async function listResources({
  user,
  locale,
  query,
  limit = LIBRARY_PAGE_SIZE,
}: {
  user: User | null
  locale: Locale
  query: LibraryQuery
  limit?: number
}) {
  const conditions: Where[] = []
  if (query.themeId !== undefined) conditions.push({ themes: { contains: query.themeId } })
  if (query.countryId !== undefined) conditions.push({ countries: { contains: query.countryId } })
  if (query.kind) conditions.push({ kind: { equals: query.kind } })
  if (query.language) conditions.push({ 'editions.language': { equals: query.language } })
  if (query.year) conditions.push({ year: { equals: query.year } })
  return cachedRead({ user, key: ['listResources', locale, query, limit] }, async (payload) => {
    // Two reads. Sorting and counting with the list's columns selected made the database join
    // every work's editions and themes before it could sort them (90 ms at 100,000 works, and
    // 230 ms with the title as tie-break, a localised column); sorting bare rows takes 20 ms,
    // and the twenty on the page are then read whole by id (under 10 ms). The slug breaks ties:
    // unique, and the title's order in English.
    const page = await payload.find({
      collection: 'resources',
      where: conditions.length ? { and: conditions } : undefined,
      sort: [LIBRARY_SORTS[query.sort](locale), 'slug'],
      page: query.page,
      limit,
      depth: 0,
      select: { slug: true },
      user,
      overrideAccess: false,
    })
    if (page.docs.length === 0) return { ...page, docs: [] }
    const ids = page.docs.map((doc) => doc.id)
    const { docs } = await payload.find({
      collection: 'resources',
      where: { id: { in: ids } },
      pagination: false,
      limit: ids.length,
      locale,
      fallbackLocale: 'en',
      depth: 1,
      select: { ...RESOURCE_CARD_SELECT, themes: true },
      populate: { themes: { title: true, slug: true } },
      user,
      overrideAccess: false,
    })
    const byId = new Map(docs.map((doc) => [doc.id, doc]))
    // A work unpublished between the two reads is simply left out of this page.
    const shown = ids.map((id) => byId.get(id)).filter((doc) => doc !== undefined)
    return {
      ...page,
      docs: await withCardLanguages(payload, { locale, user, docs: shown }),
    }
  })
}

/**
 * One work by its slug with its files, if the visitor may see it (drafts stay hidden), and the
 * language of its title, summary and description: each may be translated on its own.
 */
export async function getResource({
  user,
  locale,
  slug,
}: {
  user: User | null
  locale: Locale
  slug: string
}): Promise<InLanguages<Resource, 'title' | 'summary' | 'description'> | null> {
  return documentBySlug({
    user,
    locale,
    collection: 'resources',
    slug,
    languagesOf: ['title', 'summary', 'description'],
  })
}

/** Works sharing a theme with this one, newest first, with their titles' language. */
export async function relatedResources({
  user,
  locale,
  resource,
  limit = 4,
}: {
  user: User | null
  locale: Locale
  resource: Resource
  limit?: number
}) {
  const themeIds = (resource.themes ?? []).map((theme) =>
    typeof theme === 'object' ? theme.id : theme,
  )
  if (themeIds.length === 0) return []
  return cachedRead(
    { user, key: ['relatedResources', locale, resource.id, themeIds, limit] },
    async (payload) => {
      const { docs } = await payload.find({
        collection: 'resources',
        where: { and: [{ themes: { in: themeIds } }, { id: { not_equals: resource.id } }] },
        sort: ['-year', 'slug'],
        limit,
        locale,
        fallbackLocale: 'en',
        depth: 0,
        select: { title: true, slug: true, year: true, kind: true, visibility: true },
        user,
        overrideAccess: false,
      })
      return withCardLanguages(payload, { locale, user, docs })
    },
  )
}

/**
 * The years that have works, newest first, for the year filter: a DISTINCT query (an aggregate in
 * MongoDB), never a read of every work. The collection's read access applies, so a year only a
 * draft has is offered to editors only; everyone else shares their audience's cached answer.
 */
export async function resourceYears({ user }: { user: User | null }): Promise<number[]> {
  return cachedRead({ user, key: ['resourceYears'] }, async (payload) => {
    const { values } = await payload.findDistinct({
      collection: 'resources',
      field: 'year',
      sort: '-year',
      // More than a portal's lifetime of years; a sanity bound, not a page size.
      limit: 1000,
      user,
      overrideAccess: false,
    })
    return values
      .map((value) => value.year)
      .filter((year): year is number => typeof year === 'number')
  })
}
