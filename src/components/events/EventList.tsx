import { Link } from '@/components/layout/Link'

import type { EventItem } from '@/data/events'
import type { InLanguages } from '@/data/translations'
import { eventPath } from '@/events/urls'
import { KIND_LABEL, MODE_LABEL } from '@/events/labels'
import { formatEventRange, zoneOffset } from '@/events/time'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/** Where an event is, in a few words: its country (or "Regional") and its place or format. */
export function eventWhere(locale: Locale, event: EventItem): string {
  const country =
    typeof event.country === 'object' && event.country
      ? (event.country.name ?? event.country.iso)
      : null
  const area = country ?? (event.isRegional ? translate(locale, 'eventsRegional') : null)
  const place =
    event.place && event.mode !== 'online' ? event.place : translate(locale, MODE_LABEL[event.mode])
  return [place, area].filter(Boolean).join(' · ')
}

/**
 * Events as a list: date and time in each event's own zone, title, kind and place. An event is
 * in its title's language (`languages.title`, from the data layer): an English fallback is
 * marked `lang="en"`, title and summary alike.
 */
export function EventList({
  locale,
  events,
  headingLevel = 3,
}: {
  locale: Locale
  events: InLanguages<EventItem>[]
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="event-list">
      {events.map((event) => {
        const timeZone = event.start_tz || 'UTC'
        const lang = event.languages.title
        return (
          <li key={event.id}>
            <p className="hit-meta">
              <time dateTime={event.start}>
                {formatEventRange(
                  locale,
                  { start: event.start, end: event.end, timeZone },
                  'medium',
                )}
              </time>{' '}
              <span>({zoneOffset(locale, event.start, timeZone)})</span>
            </p>
            <Heading className="hit-title">
              <Link href={eventPath(locale, event.slug)} lang={lang}>
                {event.title ?? event.slug}
              </Link>
            </Heading>
            <p className="hit-meta">
              {translate(locale, KIND_LABEL[event.kind])} · {eventWhere(locale, event)}
            </p>
            {event.summary ? (
              <p className="hit-snippet" lang={lang}>
                {event.summary}
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
