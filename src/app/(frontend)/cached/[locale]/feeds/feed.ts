import { Feed } from 'feed'

import {
  FEED_TYPES,
  feedEntries,
  feedListUrl,
  feedTitle,
  feedUrl,
  resolveFeedFilter,
  type FeedFilter,
  type FeedFormat,
  type FeedKind,
} from '@/data/feeds'
import { absoluteUrl } from '@/data/site'
import { isLocale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

type Context = { params: Promise<{ locale: string }> }

const notFound = (message: string) =>
  new Response(message, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  })

/** Feed summaries are declared HTML (Atom `type="html"`, RSS descriptions): escape plain text. */
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The GET handler of one feed: news or resources, RSS 2.0 or Atom, all items or those of one
 * theme (`?theme=<slug>`) and/or one country (`?country=<ISO>`). A filter that names nothing
 * is a 404, so a mistyped subscription fails visibly instead of delivering everything.
 */
export function feedRoute(kind: FeedKind, format: FeedFormat) {
  return async function GET(request: Request, { params }: Context): Promise<Response> {
    const { locale } = await params
    if (!isLocale(locale)) return notFound('Unknown language: use en, th, km, lo, my, vi or id.')
    const search = new URL(request.url).searchParams
    const filter: FeedFilter = {}
    const theme = search.get('theme')?.trim()
    const country = search.get('country')?.trim()
    if (theme) filter.theme = theme
    if (country) filter.country = country.toUpperCase()
    const lookup = await resolveFeedFilter({ locale, filter })
    if ('unknown' in lookup)
      return notFound(
        `No ${lookup.unknown} "${filter[lookup.unknown]?.slice(0, 80)}" on this portal, so there is no such feed.`,
      )
    const resolved = lookup.resolved

    const entries = await feedEntries({ locale, kind, filter: resolved })
    const narrowedTo =
      [resolved.theme?.title, resolved.country?.name].filter(Boolean).join(', ') || undefined
    const self = feedUrl(locale, kind, format, filter)
    const siteName = translate(locale, 'siteName')
    const feed = new Feed({
      id: self,
      title: feedTitle(locale, kind, narrowedTo),
      description: translate(locale, 'tagline'),
      link: feedListUrl(locale, kind, filter),
      language: locale,
      updated: entries[0] ? new Date(entries[0].date) : new Date(0),
      generator: siteName,
      feedLinks: {
        rss: feedUrl(locale, kind, 'rss', filter),
        atom: feedUrl(locale, kind, 'atom', filter),
      },
      author: { name: siteName, link: absoluteUrl(`/${locale}`) },
    })
    for (const entry of entries) {
      feed.addItem({
        title: entry.title,
        link: absoluteUrl(entry.path),
        date: new Date(entry.date),
        description: html(entry.summary),
        category: entry.themes.map((item) => ({
          name: item.title,
          term: item.slug,
          domain: absoluteUrl(`/${locale}/themes/${item.slug}`),
        })),
      })
    }
    return new Response(format === 'rss' ? feed.rss2() : feed.atom1(), {
      headers: {
        'Content-Type': `${FEED_TYPES[format]}; charset=utf-8`,
        'Cache-Control': 'public, max-age=300',
      },
    })
  }
}
