import type { MatchingStrategies, Meilisearch } from 'meilisearch'

import { audienceOf, visibilityFilter } from '@/access/audience'
import type { Person } from '@/access/roles'

import { meilisearchClient, SearchApiError, searchErrorOf } from './client'
import { searchConfig } from './config'
import {
  CROP_LENGTH,
  MARK_END,
  MARK_START,
  SEGMENTED,
  SEGMENTED_TEXTS,
  shownHit,
} from './highlight'
import { contentIndexName, indexingClient } from './index'
import type { SearchParams } from './params'
import { FACETS } from './settings'
import {
  encodeThaiWord,
  hasSpacelessScript,
  queryLocales,
  searchWords,
  segmentSpacelessScripts,
  toUnicodeBurmese,
  writtenOnlyIn,
} from './text'

export type SearchHit = {
  id: string
  type: string
  title: string
  snippet: string
  url: string
  language: string
  alsoIn: string[]
  themes: string[]
  countries: string[]
  year: number | null
  date: string | null
  visibility: 'public' | 'members'
}

export type SearchResult = {
  hits: SearchHit[]
  facets: Record<string, Record<string, number>>
  total: number
  /** False when `total` is Meilisearch's estimate: a broad query matches more than EXACT_COUNT_LIMIT. */
  totalIsExact: boolean
  page: number
  perPage: number
  processingTimeMs: number
  query: string
}

/**
 * Who may see what is decided here, on the server, from the signed-in person; nothing the
 * browser sends can widen it. Drafts are never indexed, and the filter excludes them anyway.
 */
