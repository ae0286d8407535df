import { feedPath, type FeedFilter, type FeedKind } from '@/data/feeds'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/** Visible links to the RSS and Atom feeds of the list on screen (with its theme/country filter). */
export function FeedLinks({
  locale,
  kind,
  filter = {},
}: {
  locale: Locale
  kind: FeedKind
  filter?: FeedFilter
}) {
  return (
    <p className="feed-links">
      {translate(locale, 'feedFollow')}:{' '}
      <a href={feedPath(locale, kind, 'rss', filter)} type="application/rss+xml">
        {translate(locale, 'feedRss')}
      </a>
      {' · '}
      <a href={feedPath(locale, kind, 'atom', filter)} type="application/atom+xml">
        {translate(locale, 'feedAtom')}
      </a>
    </p>
  )
}
