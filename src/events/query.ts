import { isEventKind, type EventKind } from './kinds'
import { pageNumber, single, type RawParams } from '@/data/params'
import type { Locale } from '@/i18n/languages'

import { monthKey, monthOf, parseMonth, type YearMonth } from './time'

/** What the events page shows, read from its query string; anything unreadable falls back to the default. */
export type EventsQuery = {
  view: 'list' | 'month'
  when: 'upcoming' | 'past'
  month: YearMonth
  page: number
  country?: string
  theme?: string
  kind?: EventKind
}

export function parseEventsQuery(search: RawParams, now: Date): EventsQuery {
  const country = single(search, 'country')
  const theme = single(search, 'theme')
  const kind = single(search, 'kind')
  return {
    view: single(search, 'view') === 'month' ? 'month' : 'list',
    when: single(search, 'when') === 'past' ? 'past' : 'upcoming',
    month: parseMonth(single(search, 'month')) ?? monthOf(now),
    page: pageNumber(single(search, 'page')),
    country: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined,
    theme: theme && /^[a-z0-9-]{1,120}$/.test(theme) ? theme : undefined,
    kind: isEventKind(kind) ? kind : undefined,
  }
}

/** The events page address for a query, naming only what differs from the defaults. */
export function eventsHref(locale: Locale, query: EventsQuery): string {
  const text = eventsParams(query).toString()
  return `/${locale}/events${text ? `?${text}` : ''}`
}

/** The query string of the events page for a query, naming only what differs from the defaults. */
export function eventsParams(query: EventsQuery): URLSearchParams {
  const search = new URLSearchParams()
  if (query.view === 'month') {
    search.set('view', 'month')
    search.set('month', monthKey(query.month))
  } else {
    if (query.when === 'past') search.set('when', 'past')
    if (query.page > 1) search.set('page', String(query.page))
  }
  if (query.country) search.set('country', query.country)
  if (query.theme) search.set('theme', query.theme)
  if (query.kind) search.set('kind', query.kind)
  return search
}

/** The feed address matching the page's country and theme filters (kind has no feed of its own). */
export function feedHref(
  locale: Locale,
  { country, theme }: { country?: string; theme?: string },
): string {
  const search = new URLSearchParams()
  if (country) search.set('country', country)
  if (theme) search.set('theme', theme)
  const text = search.toString()
  return `/${locale}/events/calendar.ics${text ? `?${text}` : ''}`
}
