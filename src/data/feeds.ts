import type { Where } from 'payload'

import { isLockedFor, visibleTo } from '@/access/audience'

import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'
import type { Country, Theme } from '@/payload-types'

import { cachedRead } from './cache'
import { listCountries } from './countries'
import { absoluteUrl, type AlternateTypes } from './site'
import { listThemes } from './themes'

export const FEED_KINDS = ['news', 'resources'] as const
export type FeedKind = (typeof FEED_KINDS)[number]
export type FeedFormat = 'rss' | 'atom'
export const FEED_SIZE = 50

/** A feed narrowed to one theme (by slug) or one country (by ISO code), as in the address. */
export type FeedFilter = { theme?: string; country?: string }

const EXTENSION: Record<FeedFormat, string> = { rss: 'xml', atom: 'atom' }
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
}

/** The page a feed mirrors: the news list or the library, with the same filter. */
const LIST_PATH: Record<FeedKind, string> = { news: '/news', resources: '/library' }

function query(filter: FeedFilter): string {
  const search = new URLSearchParams()
  if (filter.theme) search.set('theme', filter.theme)
  if (filter.country) search.set('country', filter.country.toUpperCase())
  const text = search.toString()
  return text ? `?${text}` : ''
}

/** A feed's path on the portal, e.g. /th/feeds/news.atom?country=KH. */
export const feedPath = (
  locale: Locale,
  kind: FeedKind,
  format: FeedFormat,
  filter: FeedFilter = {},
) => `/${locale}/feeds/${kind}.${EXTENSION[format]}${query(filter)}`

export const feedUrl = (
  locale: Locale,
  kind: FeedKind,
  format: FeedFormat,
  filter: FeedFilter = {},
) => absoluteUrl(feedPath(locale, kind, format, filter))

export const feedListUrl = (locale: Locale, kind: FeedKind, filter: FeedFilter = {}) =>
  absoluteUrl(`/${locale}${LIST_PATH[kind]}${query(filter)}`)

/** The feed's title: "News" or "New in the library", then what it is narrowed to. */
export function feedTitle(locale: Locale, kind: FeedKind, narrowedTo?: string): string {
  const name = translate(locale, kind === 'news' ? 'news' : 'feedResourcesTitle')
  return [name, narrowedTo, translate(locale, 'siteName')].filter(Boolean).join(' · ')
}

/**
 * `<link rel="alternate">` entries for a page's metadata (`alternates.types`), so browsers and
 * feed readers find the RSS and Atom feeds of the list a visitor is looking at.
 */
export function feedAlternates(
  locale: Locale,
  kind: FeedKind,
  filter: FeedFilter = {},
  narrowedTo?: string,
): AlternateTypes {
  const title = feedTitle(locale, kind, narrowedTo)
  return {
    [FEED_TYPES.rss]: [{ url: feedUrl(locale, kind, 'rss', filter), title }],
    [FEED_TYPES.atom]: [{ url: feedUrl(locale, kind, 'atom', filter), title }],
  }
}

/** The home page's alternates: the whole portal's news and resources feeds, RSS and Atom. */
export function siteFeedAlternates(locale: Locale): AlternateTypes {
  const kinds: FeedKind[] = ['news', 'resources']
  const formats = Object.keys(FEED_TYPES) as FeedFormat[]
  return Object.fromEntries(
    formats.map((format) => [
      FEED_TYPES[format],
      kinds.map((kind) => ({ url: feedUrl(locale, kind, format), title: feedTitle(locale, kind) })),
    ]),
  )
}

export type ResolvedFilter = { theme?: Theme; country?: Country }

/**
 * The theme and country a feed's address names, looked up among public ones. When either names
 * nothing, says which: the route answers 404 rather than silently widening the feed.
 */
export async function resolveFeedFilter({
  locale,
  filter,
}: {
  locale: Locale
  filter: FeedFilter
}): Promise<{ resolved: ResolvedFilter } | { unknown: 'theme' | 'country' }> {
  const resolved: ResolvedFilter = {}
  if (filter.theme !== undefined) {
    resolved.theme = (await listThemes({ user: null, locale })).find(
      (theme) => theme.slug === filter.theme,
    )
    if (!resolved.theme) return { unknown: 'theme' }
  }
  if (filter.country !== undefined) {
    const iso = filter.country.toUpperCase()
    resolved.country = (await listCountries({ user: null, locale })).find(
      (country) => country.iso === iso,
    )
    if (!resolved.country) return { unknown: 'country' }
  }
  return { resolved }
}

/** One entry of a feed, whatever it is made from. */
export type FeedEntry = {
  title: string
  summary: string
  path: string
  /** ISO date: cached reads come back as JSON, so no Date objects here. */
  date: string
  themes: { title: string; slug: string }[]
}

type Populated = { title?: string | null; slug: string } | number | string

const themesOf = (themes: Populated[] | null | undefined) =>
  (themes ?? []).flatMap((theme) =>
    typeof theme === 'object' ? [{ title: theme.title ?? theme.slug, slug: theme.slug }] : [],
  )

/**
 * The newest public items of a feed. Feeds are anonymous: they read as a visitor (`user: null`)
 * through the collections' access rules, which keep drafts out. Resources are also restricted
 * to `visibility: public` here, explicitly: a visitor may see a members-only work's title on the
 * site, but a feed is copied into readers and aggregators, so members-only works never enter one.
 */
export async function feedEntries({
  locale,
  kind,
  filter,
}: {
  locale: Locale
  kind: FeedKind
  filter: ResolvedFilter
}): Promise<FeedEntry[]> {
  const conditions: Where[] = []
  if (filter.theme) conditions.push({ themes: { in: [filter.theme.id] } })
  if (filter.country) conditions.push({ countries: { in: [filter.country.id] } })
  if (kind === 'resources') conditions.push(visibleTo('visitors'))
  const where: Where | undefined = conditions.length ? { and: conditions } : undefined
  return cachedRead({ user: null, key: ['feedEntries', locale, kind, where] }, async (payload) => {
    const common = {
      where,
      limit: FEED_SIZE,
      locale,
      fallbackLocale: 'en' as const,
      depth: 1,
      user: null,
      overrideAccess: false as const,
    }
    const populate = { themes: { title: true, slug: true } } as const
    if (kind === 'news') {
      const { docs } = await payload.find({
        collection: 'news',
        ...common,
        sort: ['-date', '-createdAt'],
        select: { title: true, slug: true, summary: true, date: true, themes: true },
        populate,
      })
      return docs.map((doc) => ({
        title: doc.title ?? doc.slug,
        summary: doc.summary ?? '',
        path: `/${locale}/news/${doc.slug}`,
        date: new Date(doc.date).toISOString(),
        themes: themesOf(doc.themes),
      }))
    }
    const { docs } = await payload.find({
      collection: 'resources',
      ...common,
      sort: '-createdAt',
      select: {
        title: true,
        slug: true,
        summary: true,
        createdAt: true,
        themes: true,
        visibility: true,
      },
      populate,
    })
    // The where clause already says so; checked again because a leak here cannot be taken back.
    return docs
      .filter((doc) => !isLockedFor('visitors', doc.visibility))
      .map((doc) => ({
        title: doc.title ?? doc.slug,
        summary: doc.summary ?? '',
        path: `/${locale}/library/${doc.slug}`,
        date: new Date(doc.createdAt).toISOString(),
        themes: themesOf(doc.themes),
      }))
  })
}
