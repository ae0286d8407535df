import { Link } from '@/components/layout/Link'

import type { InLanguages } from '@/data/translations'
import { NEWS_KIND_LABELS, type NewsKind } from '@/news/kinds'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/** A news date in the reader's language; dates are calendar days, so read in UTC. */
export const formatNewsDate = (locale: Locale, date: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date))

type Named = {
  id: number | string
  title?: string | null
  name?: string | null
  slug?: string
  iso?: string
}
type ListedNews = InLanguages<{
  id: number | string
  title?: string | null
  slug: string
  date: string
  kind: NewsKind
  summary?: string | null
  countries?: (number | string | Named)[] | null
}>

/**
 * News as cards: date, kind and countries, title, summary. Home, country and theme pages reuse it.
 * A card is in its title's language (`languages.title`, from the data layer): an English
 * fallback is marked `lang="en"`, title and summary alike.
 */
export function NewsList({
  news,
  locale,
  headingLevel = 3,
}: {
  news: ListedNews[]
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="cards">
      {news.map((item) => {
        const countries = (item.countries ?? []).flatMap((country) =>
          typeof country === 'object' && country.name ? [country.name] : [],
        )
        const lang = item.languages.title
        return (
          <li key={item.id} className="card">
            <p className="hit-meta">
              <time dateTime={item.date.slice(0, 10)}>{formatNewsDate(locale, item.date)}</time> ·{' '}
              {translate(locale, NEWS_KIND_LABELS[item.kind])}
              {countries.length ? ` · ${countries.join(', ')}` : ''}
            </p>
            <Heading className="card-title">
              <Link href={`/${locale}/news/${item.slug}`} lang={lang}>
                {item.title}
              </Link>
            </Heading>
            {item.summary ? (
              <p className="card-summary" lang={lang}>
                {item.summary}
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
