import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { FeedLinks } from '@/components/events/FeedLinks'
import { LocalTime } from '@/components/events/LocalTime'
import { eventPath, getEvent } from '@/data/events'
import { absoluteUrl, pageMetadata } from '@/data/site'
import { currentVisitor } from '@/data/payload'
import { KIND_LABEL, MODE_LABEL } from '@/events/labels'
import { feedHref } from '@/events/query'
import { formatEventRange, zoneLabel } from '@/events/time'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Country, Project, Theme } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const event = await getEvent({ user: await currentVisitor(), locale, slug })
  if (!event) return {}
  return pageMetadata({
    locale,
    path: `/events/${encodeURIComponent(event.slug)}`,
    title: event.title ?? event.slug,
    description: event.summary,
    type: 'article',
    feeds: { 'text/calendar': absoluteUrl(`${eventPath(locale, event.slug)}/event.ics`) },
  })
}

const related = <T,>(value: T | number | null | undefined): T | null =>
  value && typeof value === 'object' ? value : null

/** One event: when (in its zone and the reader's), where, what it is about, and how to add it to a calendar. */
export default async function EventPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const event = await getEvent({ user, locale, slug })
  if (!event) notFound()
  // Each text may be translated on its own; whatever is not is English and marked so.
  const lang = event.languages
  const showsPlace = Boolean(event.place && event.mode !== 'online')
  const isFallback =
    lang.title !== locale ||
    (Boolean(event.summary) && lang.summary !== locale) ||
    (Boolean(event.description) && lang.description !== locale) ||
    (showsPlace && lang.place !== locale)
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const timeZone = event.start_tz || 'UTC'
  const country = related<Country>(event.country)
  const project = related<Project>(event.project)
  const themes = (event.themes ?? [])
    .map((theme) => related<Theme>(theme))
    .filter((theme): theme is Theme => theme !== null)
  const page = eventPath(locale, event.slug)
  const feeds = [
    { label: t('eventsAll'), href: feedHref(locale, {}) },
    ...(country
      ? [
          {
            label: t('eventsOf', { what: country.name ?? country.iso }),
            href: feedHref(locale, { country: country.iso }),
          },
        ]
      : []),
    ...themes.map((theme) => ({
      label: t('eventsOf', { what: theme.title ?? theme.slug }),
      href: feedHref(locale, { theme: theme.slug }),
    })),
  ]

  return (
    <main>
      <p className="hit-meta">
        {t(KIND_LABEL[event.kind])}
        {event.isRegional ? ` · ${t('eventsRegional')}` : ''}
      </p>
      <h1 lang={lang.title}>{event.title ?? event.slug}</h1>
      {isFallback ? <p className="muted">{t('inEnglishOnly')}</p> : null}

      <dl className="event-facts">
        <dt>{t('eventWhen')}</dt>
        <dd>
          <time dateTime={event.start}>
            {formatEventRange(locale, { start: event.start, end: event.end, timeZone })}
          </time>
          <br />
          <span className="muted">{zoneLabel(locale, event.start, timeZone)}</span>
          <LocalTime
            start={event.start}
            end={event.end}
            locale={locale}
            label={t('eventYourTime')}
          />
        </dd>
        <dt>{t('eventFormat')}</dt>
        <dd>{t(MODE_LABEL[event.mode])}</dd>
        {event.place || event.onlineUrl ? (
          <>
            <dt>{t('eventWhere')}</dt>
            <dd>
              {event.place && event.mode !== 'online' ? (
                <span lang={lang.place}>{event.place}</span>
              ) : null}
              {event.place && event.mode !== 'online' && event.onlineUrl ? <br /> : null}
              {event.onlineUrl && event.mode !== 'in-person' ? (
                <a href={event.onlineUrl}>{t('eventJoinOnline')}</a>
              ) : null}
            </dd>
          </>
        ) : null}
        {country ? (
          <>
            <dt>{t('filterCountry')}</dt>
            <dd>
              <Link href={`/${locale}/countries/${country.iso.toLowerCase()}`}>
                {country.name ?? country.iso}
              </Link>
            </dd>
          </>
        ) : null}
        {themes.length ? (
          <>
            <dt>{t('themes')}</dt>
            <dd>
              <ul className="inline-list">
                {themes.map((theme) => (
                  <li key={theme.id}>
                    <Link href={`/${locale}/themes/${theme.slug}`}>
                      {theme.title ?? theme.slug}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {project ? (
          <>
            <dt>{t('typeProject')}</dt>
            <dd>
              <Link href={`/${locale}/projects/${project.code.toLowerCase()}`}>
                {project.title ?? project.code}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>

      {event.summary ? (
        <p className="event-summary" lang={lang.summary}>
          {event.summary}
        </p>
      ) : null}
      {event.description ? (
        <div lang={lang.description}>
          <RichText data={event.description} />
        </div>
      ) : null}

      <p>
        <a href={`${page}/event.ics`} download={`${event.slug}.ics`}>
          {t('eventAddToCalendar')}
        </a>
      </p>
      <FeedLinks locale={locale} feeds={feeds} />
      <p>
        <Link href={`/${locale}/events`}>{t('eventsAll')}</Link>
      </p>
    </main>
  )
}
