import type { Where } from 'payload'

import { isEventKind, type EventKind } from '@/events/kinds'
import type { Locale } from '@/i18n/languages'
import type { Country, Event, Project, Theme, User } from '@/payload-types'

import { documentBySlug } from './bySlug'
import { cachedRead } from './cache'
import { withLanguages, type InLanguages } from './translations'

export { EVENT_KINDS, isEventKind, type EventKind } from '@/events/kinds'
export { eventPath, siteUrl } from '@/events/urls'

/** An event as lists, calendars and feeds show it: its relations reduced to what they link by. */
export type EventItem = Pick<
  Event,
  | 'id'
  | 'title'
  | 'slug'
  | 'kind'
  | 'start'
  | 'start_tz'
  | 'end'
  | 'end_tz'
  | 'mode'
  | 'place'
  | 'onlineUrl'
  | 'isRegional'
  | 'summary'
  | 'updatedAt'
> & {
  country?: Pick<Country, 'id' | 'name' | 'iso'> | number | null
  themes?: (Pick<Theme, 'id' | 'title' | 'slug'> | number)[] | null
}

export type EventListing = {
  /** Each with its title's language. */
  events: InLanguages<EventItem>[]
  totalDocs: number
  page: number
  totalPages: number
  /** The filters that were applied, resolved to what they name. */
  filters: {
    country: Pick<Country, 'id' | 'name' | 'iso'> | null
    theme: Pick<Theme, 'id' | 'title' | 'slug'> | null
    kind: EventKind | null
  }
  /** Filters given with a value that names nothing; they are left out rather than failing. */
  ignored: ('country' | 'theme' | 'kind')[]
}

export type ListEventsArgs = {
  user: User | null
  locale: Locale
  /** ISO 3166-1 code, any case: "TH". */
  country?: string
  /** Theme slug. */
  theme?: string
  kind?: string
  isRegional?: boolean
  /** Events still running at or after this instant (their end is not before it). */
  from?: Date
  /** Events starting before this instant. */
  to?: Date
  /** Soonest first (the default), or latest first for looking back. */
  order?: 'soonest' | 'latest'
  page?: number
  limit?: number
}

const EVENT_SELECT = {
  title: true,
  slug: true,
  kind: true,
  start: true,
  start_tz: true,
  end: true,
  end_tz: true,
  mode: true,
  place: true,
  onlineUrl: true,
  country: true,
  isRegional: true,
  themes: true,
  summary: true,
  updatedAt: true,
} as const

const RELATED = {
  countries: { name: true, iso: true },
  themes: { title: true, slug: true },
} as const

/** Times are compared to the minute, so that "now" gives one cache entry a minute, not one a request. */
const toMinute = (date: Date) => new Date(Math.floor(date.getTime() / 60_000) * 60_000)

/**
 * Published events as the visitor may see them, filtered by country (ISO code), theme (slug),
 * kind and time, soonest first. Used by the events pages and feeds, and by any page that shows
 * "upcoming events" (home, country, theme): pass `from: new Date()` for those.
 */