export function audienceFilter(user: Person | null | undefined): string {
  return `status = "published" AND ${visibilityFilter(audienceOf(user))}`
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`

/** Thai words of the query: each must appear exactly (tone marks included) in a hit. */
function thaiFilter(query: string): string | undefined {
  const words = (query.match(/[\u0E00-\u0E7F]+/g) ?? [])
    .flatMap((run) => searchWords(run, 'th'))
    .filter((word) => /\p{L}/u.test(word))
  if (words.length === 0) return undefined
  return words.map((word) => `thaiWords = ${quote(encodeThaiWord(word))}`).join(' AND ')
}

let searchKey: { host: string; key: string } | undefined

/**
 * Queries use a key that can only search the portal's indexes: created once with the master
 * key, then the master key stays out of the request path.
 */
export async function searchClient(): Promise<Meilisearch> {
  const config = searchConfig()
  if (!searchKey || searchKey.host !== config.host) {
    const { client } = indexingClient()
    const name = `${config.indexPrefix}-portal-search`
    const { results } = await client.getKeys({ limit: 1000 })
    const existing = results.find((key) => key.name === name)
    const key =
      existing ??
      (await client.createKey({
        name,
        description: 'Search-only key of the portal',
        actions: ['search'],
        indexes: [`${config.indexPrefix}_*`],
        expiresAt: null,
      }))
    searchKey = { host: config.host, key: key.key }
  }
  return meilisearchClient({ host: config.host, apiKey: searchKey.key })
}

/**
 * A query written only in Thai, Lao, Khmer or Burmese searches only our segmented copies of the
 * text: in the raw fields a Lao or Burmese sentence is one long token, and Meilisearch cuts Thai
 * and Khmer differently from the query. Searching those fields as well made such queries the
 * slowest of all (50–65 ms of Meilisearch's time at 200,000 documents, about 35 ms without).
 */
function searchedAttributes(query: string): string[] | undefined {
  const script = writtenOnlyIn(query)
  return script ? [`title_${script}`, `segmented_${script}`] : undefined
}

/**
 * A word typed in a spaceless script reaches Meilisearch as its parts (แรงงานข้ามชาติ as แรงงาน
 * ข้าม ชาติ): every part is required, or a hit for the compound would be any text with its first
 * part. Proximity, ranked before exactness, puts the parts side by side first. Elsewhere the
 * last words typed may be dropped when too few hits have them all (Meilisearch's default).
 */
const matchingStrategyOf = (query: string): MatchingStrategies =>
  writtenOnlyIn(query) ? 'all' : 'last'

/** Result counts up to this are exact; beyond, they are Meilisearch's estimate. */
export const EXACT_COUNT_LIMIT = 1_000

/** What a query finds in an index with nothing to find yet. */
export const noResult = (params: SearchParams): SearchResult => ({
  hits: [],
  facets: {},
  total: 0,
  totalIsExact: true,
  page: params.page,
  perPage: params.perPage,
  processingTimeMs: 0,
  query: params.q,
})

/**
 * Meilisearch refuses to search a field that no document has yet ("not searchable"): a portal with
 * nothing written in Lao would answer every Lao query with an error. Asked only after such a
 * refusal, so the usual query costs nothing more and a script's first document is found at once.
 */
const refusedFields = (error: unknown) => {
  const cause = searchErrorOf(error)
  return cause instanceof SearchApiError && cause.code === 'invalid_search_attributes_to_search_on'
}

async function fieldsSomeDocumentHas(
  index: ReturnType<Meilisearch['index']>,
  fields: string[],
): Promise<string[]> {
  // One field at a time, as the search key may search but not read the index's statistics.
  const searchable = await Promise.all(
    fields.map((field) =>
      index.search('', { attributesToSearchOn: [field], limit: 0 }).then(
        () => true,
        (error: unknown) => {
          if (refusedFields(error)) return false
          throw error
        },
      ),
    ),
  )
  return fields.filter((_, i) => searchable[i])
}

export async function searchContent({
  params,
  user,
}: {
  params: SearchParams
  user: Person | null | undefined
}): Promise<SearchResult> {
  const client = await searchClient()
  const unicode = toUnicodeBurmese(params.q)
  const q = hasSpacelessScript(unicode) ? segmentSpacelessScripts(unicode, ' ') : unicode
  const filters = [audienceFilter(user)]
  if (params.type) filters.push(`type = ${quote(params.type)}`)
  if (params.theme) filters.push(`themes = ${quote(params.theme)}`)
  if (params.country) filters.push(`countries = ${quote(params.country)}`)
  if (params.language) filters.push(`languages = ${quote(params.language)}`)
  if (params.year) filters.push(`year = ${params.year}`)
  const thai = thaiFilter(unicode)
  if (thai) filters.push(`(${thai})`)

  const index = client.index(contentIndexName())
  const filter = filters.join(' AND ')
  // The count below must match exactly what the page matches.
  let matching = {
    filter,
    locales: queryLocales(unicode) as never,
    attributesToSearchOn: searchedAttributes(unicode),
    matchingStrategy: matchingStrategyOf(unicode),
  }
  // offset/limit, not page/hitsPerPage: a page count makes Meilisearch count every match exactly,
  // one per work (the distinct attribute), which for a broad query at 200,000 documents took
  // 100–140 ms against 10–40 ms for the page itself. The count is made exact below when cheap.
  const page = () =>
    index.search(q, {
      ...matching,
      facets: [...FACETS],
      offset: (params.page - 1) * params.perPage,
      limit: params.perPage,
      // Meilisearch marks only the attributes to highlight: one that is only cropped comes back
      // without marks (so snippets had none, and were always the summary's start).
      attributesToHighlight: ['title', 'summary', 'body', ...SEGMENTED],
      attributesToCrop: ['summary', 'body', ...SEGMENTED_TEXTS],
      cropLength: CROP_LENGTH,
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      attributesToRetrieve: [
        // For a snippet where Meilisearch's own crop of a displayed field misses the word (above).
        ...(hasSpacelessScript(unicode) ? ['summary', 'body'] : []),
        'workId',
        'type',
        'language',
        'languages',
        'themes',
        'countries',
        'year',
        'date',
        'path',
        'visibility',
      ],
    })
  let response
  try {
    response = await page()
  } catch (error) {
    const fields = matching.attributesToSearchOn
    if (!fields || !refusedFields(error)) throw error
    const present = await fieldsSomeDocumentHas(index, fields)
    // Nothing is written in this script yet.
    if (present.length === 0) return noResult(params)
    matching = { ...matching, attributesToSearchOn: present }
    response = await page()
  }

  // A query written only in a spaceless script searched only that script's fields: the marks
  // Meilisearch puts in the displayed ones are its own reading of them, not what matched.
  const ownMarks = !searchedAttributes(unicode)
  const hits = response.hits.map((hit) => {
    const { title, snippet } = shownHit(hit, ownMarks)
    return {
      id: hit.workId,
      type: hit.type,
      title,
      snippet,
      url: `/${params.locale}${hit.path}`,
      language: hit.language,
      alsoIn: (hit.languages as string[]).filter((language) => language !== hit.language),
      themes: hit.themes,
      countries: hit.countries,
      year: hit.year,
      date: hit.date ? new Date(hit.date).toISOString() : null,
      visibility: hit.visibility,
    } satisfies SearchHit
  })
  // Meilisearch's estimate counts documents (editions, chunks), not works, so it runs high. Up to
  // EXACT_COUNT_LIMIT matches an exact count costs a few milliseconds: make it. Beyond, people
  // see "about 10,000 results", as on any large search engine.
  let total = response.estimatedTotalHits ?? hits.length
  let totalIsExact = false
  let processingTimeMs = response.processingTimeMs
  if (total <= EXACT_COUNT_LIMIT) {
    const counted = await index.search(q, { ...matching, page: 1, hitsPerPage: 0 })
    total = counted.totalHits ?? total
    totalIsExact = true
    processingTimeMs += counted.processingTimeMs
  }
  return {
    hits,
    facets: (response.facetDistribution ?? {}) as Record<string, Record<string, number>>,
    total,
    totalIsExact,
    page: params.page,
    perPage: params.perPage,
    processingTimeMs,
    query: params.q,
  }
}
