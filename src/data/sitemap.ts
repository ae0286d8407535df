import type { CollectionSlug, Where } from 'payload'

import { visibleTo } from '@/access/audience'

import { LOCALES } from '@/i18n/languages'

import { cachedRead, type ContentTag } from './cache'

/** A public page, by its path after the locale, and when its content last changed. */
export type PublicPage = { path: string; lastModified?: string }

/** The section index pages a visitor reaches from the main navigation (the home page is ''). */
export const SECTION_PATHS = [
  '',
  '/themes',
  '/library',
  '/countries',
  '/regional-overview',
  '/events',
  '/news',
  '/projects',
  '/resource-centres',
] as const

/** The sitemap protocol's limit of addresses per file. */
export const SITEMAP_URL_LIMIT = 50_000
/**
 * Pages per file; each is listed in every language (17,500 addresses). The protocol would allow
 * 7,142 pages, but reading that many through the Local API (hooks run on every document) took
 * about 1 s per file at 100,000 works; 2,500 take a third of that.
 */
export const PAGES_PER_FILE = 2_500
if (PAGES_PER_FILE * LOCALES.length > SITEMAP_URL_LIMIT) throw new Error('sitemap files too big')

type Source = {
  collection: CollectionSlug & ContentTag
  /** Only what search engines should index: a members-only work's page is not for them. */
  where?: Where
  sort: string
  field: 'slug' | 'iso' | 'code'
  path: (value: string) => string
}

/**
 * Where the sitemap's pages come from, one set of files each. Read as a visitor (`user: null`,
 * access rules applied), so drafts never appear.
 */
const SOURCES = {
  themes: { collection: 'themes', sort: 'slug', field: 'slug', path: (v) => `/themes/${v}` },
  library: {
    collection: 'resources',
    where: visibleTo('visitors'),
    sort: 'slug',
    field: 'slug',
    path: (v) => `/library/${v}`,
  },
  countries: {
    collection: 'countries',
    sort: 'iso',
    field: 'iso',
    path: (v) => `/countries/${v.toLowerCase()}`,
  },
  news: { collection: 'news', sort: 'slug', field: 'slug', path: (v) => `/news/${v}` },
  events: { collection: 'events', sort: 'slug', field: 'slug', path: (v) => `/events/${v}` },
  projects: {
    collection: 'projects',
    sort: 'code',
    field: 'code',
    path: (v) => `/projects/${encodeURIComponent(v.toLowerCase())}`,
  },
  'resource-centres': {
    collection: 'resource-centres',
    sort: 'slug',
    field: 'slug',
    path: (v) => `/resource-centres/${v}`,
  },
} satisfies Record<string, Source>
type SourceName = keyof typeof SOURCES
const isSourceName = (value: string): value is SourceName => Object.hasOwn(SOURCES, value)

/** One file of the sitemap index: `sections`, or a source and its page number (`library-2`). */
export type SitemapFile = { name: string }

/**
 * The files of the sitemap index: the sections, then each source's pages in files of at most
 * PAGES_PER_FILE pages. Only counts are read here.
 */
export async function sitemapFiles(): Promise<SitemapFile[]> {
  const names = Object.keys(SOURCES) as SourceName[]
  return cachedRead({ user: null, key: ['sitemapFiles'] }, async (payload) => {
    const counts = await Promise.all(
      names.map(async (name) => {
        const { collection, where } = SOURCES[name] as Source
        const { totalDocs } = await payload.count({ collection, where, overrideAccess: false })
        return totalDocs
      }),
    )
    return [
      { name: 'sections' },
      ...names.flatMap((name, index) =>
        Array.from({ length: Math.ceil(counts[index]! / PAGES_PER_FILE) }, (_, page) => ({
          name: `${name}-${page + 1}`,
        })),
      ),
    ]
  })
}

/** The pages of one sitemap file, or null when no such file exists. */
export async function sitemapFile(name: string): Promise<PublicPage[] | null> {
  if (name === 'sections') return SECTION_PATHS.map((path) => ({ path }))
  const match = /^([a-z-]+)-([1-9]\d{0,5})$/.exec(name)
  if (!match || !isSourceName(match[1]!)) return null
  const source = SOURCES[match[1]] as Source
  const page = Number(match[2])
  return cachedRead({ user: null, key: ['sitemapFile', name] }, async (payload) => {
    const { docs, totalPages } = await payload.find({
      collection: source.collection,
      where: source.where,
      sort: source.sort,
      limit: PAGES_PER_FILE,
      page,
      depth: 0,
      select: { [source.field]: true, updatedAt: true },
      user: null,
      overrideAccess: false,
    })
    if (page > Math.max(totalPages, 1)) return null
    return docs.map((doc) => {
      const record = doc as unknown as Record<string, string>
      return { path: source.path(record[source.field]!), lastModified: record.updatedAt }
    })
  })
}
