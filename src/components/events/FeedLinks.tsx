import { siteUrl } from '@/events/urls'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/** Subscribable calendar addresses, written out in full so they can be copied into a calendar app. */
export function FeedLinks({
  locale,
  feeds,
}: {
  locale: Locale
  feeds: { label: string; href: string }[]
}) {
  const base = siteUrl()
  return (
    <section aria-labelledby="event-feeds" className="event-feeds">
      <h2 id="event-feeds">{translate(locale, 'eventsSubscribe')}</h2>
      <p className="muted">{translate(locale, 'eventsSubscribeHelp')}</p>
      <ul>
        {feeds.map((feed) => (
          <li key={feed.href}>
            {feed.label}: <a href={feed.href}>{`${base}${feed.href}`}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
