import type { Country, Theme } from '@/payload-types'
import type { QueryKey } from '@/routing/pageTrees'

/**
 * What a page receives as `searchParams`, as far as it may read them: only the parameters that
 * send an address to the per-request page tree (`QUERY_KEYS`), because the cached tree, which
 * answers every other address, sees none.
 */
export type RawParams = { [key in QueryKey]?: string | string[] }

/** One trimmed value of a query parameter (the first, if it is repeated), or undefined. */
export function single(params: RawParams, name: QueryKey): string | undefined {
  const value = params[name]
  const first = Array.isArray(value) ? value[0] : value
  return first?.trim() || undefined
}

/** A page number from the address: anything that is not a sensible whole number means page 1. */
export function pageNumber(raw: string | undefined): number {
  const page = Number(raw)
  return Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1
}

/** One of a fixed set of values, or undefined. */
export function oneOf<T extends string>(
  raw: string | undefined,
  values: readonly T[],
): T | undefined {
  return raw !== undefined && (values as readonly string[]).includes(raw) ? (raw as T) : undefined
}

/** The theme a slug names, among those the visitor may see. */
export const themeBySlug = (themes: Theme[], slug: string | undefined): Theme | undefined =>
  slug ? themes.find((theme) => theme.slug === slug) : undefined

/** The country an ISO code names (any case), among those the visitor may see. */
export const countryByIso = (countries: Country[], iso: string | undefined): Country | undefined =>
  iso ? countries.find((country) => country.iso === iso.toUpperCase()) : undefined

/** A path segment as text: Next may hand it over still percent-encoded; a malformed one is kept as is. */
export function segment(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
