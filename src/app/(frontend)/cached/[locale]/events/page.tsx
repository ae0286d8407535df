import type { RawParams } from '@/data/params'
import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'

import { Pagination } from '@/components/layout/Pagination'
import { notFound } from 'next/navigation'

import { EventList } from '@/components/events/EventList'
import { FeedLinks } from '@/components/events/FeedLinks'
import { FilterSelect } from '@/components/forms/FilterSelect'
import { MonthCalendar } from '@/components/events/MonthCalendar'
import { listCountries } from '@/data/countries'
import { EVENT_KINDS, listEvents, type ListEventsArgs } from '@/data/events'
import { currentVisitor } from '@/data/payload'
import { absoluteUrl, pageMetadata } from '@/data/site'
import { listThemes } from '@/data/themes'
import { KIND_LABEL } from '@/events/labels'
import {
  eventsHref,
  eventsParams,
  feedHref,
  parseEventsQuery,
  type EventsQuery,
} from '@/events/query'
import { eventDayKeys, monthKey, monthOf, monthWindow, shiftMonth } from '@/events/time'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawParams>
}

const PAGE_SIZE = 20

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    path: '/events',
    title: translate(locale, 'events'),
    description: translate(locale, 'eventsIntro'),
    feeds: { 'text/calendar': absoluteUrl(`/${locale}/events/calendar.ics`) },
  })
}

/** The events calendar: upcoming or past events as a list, or a month as a grid, filtered by country, theme and kind. */
export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const now = new Date()
  const query = parseEventsQuery(await searchParams, now)
  const user = await currentVisitor()
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const filters = { user, locale, country: query.country, theme: query.theme, kind: query.kind }

  const read = (args: Partial<ListEventsArgs>) => listEvents({ ...filters, ...args })
  const when: Partial<ListEventsArgs> =
    query.view === 'month'
      ? { ...monthWindow(query.month), limit: 1000 }
      : query.when === 'past'
        ? { to: now, order: 'latest' }
        : { from: now }
  const [countries, themes, first] = await Promise.all([
    listCountries({ user, locale }),
    listThemes({ user, locale }),
    read({ ...when, page: query.page, limit: when.limit ?? PAGE_SIZE }),
  ])
  // A page past the end (an old link, a hand-edited address) shows the last page instead.
  const listing =
    query.view === 'list' && first.page > first.totalPages && first.totalPages > 0
      ? await read({ ...when, page: first.totalPages, limit: PAGE_SIZE })
      : first
  const shown: EventsQuery = {
    ...query,
    page: listing.page,
    country: listing.filters.country?.iso,
    theme: listing.filters.theme?.slug,
    kind: listing.filters.kind ?? undefined,
  }
  const monthEvents = listing.events.filter((event) =>
    eventDayKeys({ start: event.start, end: event.end, timeZone: event.start_tz || 'UTC' }).some(
      (day) => day.startsWith(monthKey(query.month)),
    ),
  )
  const count = query.view === 'month' ? monthEvents.length : listing.totalDocs
  const hasFilters = Boolean(shown.country || shown.theme || shown.kind)

  const tabs: { label: UiKey; query: EventsQuery; current: boolean }[] = [
    {
      label: 'eventsUpcoming',
      query: { ...shown, view: 'list', when: 'upcoming', page: 1 },
      current: query.view === 'list' && query.when === 'upcoming',
    },
    {
      label: 'eventsPast',
      query: { ...shown, view: 'list', when: 'past', page: 1 },
      current: query.view === 'list' && query.when === 'past',
    },
    {
      label: 'eventsMonthView',
      query: { ...shown, view: 'month' },
      current: query.view === 'month',
    },
  ]
  const feeds = [{ label: t('eventsAll'), href: feedHref(locale, {}) }]
  if (listing.filters.country || listing.filters.theme) {
    const what = [listing.filters.country?.name, listing.filters.theme?.title]
      .filter(Boolean)
      .join(', ')
    feeds.push({
      label: t('eventsOf', { what }),
      href: feedHref(locale, { country: shown.country, theme: shown.theme }),
    })
  }

  return (
    <main>
      <h1>{t('events')}</h1>
      <p className="muted">{t('eventsIntro')}</p>

      <nav aria-label={t('eventsViews')}>
        <ul className="event-views">
          {tabs.map((tab) => (
            <li key={tab.label}>
              <Link
                href={eventsHref(locale, tab.query)}
                aria-current={tab.current ? 'page' : undefined}
              >
                {t(tab.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form
        method="get"
        action={`/${locale}/events`}
        className="search-filters"
        aria-label={t('eventsFilters')}
      >
        {query.view === 'month' ? (
          <>
            <input type="hidden" name="view" value="month" />
            <input type="hidden" name="month" value={monthKey(query.month)} />
          </>
        ) : query.when === 'past' ? (
          <input type="hidden" name="when" value="past" />
        ) : null}
        <FilterSelect
          label={t('filterCountry')}
          name="country"
          value={shown.country ?? ''}
          anyLabel={t('any')}
          options={countries.map((country) => ({
            value: country.iso,
            label: country.name ?? country.iso,
          }))}
        />
        <FilterSelect
          label={t('filterTheme')}
          name="theme"
          value={shown.theme ?? ''}
          anyLabel={t('any')}
          options={themes.map((theme) => ({ value: theme.slug, label: theme.title ?? theme.slug }))}
        />
        <FilterSelect
          label={t('eventKindFilter')}
          name="kind"
          value={shown.kind ?? ''}
          anyLabel={t('any')}
          options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABEL[kind]) }))}
        />
        <button type="submit">{t('show')}</button>
        {hasFilters ? (
          <Link
            href={eventsHref(locale, {
              ...shown,
              country: undefined,
              theme: undefined,
              kind: undefined,
              page: 1,
            })}
          >
            {t('clearFilters')}
          </Link>
        ) : null}
      </form>

      <h2>{t(tabs.find((tab) => tab.current)?.label ?? 'eventsUpcoming')}</h2>
      <p className="results-count">
        {t(
          new Intl.PluralRules(locale).select(count) === 'one' ? 'eventsCountOne' : 'eventsCount',
          { n: count },
        )}
      </p>

      {query.view === 'month' ? (
        <>
          <nav className="pagination" aria-label={t('eventsMonthView')}>
            <Link
              href={eventsHref(locale, { ...shown, month: shiftMonth(query.month, -1) })}
              rel="prev"
            >
              {t('eventsPreviousMonth')}
            </Link>
            <Link href={eventsHref(locale, { ...shown, month: monthOf(now) })}>
              {t('eventsThisMonth')}
            </Link>
            <Link
              href={eventsHref(locale, { ...shown, month: shiftMonth(query.month, 1) })}
              rel="next"
            >
              {t('eventsNextMonth')}
            </Link>
          </nav>
          <MonthCalendar locale={locale} month={query.month} events={monthEvents} now={now} />
          {monthEvents.length ? (
            <EventList locale={locale} events={monthEvents} />
          ) : (
            <p>{t('eventsNoneMonth')}</p>
          )}
        </>
      ) : listing.events.length === 0 ? (
        <p>{t(query.when === 'past' ? 'eventsNonePast' : 'eventsNoneUpcoming')}</p>
      ) : (
        <>
          <EventList locale={locale} events={listing.events} />
          <Pagination
            locale={locale}
            path={`/${locale}/events`}
            params={Object.fromEntries(eventsParams(shown))}
            page={listing.page}
            totalPages={listing.totalPages}
          />
        </>
      )}

      <FeedLinks locale={locale} feeds={feeds} />
    </main>
  )
}
