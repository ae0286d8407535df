import type { RawParams } from '@/data/params'
import type { Person } from '@/access/roles'
import type { Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'
import { searchErrorOf, SearchUnavailableError } from '@/search/client'
import { parseSearchParams, SearchParamError, type SearchParams } from '@/search/params'
import { searchContent, type SearchResult } from '@/search/query'

export type SearchOutcome =
  | { state: 'empty'; params: SearchParams }
  | { state: 'results'; params: SearchParams; result: SearchResult }
  | { state: 'invalid'; message: string }
  | { state: 'unavailable' }

/**
 * The search page's read: the same parsing and server-side access filter as /api/search, with
 * failures turned into states the page can explain instead of errors.
 */
export async function searchPortal({
  user,
  locale,
  query,
}: {
  user: User | null
  locale: Locale
  query: RawParams
}): Promise<SearchOutcome> {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    const single = Array.isArray(value) ? value[0] : value
    if (single) search.set(key, single)
  }
  search.set('locale', locale)
  let params: SearchParams
  try {
    params = parseSearchParams(search)
  } catch (error) {
    if (error instanceof SearchParamError) return { state: 'invalid', message: error.message }
    throw error
  }
  const filtered = params.type || params.theme || params.country || params.language || params.year
  if (!params.q && !filtered) return { state: 'empty', params }
  try {
    return {
      state: 'results',
      params,
      result: await searchContent({ params, user: user as Person | null }),
    }
  } catch (error) {
    const cause = searchErrorOf(error)
    if (!cause || cause instanceof SearchUnavailableError) return { state: 'unavailable' }
    if (cause.code === 'index_not_found') {
      return {
        state: 'results',
        params,
        result: {
          hits: [],
          facets: {},
          total: 0,
          totalIsExact: true,
          page: 1,
          perPage: params.perPage,
          processingTimeMs: 0,
          query: params.q,
        },
      }
    }
    throw error
  }
}
