import { isLocale } from '@/i18n/languages'

/**
 * The public pages exist twice under `src/app/(frontend)`, with the same code:
 * - `cached`: rendered once, then answered from Next's full-route cache (HTML and RSC payload)
 *   until an edit revalidates its tags. It reads no cookie and no query string, so what it holds
 *   is what every visitor may see.
 * - `per-request`: rendered for each request, with the visitor's session and query string.
 *
 * `src/proxy.ts` rewrites each public address to one of them with `pageTreeFor`; the address in
 * the browser never changes.
 */
export const PAGE_TREES = ['cached', 'per-request'] as const
export type PageTree = (typeof PAGE_TREES)[number]

/** Payload's session cookie (`cookiePrefix` is left at its default, `payload`). */
export const SESSION_COOKIE = 'payload-token'

/** Next's own query parameters: a prefetch's `_rsc` is a cache-buster, not a filter. */
const ROUTER_PARAMETERS = new Set(['_rsc'])

type Request = { pathname: string; searchParams: URLSearchParams; hasSession: boolean }

/**
 * The internal address that answers a public one, or null for addresses outside the language
 * trees (`/api`, `/admin`, `/sitemap.xml`, files). A request for a tree's internal address itself
 * (`/cached/en`) is sent into the cached tree, where `cached` is no language: a 404, so no page
 * has a second public address.
 */
export function pageTreeFor({ pathname, searchParams, hasSession }: Request): string | null {
  const first = pathname.split('/')[1]
  if ((PAGE_TREES as readonly string[]).includes(first)) return `/cached${pathname}`
  if (!isLocale(first)) return null
  // Feeds, calendars and CSV files are route handlers, which only the cached tree holds; they
  // read what they need themselves and are never the full-route cache's business.
  const isFile = pathname.slice(pathname.lastIndexOf('/') + 1).includes('.')
  const hasQuery = [...searchParams.keys()].some((key) => !ROUTER_PARAMETERS.has(key))
  const tree: PageTree = !isFile && (hasSession || hasQuery) ? 'per-request' : 'cached'
  return `/${tree}${pathname}`
}