export async function listEvents(args: ListEventsArgs): Promise<EventListing> {
  const { user, locale, country, theme, kind, isRegional, order = 'soonest' } = args
  const from = args.from ? toMinute(args.from) : undefined
  const to = args.to ? toMinute(args.to) : undefined
  const page = Math.min(Math.max(1, Math.floor(args.page ?? 1)), 10_000)
  const limit = Math.min(Math.max(1, Math.floor(args.limit ?? 20)), 1000)
  const key = [
    'events.list',
    locale,
    country?.toUpperCase() ?? null,
    theme ?? null,
    kind ?? null,
    isRegional ?? null,
    from?.toISOString() ?? null,
    to?.toISOString() ?? null,
    order,
    page,
    limit,
  ]

  return cachedRead({ user, key }, async (payload) => {
    const access = { locale, fallbackLocale: 'en' as const, user, overrideAccess: false as const }
    const [countryDoc, themeDoc] = await Promise.all([
      country
        ? payload.find({
            collection: 'countries',
            where: { iso: { equals: country.toUpperCase() } },
            limit: 1,
            depth: 0,
            select: { name: true, iso: true },
            ...access,
          })
        : null,
      theme
        ? payload.find({
            collection: 'themes',
            where: { slug: { equals: theme } },
            limit: 1,
            depth: 0,
            select: { title: true, slug: true },
            ...access,
          })
        : null,
    ])
    const filters: EventListing['filters'] = {
      country: (countryDoc?.docs[0] as EventListing['filters']['country']) ?? null,
      theme: (themeDoc?.docs[0] as EventListing['filters']['theme']) ?? null,
      kind: isEventKind(kind) ? kind : null,
    }
    const ignored: EventListing['ignored'] = []
    if (country && !filters.country) ignored.push('country')
    if (theme && !filters.theme) ignored.push('theme')
    if (kind && !filters.kind) ignored.push('kind')

    const conditions: Where[] = []
    if (filters.country) conditions.push({ country: { equals: filters.country.id } })
    if (filters.theme) conditions.push({ themes: { in: [filters.theme.id] } })
    if (filters.kind) conditions.push({ kind: { equals: filters.kind } })
    if (isRegional !== undefined) conditions.push({ isRegional: { equals: isRegional } })
    if (from) conditions.push({ end: { greater_than_equal: from.toISOString() } })
    if (to) conditions.push({ start: { less_than: to.toISOString() } })

    const result = await payload.find({
      collection: 'events',
      where: conditions.length ? { and: conditions } : undefined,
      sort: order === 'soonest' ? 'start' : '-start',
      page,
      limit,
      depth: 1,
      select: EVENT_SELECT,
      populate: RELATED,
      ...access,
    })
    const events = await withLanguages(payload, {
      collection: 'events',
      locale,
      user,
      docs: result.docs as unknown as EventItem[],
      fields: ['title'],
    })
    return {
      events,
      totalDocs: result.totalDocs,
      page: result.page ?? page,
      totalPages: result.totalPages,
      filters,
      ignored,
    }
  })
}

export type EventDetail = Omit<Event, 'country' | 'themes' | 'project'> & {
  country?: Country | number | null
  themes?: (Theme | number)[] | null
  project?: Project | number | null
}

/** The texts of an event's page, each of which may be translated on its own. */
type EventText = 'title' | 'summary' | 'description' | 'place'

/**
 * One event by its slug, if the visitor may see it (drafts stay hidden by the read rule), with
 * the language of each text its page shows.
 */
export async function getEvent({
  user,
  locale,
  slug,
}: {
  user: User | null
  locale: Locale
  slug: string
}): Promise<InLanguages<EventDetail, EventText> | null> {
  return documentBySlug({
    user,
    locale,
    collection: 'events',
    slug,
    languagesOf: ['title', 'summary', 'description', 'place'],
  }) as Promise<InLanguages<EventDetail, EventText> | null>
}

export type CalendarFeed =
  | {
      ok: true
      events: EventItem[]
      country: EventListing['filters']['country']
      theme: EventListing['filters']['theme']
    }
  | { ok: false; unknown: 'country' | 'theme'; value: string }

/** The most events one feed carries (newest first); calendar apps poll feeds and keep what they saw. */
export const FEED_LIMIT = 1000

/**
 * Every published event for a subscribable calendar, narrowed by country (ISO code) or theme
 * (slug). Always read as an anonymous visitor: a feed URL is shared and cached, so it must never
 * carry what only a signed-in person may see. A filter that names nothing is reported, not ignored.
 */
export async function eventsForCalendarFeed({
  country,
  theme,
  locale = 'en',
}: {
  country?: string
  theme?: string
  locale?: Locale
}): Promise<CalendarFeed> {
  const listing = await listEvents({
    user: null,
    locale,
    country: country || undefined,
    theme: theme || undefined,
    order: 'latest',
    limit: FEED_LIMIT,
  })
  if (listing.ignored.includes('country'))
    return { ok: false, unknown: 'country', value: country ?? '' }
  if (listing.ignored.includes('theme')) return { ok: false, unknown: 'theme', value: theme ?? '' }
  return {
    ok: true,
    events: listing.events,
    country: listing.filters.country,
    theme: listing.filters.theme,
  }
}
