import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { formatValue } from '@/components/charts/comparison'
import { EventList } from '@/components/events/EventList'
import { ResourceList } from '@/components/library/ResourceList'
import { NewsList } from '@/components/news/NewsList'
import { siteFeedAlternates } from '@/data/feeds'
import { homePage } from '@/data/home'
import { currentVisitor } from '@/data/payload'
import { pageMetadata } from '@/data/site'
import { isLocale } from '@/i18n/languages'
import { INDICATOR_NAMES, nameIn, UNIT_NAMES } from '@/i18n/strings/countries'
import { translate, type UiKey } from '@/i18n/ui'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    path: '',
    title: translate(locale, 'siteName'),
    description: translate(locale, 'tagline'),
    feeds: siteFeedAlternates(locale),
  })
}

/** What the CoP is, its themes and the newest of everything, with a way in to each section. */
export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const { themes, featured, news, events, figures } = await homePage({ user, locale })
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const focus = themes.find((theme) => theme.isSpecialFocus)
  const highlight = figures.observations
    .filter((observation) => observation.sex === 'total')
    .sort((a, b) => b.value - a.value)
    .slice(0, 5)

  return (
    <main className="home">
      <section className="intro">
        <h1>{t('siteName')}</h1>
        <p className="lead">{t('tagline')}</p>
        <p>{t('homeIntro')}</p>
      </section>

      {focus ? (
        <section className="focus" aria-labelledby="focus-heading">
          <p className="badge">{t('specialFocus')}</p>
          <h2 id="focus-heading">
            <Link href={`/${locale}/themes/${focus.slug}`}>{focus.title}</Link>
          </h2>
          <p>{focus.summary}</p>
        </section>
      ) : null}

      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">{t('themes')}</h2>
        {themes.length === 0 ? (
          <p>{t('noThemes')}</p>
        ) : (
          <ul className="cards themes">
            {themes.map((theme) => (
              <li key={theme.id} className="card theme">
                <h3 className="card-title">
                  <Link href={`/${locale}/themes/${theme.slug}`}>{theme.title}</Link>
                </h3>
                <p className="card-summary">{theme.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading">{t('featuredResources')}</h2>
        {featured.length ? (
          <ResourceList resources={featured} locale={locale} />
        ) : (
          <p className="muted">{t('nothingYet')}</p>
        )}
        <p>
          <Link href={`/${locale}/library`}>
            {t('library')}: {t('seeAll')}
          </Link>
        </p>
      </section>

      <div className="columns">
        <section aria-labelledby="news-heading">
          <h2 id="news-heading">{t('latestNews')}</h2>
          {news.length ? (
            <NewsList news={news} locale={locale} />
          ) : (
            <p className="muted">{t('nothingYet')}</p>
          )}
          <p>
            <Link href={`/${locale}/news`}>
              {t('news')}: {t('seeAll')}
            </Link>
          </p>
        </section>
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">{t('upcomingEvents')}</h2>
          {events.length ? (
            <EventList locale={locale} events={events} />
          ) : (
            <p className="muted">{t('noUpcomingEvents')}</p>
          )}
          <p>
            <Link href={`/${locale}/events`}>
              {t('events')}: {t('seeAll')}
            </Link>
          </p>
        </section>
      </div>

      {figures.chosen && highlight.length ? (
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">{t('statisticsHighlight')}</h2>
          <table className="data-table">
            <caption>
              {nameIn(INDICATOR_NAMES, figures.chosen.indicator, locale)}, {figures.chosen.year} (
              {nameIn(UNIT_NAMES, highlight[0]!.unit, locale)})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('area')}</th>
                <th scope="col">{t('value')}</th>
              </tr>
            </thead>
            <tbody>
              {highlight.map((observation) => (
                <tr key={observation.areaKey}>
                  <th scope="row">{observation.area}</th>
                  <td>{formatValue(observation.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <Link href={`/${locale}/regional-overview`}>{t('compareAll')}</Link>
          </p>
        </section>
      ) : null}

      <section className="join" aria-labelledby="join-heading">
        <h2 id="join-heading">{t('joinTitle')}</h2>
        <p>{t('joinText')}</p>
        <p>
          <Link href={`/${locale}/account/join`}>{t('join')}</Link>
        </p>
      </section>
    </main>
  )
}
