import { eventPath, getEvent, siteUrl, type EventItem } from '@/data/events'
import { calendarHeaders, eventsCalendar, plainText } from '@/events/ical'
import { isLocale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/** Rendered per request from the tag-cached read, for the same reasons as the feed (calendar.ics). */
export const dynamic = 'force-dynamic'

/** One published event as an .ics file to add to a calendar. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return plainText(404, 'Unknown language')
  const event = await getEvent({ user: null, locale, slug })
  if (!event) return plainText(404, translate(locale, 'eventsUnknownEvent'))
  const item: EventItem = { ...event, country: null, themes: null }
  const body = eventsCalendar({
    locale,
    name: event.title ?? event.slug,
    url: `${siteUrl()}${eventPath(locale, event.slug)}`,
    events: [item],
  }).toString()
  return new Response(body, {
    headers: calendarHeaders({ filename: `${event.slug}.ics`, download: true }),
  })
}
