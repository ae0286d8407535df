import { TZDate } from '@date-fns/tz'
import ical, { type ICalCalendar } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import type { EventItem } from '@/data/events'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

import { KIND_LABEL } from './labels'
import { eventPath, siteUrl } from './urls'

/**
 * The VTIMEZONE block for an IANA zone (from timezones-ical-library's copy of the tz database),
 * so that calendar apps which do not know a zone by its name still place the event correctly.
 * UTC needs none: its times are written with a Z.
 */
function vtimezone(zone: string): string | null {
  if (zone === 'UTC' || zone === 'Etc/UTC') return null
  // The library answers an unknown zone with a message instead of a [block, tzid] pair.
  const found = tzlib_get_ical_block(zone)
  const block = Array.isArray(found) ? found[0] : null
  return block?.startsWith('BEGIN:VTIMEZONE') ? block : null
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname
  } catch {
    return 'localhost'
  }
}

/** Stable for the life of the event: its database id, never its (editable) slug or title. */
export const eventUid = (id: number | string) => `event-${id}@${hostOf(siteUrl())}`

/** Where an event happens, as one line: the place, the online link, or both for hybrid events. */
function locationOf(event: EventItem, locale: Locale): string | undefined {
  const parts = [event.place, event.mode !== 'in-person' ? event.onlineUrl : null].filter(
    (part): part is string => Boolean(part?.trim()),
  )
  if (parts.length) return parts.join(' · ')
  return event.mode === 'online' ? translate(locale, 'eventModeOnline') : undefined
}

/**
 * An RFC 5545 calendar of events, each in its own time zone (DTSTART;TZID=… with a VTIMEZONE per
 * zone used) and linking back to its page. DTSTAMP and LAST-MODIFIED are the time of the last
 * edit: an unchanged event reads the same on every download.
 */
export function eventsCalendar({
  locale,
  name,
  url,
  events,
  isFeed = false,
}: {
  locale: Locale
  name: string
  url: string
  events: EventItem[]
  isFeed?: boolean
}): ICalCalendar {
  const base = siteUrl()
  const calendar = ical({
    name,
    url,
    prodId: { company: 'Labour Migration CoP', product: 'Events', language: locale.toUpperCase() },
    timezone: { name: null, generator: vtimezone },
    // A subscribed feed is polled every three hours by the apps that honour this; a file is not.
    ttl: isFeed ? 3 * 3600 : null,
  })
  for (const event of events) {
    const zone = event.start_tz || 'UTC'
    const page = `${base}${eventPath(locale, event.slug)}`
    const edited = new Date(event.updatedAt)
    calendar.createEvent({
      id: eventUid(event.id),
      start: new TZDate(new Date(event.start).getTime(), zone),
      end: new TZDate(new Date(event.end).getTime(), zone),
      timezone: zone,
      summary: event.title ?? event.slug,
      description: [event.summary, page].filter(Boolean).join('\n\n'),
      location: locationOf(event, locale),
      url: page,
      stamp: edited,
      lastModified: edited,
      categories: [{ name: translate(locale, KIND_LABEL[event.kind]) }],
    })
  }
  return calendar
}

/** The headers of a calendar response; `download` makes browsers save it as a file. */
export function calendarHeaders({
  filename,
  download,
}: {
  filename: string
  download: boolean
}): HeadersInit {
  return {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename="${filename.replace(/[^\w.-]/g, '-')}"`,
    // Shared caches may keep it briefly; the data behind it is revalidated on every edit.
    'Cache-Control': 'public, max-age=300',
  }
}

export const plainText = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
