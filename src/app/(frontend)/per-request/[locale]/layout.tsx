/**
 * The public pages rendered for each request: for anyone with a session cookie, and for filtered
 * or paginated views (a page parameter). Rewrites (`src/routing/pageTrees.ts`) send those here; the pages
 * themselves are the cached tree's, which read the session and the query when they are given.
 */
export { default, generateMetadata } from '@/app/(frontend)/cached/[locale]/layout'

export const dynamic = 'force-dynamic'
