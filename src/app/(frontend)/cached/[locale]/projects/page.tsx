import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/layout/Pagination'
import { FilterSelect } from '@/components/forms/FilterSelect'
import { PROJECT_STATUS_LABELS, ProjectList } from '@/components/projects/ProjectList'
import { listCountries } from '@/data/countries'
import { countryByIso, oneOf, pageNumber, single, themeBySlug, type RawParams } from '@/data/params'
import { currentVisitor } from '@/data/payload'
import { listProjects, PROJECT_STATUSES, PROJECTS_PAGE_SIZE } from '@/data/projects'
import { pageMetadata } from '@/data/site'
import { listThemes } from '@/data/themes'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    path: '/projects',
    title: translate(locale, 'projects'),
    description: translate(locale, 'projectsIntro'),
  })
}

/** ILO projects, newest first, filterable by status, country and theme with a plain GET form. */
export default async function ProjectsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const raw = await searchParams
  const user = await currentVisitor()
  const [themes, countries] = await Promise.all([
    listThemes({ user, locale }),
    listCountries({ user, locale }),
  ])
  const theme = themeBySlug(themes, single(raw, 'theme'))
  const country = countryByIso(countries, single(raw, 'country'))
  const status = oneOf(single(raw, 'status'), PROJECT_STATUSES)
  const page = pageNumber(single(raw, 'page'))
  const filters = { user, locale, status, themeId: theme?.id, countryId: country?.id }
  let result = await listProjects({ ...filters, page })
  if (result.docs.length === 0 && result.totalPages > 0 && page > result.totalPages)
    result = await listProjects({ ...filters, page: result.totalPages })
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const hasFilters = Boolean(status || theme || country)
  const from = ((result.page ?? 1) - 1) * PROJECTS_PAGE_SIZE + 1

  return (
    <main>
      <h1>{t('projects')}</h1>
      <p className="muted">{t('projectsIntro')}</p>
      <form
        action={`/${locale}/projects`}
        method="get"
        className="filters"
        aria-label={t('projects')}
      >
        <FilterSelect
          label={t('status')}
          name="status"
          value={status ?? ''}
          anyLabel={t('any')}
          options={PROJECT_STATUSES.map((value) => ({
            value: value,
            label: t(PROJECT_STATUS_LABELS[value]),
          }))}
        />
        <FilterSelect
          label={t('filterCountry')}
          name="country"
          value={country?.iso ?? ''}
          anyLabel={t('any')}
          options={countries.map((item) => ({ value: item.iso, label: item.name }))}
        />
        <FilterSelect
          label={t('filterTheme')}
          name="theme"
          value={theme?.slug ?? ''}
          anyLabel={t('any')}
          options={themes.map((item) => ({ value: item.slug, label: item.title }))}
        />
        <button type="submit">{t('show')}</button>
        {hasFilters ? <Link href={`/${locale}/projects`}>{t('clearFilters')}</Link> : null}
      </form>

      <section aria-labelledby="projects-count">
        <h2 id="projects-count" className="results-count">
          {result.docs.length
            ? t('listShowing', { from, to: from + result.docs.length - 1, total: result.totalDocs })
            : t('resultsCount', { n: result.totalDocs })}
        </h2>
        {result.docs.length === 0 ? (
          <p>{t(hasFilters ? 'listNoMatch' : 'listNothingYet')}</p>
        ) : (
          <ProjectList projects={result.docs} locale={locale} />
        )}
        <Pagination
          locale={locale}
          path={`/${locale}/projects`}
          params={{ status, theme: theme?.slug, country: country?.iso }}
          page={result.page ?? 1}
          totalPages={result.totalPages}
        />
      </section>
    </main>
  )
}
