import type { NextConfig } from 'next'

// Relative, not '@/…': next.config.ts imports this module, and Next loads that file without the
// project's path aliases.
import { LOCALES } from '../i18n/languages'

type Rewrite = Extract<Awaited<ReturnType<NonNullable<NextConfig['rewrites']>>>, unknown[]>[number]
export type RouteCondition = NonNullable<Rewrite['has']>[number]

/**
 * The public pages exist twice under `src/app/(frontend)`, with the same code:
 * - `cached`: rendered once, then answered from Next's full-route cache (HTML and RSC payload)
 *   until an edit revalidates its tags. It reads no cookie and no query string, so what it holds
 *   is what every visitor may see.
 * - `per-request`: rendered for each request, with the visitor's session and query string.
 *
 * Which one answers an address is decided by `next.config.ts` rewrites (`pageTreeRewrites`), in
 * Next's router, so a visitor's request for a cached page runs no JavaScript of ours: the
 * proxy (`src/proxy.ts`), which used to choose, cost 1.2 ms of this machine's CPU per request,
 * more than the cached page itself (a static file passing through it was served at 530
 * requests/s, one that did not at 1,470). The address in the browser never changes.
 */
export const PAGE_TREES = ['cached', 'per-request'] as const
export type PageTree = (typeof PAGE_TREES)[number]

/** Payload's session cookie (`cookiePrefix` is left at its default, `payload`). */
export const SESSION_COOKIE = 'payload-token'

/**
 * Every query parameter a public page reads. A page reads them through `RawParams`
 * (`src/data/params.ts`), whose keys are these, so a new filter does not compile until it is
 * named here. An address with any other parameter (`?utm_source=…`, a prefetch's `_rsc`) gets
 * the cached page, which is what the page would show anyway: unknown parameters are ignored.
 */
export const QUERY_KEYS = [
  'q',
  'page',
  'perPage',
  'sort',
  'theme',
  'country',
  'kind',
  'language',
  'year',
  'type',
  'view',
  'when',
  'month',
  'indicator',
  'modality',
  'service',
  'status',
  // The forum pages' deep link to a post, and the post a reply quotes (without JavaScript).
  'post',
  'quote',
] as const
export type QueryKey = (typeof QUERY_KEYS)[number]

/**
 * What sends a request to the per-request tree: a non-empty session cookie (after logout it is
 * emptied), or a non-empty value of a page's parameter. The `value` pattern matters beyond the
 * empty case: without one, Next copies the matched value into the rewritten address's
 * parameters, which would put the session token where a page can read it.
 */
export const PER_REQUEST_CONDITIONS: RouteCondition[] = [
  { type: 'cookie', key: SESSION_COOKIE, value: '.+' },
  ...QUERY_KEYS.map((key): RouteCondition => ({ type: 'query', key, value: '.+' })),
]

/** A path in one of the language trees, `/en` included. */
export const LANGUAGE_PATHS = `/:locale(${LOCALES.join('|')})/:path*`

/**
 * The account pages (sign-in, password reset, the account itself), the member directory and the
 * forums: personal, or forms whose answer depends on the request, so only the per-request tree
 * has them, whoever asks (a visitor to the directory or the forums is told they are for
 * members; the forums' content must never land in the full-route cache).
 */
export const ACCOUNT_SECTIONS = ['account', 'members', 'forums'] as const
export const ACCOUNT_PATHS = `/:locale(${LOCALES.join('|')})/:section(${ACCOUNT_SECTIONS.join('|')})/:path*`

/**
 * The rewrites, tried in order (Next stops at the first whose result is a page or route):
 * 1. a tree's own address (`/cached/en`) lands where `cached` is no language: a 404, so no page
 *    has a second public address;
 * 2. the account pages and the member directory: the per-request tree, always (before the
 *    files: an account address may end in a token with dots, as an unsubscribe link's does);
 * 3. feeds, calendars and CSV files are route handlers, which only the cached tree holds; they
 *    read what they need themselves and are never the full-route cache's business;
 * 4. no session and no page parameter: the cached tree;
 * 5. everything else in a language: the per-request tree.
 * Five rules, because every request for a page runs through them: one rule per condition (a
 * rule's conditions must all hold, so "any of them" takes one rule each) would be twenty.
 */
export function pageTreeRewrites(): Rewrite[] {
  return [
    { source: `/:tree(${PAGE_TREES.join('|')})/:path*`, destination: '/cached/:tree/:path*' },
    { source: ACCOUNT_PATHS, destination: '/per-request/:locale/:section/:path*' },
    {
      source: `/:locale(${LOCALES.join('|')})/:path*/:file([^/]*\\.[^/]*)`,
      destination: '/cached/:locale/:path*/:file',
    },
    {
      source: LANGUAGE_PATHS,
      missing: PER_REQUEST_CONDITIONS,
      destination: '/cached/:locale/:path*',
    },
    { source: LANGUAGE_PATHS, destination: '/per-request/:locale/:path*' },
  ]
}
