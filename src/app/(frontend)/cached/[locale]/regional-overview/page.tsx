import type { RawParams } from '@/data/params'
import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { BarChart, DataTable } from '@/components/charts/BarChart'
import { comparisonTable } from '@/components/charts/comparison'
import { EventList } from '@/components/events/EventList'
import { NewsList } from '@/components/news/NewsList'
import { single } from '@/data/params'
import { currentVisitor } from '@/data/payload'
import { regionalActivity, regionalComparison } from '@/data/regional'
import { isLocale } from '@/i18n/languages'
import { INDICATOR_NAMES, nameIn } from '@/i18n/strings/countries'
import { translate } from '@/i18n/ui'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawParams>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: translate(locale, 'regionalOverview'),
    description: translate(locale, 'compareTitle'),
  }
}

export default async function RegionalOverviewPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const user = await currentVisitor()
  const [{ choices, chosen, observations }, regional] = await Promise.all([
    regionalComparison({
      user,
      locale,
      indicator: single(query, 'indicator'),
      year: single(query, 'year'),
    }),
    regionalActivity({ user, locale }),
  ])
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(locale, key, values)
  const indicators = [...new Set(choices.map((choice) => choice.indicator))]
  const years = [
    ...new Set(
      choices
        .filter((choice) => choice.indicator === chosen?.indicator)
        .map((choice) => choice.year),
    ),
  ]
  const table = comparisonTable({ observations, locale })
  const what = chosen ? `${nameIn(INDICATOR_NAMES, chosen.indicator, locale)}, ${chosen.year}` : ''

  return (
    <main>
      <h1>{t('regionalOverview')}</h1>
      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t('compareTitle')}</h2>
        <form method="get" action={`/${locale}/regional-overview`} className="search-filters">
          <label>
            {t('indicator')}
            <select name="indicator" defaultValue={chosen?.indicator}>
              {indicators.map((indicator) => (
                <option key={indicator} value={indicator}>
                  {nameIn(INDICATOR_NAMES, indicator, locale)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('year')}
            <select name="year" defaultValue={chosen ? String(chosen.year) : undefined}>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('show')}</button>
        </form>
        {observations.length === 0 || !chosen ? (
          <p>{t('noFigures')}</p>
        ) : (
          <>
            <h3>{what}</h3>
            <BarChart table={table} description={t('chartOf', { what })} />
            <DataTable table={table} caption={what} />
            <p>
              <a
                href={`/${locale}/regional-overview/statistics.csv?indicator=${encodeURIComponent(chosen.indicator)}&year=${chosen.year}`}
                download
              >
                {t('downloadCsv')}
              </a>
            </p>
          </>
        )}
      </section>

      {regional.focus ? (
        <section className="focus" aria-labelledby="focus-heading">
          <p className="badge">{t('specialFocus')}</p>
          <h2 id="focus-heading">
            <Link href={`/${locale}/themes/${regional.focus.slug}`}>{regional.focus.title}</Link>
          </h2>
          <p>{regional.focus.summary}</p>
        </section>
      ) : null}

      <section aria-labelledby="training-heading">
        <h2 id="training-heading">{t('regionalTraining')}</h2>
        {regional.training.length ? (
          <EventList locale={locale} events={regional.training} />
        ) : (
          <p className="muted">{t('nothingYet')}</p>
        )}
        <p>
          <Link href={`/${locale}/events?kind=training`}>
            {t('events')}: {t('seeAll')}
          </Link>
        </p>
      </section>

      <div className="columns">
        <section aria-labelledby="dialogues-heading">
          <h2 id="dialogues-heading">{t('regionalDialogues')}</h2>
          {regional.dialogues.length ? (
            <NewsList news={regional.dialogues} locale={locale} />
          ) : (
            <p className="muted">{t('nothingYet')}</p>
          )}
          <p>
            <Link href={`/${locale}/news?kind=regional-dialogue`}>{t('seeAll')}</Link>
          </p>
        </section>
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t('projectReports')}</h2>
          {regional.reports.length ? (
            <NewsList news={regional.reports} locale={locale} />
          ) : (
            <p className="muted">{t('nothingYet')}</p>
          )}
          <p>
            <Link href={`/${locale}/projects`}>
              {t('projects')}: {t('seeAll')}
            </Link>
          </p>
        </section>
      </div>
    </main>
  )
}
