import { eventsForCalendarFeed, siteUrl } from '@/data/events'
import { calendarHeaders, eventsCalendar, plainText } from '@/events/ical'
import { isLocale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/**
 * Rendered per request: the answer depends on the query string, and DTSTAMP/feed contents must
 * follow edits. The database read behind it is tag-cached (src/data/cache.ts) and expired by the
 * events, countries and themes hooks, so a request costs a cache lookup and the serialisation.
 */
export const dynamic = 'force-dynamic'

/**
 * The subscribable calendar of every published event; `?country=TH` and `?theme=<slug>` narrow
 * it. A filter that names nothing answers 404 with a sentence, so a mistyped subscription fails
 * loudly instead of silently showing every event.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return plainText(404, 'Unknown language')
  const query = new URL(request.url).searchParams
  const country = query.get('country')?.trim() || undefined
  const theme = query.get('theme')?.trim() || undefined
  const feed = await eventsForCalendarFeed({ locale, country, theme })
  if (!feed.ok) {
    return plainText(
      404,
      translate(
        locale,
        feed.unknown === 'country' ? 'eventsUnknownCountry' : 'eventsUnknownTheme',
        { value: feed.value },
      ),
    )
  }
  const narrowedTo = [
    feed.country?.name ?? feed.country?.iso,
    feed.theme?.title ?? feed.theme?.slug,
  ]
    .filter(Boolean)
    .join(', ')
  const name = `${translate(locale, 'siteName')} — ${narrowedTo ? translate(locale, 'eventsOf', { what: narrowedTo }) : translate(locale, 'events')}`
  const search = new URLSearchParams()
  if (feed.country) search.set('country', feed.country.iso)
  if (feed.theme) search.set('theme', feed.theme.slug)
  const url = `${siteUrl()}/${locale}/events/calendar.ics${search.toString() ? `?${search}` : ''}`
  const filename =
    ['cop-events', feed.country?.iso.toLowerCase(), feed.theme?.slug].filter(Boolean).join('-') +
    '.ics'
  const body = eventsCalendar({ locale, name, url, events: feed.events, isFeed: true }).toString()
  return new Response(body, { headers: calendarHeaders({ filename, download: false }) })
}
