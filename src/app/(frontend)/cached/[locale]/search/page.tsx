import type { RawParams } from '@/data/params'
import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { LiveSearch } from '@/components/search/LiveSearch'
import { isForumMemberUser } from '@/access/forums'
import { FilterSelect } from '@/components/forms/FilterSelect'
import { Pagination } from '@/components/layout/Pagination'
import { SearchHits, TYPE_LABELS } from '@/components/search/SearchHits'
import { MAX_TOTAL_HITS } from '@/search/settings'
import { listCountries } from '@/data/countries'
import { currentVisitor } from '@/data/payload'
import { searchPortal } from '@/data/search'
import { listThemes } from '@/data/themes'
import { EDITION_LANGUAGES, isLocale, type Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawParams>
}

const FORM_ID = 'search-form'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  // Result pages are for people, not for search engines' indexes.
  return { title: translate(locale, 'searchTitle'), robots: { index: false, follow: true } }
}

function withCount(label: string, count: number | undefined) {
  return count === undefined ? label : `${label} (${count})`
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const user = await currentVisitor()
  const [outcome, themes, countries] = await Promise.all([
    searchPortal({ user, locale, query }),
    listThemes({ user, locale }),
    listCountries({ user, locale }),
  ])
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(locale, key, values)
  const current =
    outcome.state === 'empty' || outcome.state === 'results' ? outcome.params : undefined
  const facets = outcome.state === 'results' ? outcome.result.facets : {}

  // The address's own parameters (the filters), which the result pages keep.
  const kept = Object.fromEntries(
    Object.entries(query).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  )

  return (
    <main>
      <h1>{t('searchTitle')}</h1>
      <form
        id={FORM_ID}
        role="search"
        action={`/${locale}/search`}
        method="get"
        className="search-form"
      >
        <div className="search-box">
          <label htmlFor="q">{t('searchLabel')}</label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={current?.q ?? ''}
            autoComplete="off"
            maxLength={200}
          />
          <button type="submit">{t('apply')}</button>
        </div>
        <div className="search-filters">
          <label>
            {t('filterType')}
            <select name="type" defaultValue={current?.type ?? ''}>
              <option value="">{t('any')}</option>
              {Object.entries(TYPE_LABELS)
                // Forums are for members: visitors are not offered a filter that finds nothing.
                .filter(([value]) => value !== 'discussion' || isForumMemberUser(user))
                .map(([value, label]) => (
                  <option key={value} value={value}>
                    {withCount(t(label), facets.type?.[value])}
                  </option>
                ))}
            </select>
          </label>
          <FilterSelect
            label={t('filterTheme')}
            name="theme"
            value={current?.theme ?? ''}
            anyLabel={t('any')}
            options={themes.map((theme) => ({
              value: theme.slug,
              label: withCount(theme.title ?? theme.slug, facets.themes?.[theme.slug]),
            }))}
          />
          <FilterSelect
            label={t('filterCountry')}
            name="country"
            value={current?.country ?? ''}
            anyLabel={t('any')}
            options={countries.map((country) => ({
              value: country.iso,
              label: withCount(country.name ?? country.iso, facets.countries?.[country.iso]),
            }))}
          />
          <label>
            {t('filterLanguage')}
            <select
              name="language"
              className="language-name"
              defaultValue={current?.language ?? ''}
            >
              <option value="">{t('any')}</option>
              {Object.entries(EDITION_LANGUAGES).map(([code, name]) => (
                <option key={code} value={code} lang={code}>
                  {withCount(name.native, facets.languages?.[code])}
                </option>
              ))}
            </select>
          </label>
        </div>
      </form>
      <LiveSearch formId={FORM_ID} searchingLabel={t('searching')} />

      <section aria-labelledby="results-heading" className="results">
        <Results outcome={outcome} locale={locale} kept={kept} />
      </section>
    </main>
  )
}

function Results({
  outcome,
  locale,
  kept,
}: {
  outcome: Awaited<ReturnType<typeof searchPortal>>
  locale: Locale
  kept: Record<string, string>
}) {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(locale, key, values)
  switch (outcome.state) {
    case 'empty':
      return (
        <p id="results-heading" className="muted">
          {t('startTyping')}
        </p>
      )
    case 'invalid':
      return (
        <p id="results-heading" role="alert">
          {outcome.message}
        </p>
      )
    case 'unavailable':
      return (
        <p id="results-heading" role="alert">
          {t('searchUnavailable')}
        </p>
      )
    case 'results': {
      const { result } = outcome
      // Meilisearch serves at most MAX_TOTAL_HITS matches; an estimated count may also overshoot,
      // so a page past the end says so and links back.
      const pages = Math.max(
        1,
        Math.min(
          Math.ceil(result.total / result.perPage),
          Math.floor(MAX_TOTAL_HITS / result.perPage),
        ),
      )
      return (
        <>
          <h2 id="results-heading" className="results-count">
            {t(result.totalIsExact ? 'resultsCount' : 'resultsAbout', {
              n: result.total.toLocaleString(locale),
            })}
          </h2>
          {result.total === 0 ? (
            <p>
              {t('noResults')}{' '}
              <Link href={`/${locale}/search?q=${encodeURIComponent(result.query)}`}>
                {t('clearFilters')}
              </Link>
            </p>
          ) : result.hits.length === 0 ? (
            <p>{t('noMoreResults')}</p>
          ) : (
            <SearchHits hits={result.hits} locale={locale} />
          )}
          <Pagination
            locale={locale}
            path={`/${locale}/search`}
            params={kept}
            page={result.page}
            totalPages={pages}
          />
        </>
      )
    }
  }
}
