import { EDITION_LANGUAGES, isLocale, type Locale } from '@/i18n/languages'

import { SEARCHABLE, type SearchType } from './documents'

export type SearchParams = {
  q: string
  locale: Locale
  type?: SearchType
  theme?: string
  country?: string
  language?: string
  year?: number
  page: number
  perPage: number
}

/** A parameter a person (or a page) got wrong; the API answers 400 with this message. */
export class SearchParamError extends Error {}

const TYPES = Object.values(SEARCHABLE) as string[]

/** Reads and checks the query string; never trusts it to choose what the caller may see. */
export function parseSearchParams(query: URLSearchParams): SearchParams {
  const get = (name: string) => query.get(name)?.trim() || undefined
  const q = get('q') ?? ''
  if (q.length > 200)
    throw new SearchParamError('The search text is too long: use at most 200 characters.')
  const locale = get('locale') ?? 'en'
  if (!isLocale(locale))
    throw new SearchParamError(`Unknown locale "${locale}": use en, th, km, lo, my, vi or id.`)
  const type = get('type')
  if (type && !TYPES.includes(type))
    throw new SearchParamError(`Unknown type "${type}": use one of ${TYPES.join(', ')}.`)
  const theme = get('theme')
  if (theme && !/^[a-z0-9-]{1,80}$/.test(theme))
    throw new SearchParamError('A theme is given by its slug, for example "domestic-workers".')
  const country = get('country')?.toUpperCase()
  if (country && !/^[A-Z]{2}$/.test(country))
    throw new SearchParamError('A country is given by its two-letter ISO code, for example TH.')
  const language = get('language')
  if (language && !(language in EDITION_LANGUAGES))
    throw new SearchParamError(`Unknown language "${language}".`)
  const number = (name: string, fallback: number | undefined, min: number, max: number) => {
    const raw = get(name)
    if (raw === undefined) return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new SearchParamError(`"${name}" must be a whole number from ${min} to ${max}.`)
    }
    return value
  }
  return {
    q,
    locale,
    type: type as SearchType | undefined,
    theme,
    country,
    language,
    year: number('year', undefined, 1900, 2100),
    page: number('page', 1, 1, 1000)!,
    perPage: number('perPage', 10, 1, 50)!,
  }
}
