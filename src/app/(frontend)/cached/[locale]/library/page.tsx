import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { ResourceList } from '@/components/library/ResourceList'
import { RESOURCE_KIND_LABEL, RESOURCE_KINDS } from '@/library/kinds'
import { Pagination } from '@/components/layout/Pagination'
import { listCountries } from '@/data/countries'
import { FilterSelect } from '@/components/forms/FilterSelect'
import { FeedAlternates } from '@/components/feeds/FeedAlternates'
import { FeedLinks } from '@/components/feeds/FeedLinks'
import { feedAlternates } from '@/data/feeds'
import { countryByIso, single, themeBySlug, type RawParams } from '@/data/params'
import { currentVisitor } from '@/data/payload'
import { pageMetadata } from '@/data/site'
import { libraryQuery, listResources, resourceYears, type LibraryFilters } from '@/data/resources'
import { listThemes } from '@/data/themes'
import { EDITION_LANGUAGES, isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawParams>
}

const FILTER_NAMES = ['theme', 'country', 'kind', 'language', 'year', 'sort', 'page'] as const
const SORT_LABELS: Record<string, UiKey> = {
  newest: 'sortNewest',
  oldest: 'sortOldest',
  title: 'sortTitle',
}

function filtersFrom(raw: RawParams): LibraryFilters {
  const filters: LibraryFilters = {}
  for (const name of FILTER_NAMES) filters[name] = single(raw, name)?.slice(0, 100)
  return filters
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    path: '/library',
    title: translate(locale, 'library'),
    description: translate(locale, 'libraryIntro'),
  })
}

/** The resource library: every published work the visitor may see, with filters that are plain links and a GET form. */
export default async function LibraryPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const filters = filtersFrom(await searchParams)
  const user = await currentVisitor()
  const [themes, countries, years] = await Promise.all([
    listThemes({ user, locale }),
    listCountries({ user, locale }),
    resourceYears({ user }),
  ])
  const query = libraryQuery(filters, {
    themeIdOf: (slug) => themeBySlug(themes, slug)?.id,
    countryIdOf: (iso) => countryByIso(countries, iso)?.id,
  })
  const result = await listResources({ user, locale, query })
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const hasFilters = Boolean(
    query.themeId || query.countryId || query.kind || query.language || query.year,
  )
  const feedFilter = { theme: filters.theme, country: filters.country?.toUpperCase() }

  return (
    <main>
      <FeedAlternates feeds={feedAlternates(locale, 'resources', feedFilter)} />
      <h1>{t('library')}</h1>
      <p className="muted">{t('libraryIntro')}</p>
      <form
        action={`/${locale}/library`}
        method="get"
        className="filters"
        aria-label={t('library')}
      >
        <FilterSelect
          label={t('filterTheme')}
          name="theme"
          value={filters.theme ?? ''}
          anyLabel={t('any')}
          options={themes.map((theme) => ({ value: theme.slug, label: theme.title }))}
        />
        <FilterSelect
          label={t('filterCountry')}
          name="country"
          value={filters.country?.toUpperCase() ?? ''}
          anyLabel={t('any')}
          options={countries.map((country) => ({ value: country.iso, label: country.name }))}
        />
        <label>
          {t('filterKind')}
          <select name="kind" defaultValue={query.kind ?? ''}>
            <option value="">{t('any')}</option>
            {RESOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(RESOURCE_KIND_LABEL[kind])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('availableIn')}
          <select name="language" className="language-name" defaultValue={query.language ?? ''}>
            <option value="">{t('any')}</option>
            {Object.entries(EDITION_LANGUAGES).map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name.native}
              </option>
            ))}
          </select>
        </label>
        <FilterSelect
          label={t('filterYear')}
          name="year"
          value={query.year ? String(query.year) : ''}
          anyLabel={t('any')}
          options={years.map((year) => ({ value: year, label: year }))}
        />
        <label>
          {t('sortBy')}
          <select name="sort" defaultValue={query.sort}>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('show')}</button>
      </form>

      <section aria-labelledby="library-count">
        <h2 id="library-count" className="results-count">
          {t('resultsCount', { n: result.totalDocs })}
        </h2>
        {result.docs.length === 0 ? (
          <p>
            {t('noResources')}{' '}
            {hasFilters ? <Link href={`/${locale}/library`}>{t('clearFilters')}</Link> : null}
          </p>
        ) : (
          <ResourceList resources={result.docs} locale={locale} />
        )}
        <FeedLinks locale={locale} kind="resources" filter={feedFilter} />
        <Pagination
          locale={locale}
          path={`/${locale}/library`}
          params={{ ...filters }}
          page={result.page ?? 1}
          totalPages={result.totalPages}
        />
      </section>
    </main>
  )
}
