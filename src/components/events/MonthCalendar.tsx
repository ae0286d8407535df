import { Link } from '@/components/layout/Link'

import type { EventItem } from '@/data/events'
import type { InLanguages } from '@/data/translations'
import { eventPath } from '@/events/urls'
import {
  dayKeyIn,
  eventDayKeys,
  formatTime,
  monthName,
  monthWeeks,
  PORTAL_TIME_ZONE,
  weekdayNames,
  type YearMonth,
} from '@/events/time'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

const daysOf = (event: EventItem) =>
  eventDayKeys({ start: event.start, end: event.end, timeZone: event.start_tz || 'UTC' })

/**
 * A month as a table, Monday first, weekday names in the visitor's language. Each event sits on
 * the days it covers in its own time zone, with its start time on its first day. Titles that are
 * English fallbacks (`languages.title`, from the data layer) are marked `lang="en"`.
 */
export function MonthCalendar({
  locale,
  month,
  events,
  now,
}: {
  locale: Locale
  month: YearMonth
  events: InLanguages<EventItem>[]
  now: Date
}) {
  const weeks = monthWeeks(month, events, daysOf)
  const today = dayKeyIn(now, PORTAL_TIME_ZONE)
  const dayNumber = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' })
  const caption = translate(locale, 'eventsMonthCaption', { month: monthName(locale, month) })
  return (
    // On a phone the grid scrolls sideways; the region takes focus so keyboards can scroll it too.
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="month-calendar">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {weekdayNames(locale).map(([short, long]) => (
              <th key={long} scope="col">
                <abbr title={long}>{short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={index}>
              {week.map((cell, day) =>
                cell ? (
                  <td
                    key={cell.key}
                    className={cell.key === today ? 'is-today' : undefined}
                    aria-current={cell.key === today ? 'date' : undefined}
                  >
                    <time className="day-number" dateTime={cell.key}>
                      {dayNumber.format(new Date(`${cell.key}T12:00:00Z`))}
                    </time>
                    {cell.key === today ? (
                      <span className="today-label">{translate(locale, 'eventsToday')}</span>
                    ) : null}
                    {cell.items.length ? (
                      <ul>
                        {cell.items.map((event) => (
                          <li key={event.id}>
                            {daysOf(event)[0] === cell.key ? (
                              <span className="event-time">
                                {formatTime(locale, event.start, event.start_tz || 'UTC')}{' '}
                              </span>
                            ) : null}
                            <Link href={eventPath(locale, event.slug)} lang={event.languages.title}>
                              {event.title ?? event.slug}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ) : (
                  <td key={`empty-${day}`} className="outside-month" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
