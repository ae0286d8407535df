import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { Pagination } from '@/components/layout/Pagination'
import { FilterSelect } from '@/components/forms/FilterSelect'
import {
  CentreList,
  MODALITY_LABELS,
  SERVICE_LABELS,
} from '@/components/resourceCentres/CentreList'
import { listCountries } from '@/data/countries'
import { countryByIso, oneOf, pageNumber, single, type RawParams } from '@/data/params'
import { currentVisitor } from '@/data/payload'
import {
  CENTRE_MODALITIES,
  CENTRE_SERVICES,
  CENTRES_PAGE_SIZE,
  centreCountryIds,
  listResourceCentres,
} from '@/data/resourceCentres'
import { pageMetadata } from '@/data/site'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    path: '/resource-centres',
    title: translate(locale, 'resourceCentresHere'),
    description: translate(locale, 'centresIntro'),
  })
}

/** The directory of Migrant Worker Resource Centres, filterable by country, CLIENT service and kind of centre. */
export default async function ResourceCentresPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const raw = await searchParams
  const user = await currentVisitor()
  const [countries, withCentres] = await Promise.all([
    listCountries({ user, locale }),
    centreCountryIds({ user }),
  ])
  // Only countries that have a centre are offered: choosing one never leads to an empty page.
  const offered = countries.filter((country) =>
    withCentres.some((id) => String(id) === String(country.id)),
  )
  const country = countryByIso(countries, single(raw, 'country'))
  const service = oneOf(single(raw, 'service'), CENTRE_SERVICES)
  const modality = oneOf(single(raw, 'modality'), CENTRE_MODALITIES)
  const page = pageNumber(single(raw, 'page'))
  const filters = { user, locale, countryId: country?.id, service, modality }
  let result = await listResourceCentres({ ...filters, page })
  if (result.docs.length === 0 && result.totalPages > 0 && page > result.totalPages)
    result = await listResourceCentres({ ...filters, page: result.totalPages })
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const hasFilters = Boolean(country || service || modality)
  const from = ((result.page ?? 1) - 1) * CENTRES_PAGE_SIZE + 1

  return (
    <main>
      <h1>{t('resourceCentresHere')}</h1>
      <p className="muted">{t('centresIntro')}</p>
      <form
        action={`/${locale}/resource-centres`}
        method="get"
        className="filters"
        aria-label={t('resourceCentres')}
      >
        <FilterSelect
          label={t('filterCountry')}
          name="country"
          value={country?.iso ?? ''}
          anyLabel={t('any')}
          options={offered.map((item) => ({ value: item.iso, label: item.name }))}
        />
        <FilterSelect
          label={t('centreService')}
          name="service"
          value={service ?? ''}
          anyLabel={t('any')}
          options={CENTRE_SERVICES.map((value) => ({
            value: value,
            label: t(SERVICE_LABELS[value]),
          }))}
        />
        <FilterSelect
          label={t('centreModality')}
          name="modality"
          value={modality ?? ''}
          anyLabel={t('any')}
          options={CENTRE_MODALITIES.map((value) => ({
            value: value,
            label: t(MODALITY_LABELS[value]),
          }))}
        />
        <button type="submit">{t('show')}</button>
        {hasFilters ? <Link href={`/${locale}/resource-centres`}>{t('clearFilters')}</Link> : null}
      </form>

      <section aria-labelledby="centres-count">
        <h2 id="centres-count" className="results-count">
          {result.docs.length
            ? t('listShowing', { from, to: from + result.docs.length - 1, total: result.totalDocs })
            : t('resultsCount', { n: result.totalDocs })}
        </h2>
        {result.docs.length === 0 ? (
          <p>{t(hasFilters ? 'listNoMatch' : 'listNothingYet')}</p>
        ) : (
          <CentreList centres={result.docs} locale={locale} />
        )}
        <Pagination
          locale={locale}
          path={`/${locale}/resource-centres`}
          params={{ country: country?.iso, service, modality }}
          page={result.page ?? 1}
          totalPages={result.totalPages}
        />
      </section>
    </main>
  )
}
