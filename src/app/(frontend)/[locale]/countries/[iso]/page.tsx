import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { BarChart, DataTable } from '@/components/charts/BarChart'
import { comparisonTable } from '@/components/charts/comparison'
import { countryRelated, getCountry } from '@/data/countries'
import { currentVisitor } from '@/data/payload'
import { countryStatistics } from '@/data/statistics'
import { isLocale, type Locale } from '@/i18n/languages'
import { INDICATOR_NAMES, nameIn, REGION_NAMES } from '@/i18n/strings/countries'
import { translate, type UiKey } from '@/i18n/ui'
import type { Country } from '@/payload-types'

type Props = { params: Promise<{ locale: string; iso: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, iso } = await params
  if (!isLocale(locale)) return {}
  const country = await getCountry({ user: await currentVisitor(), locale, iso })
  return country ? { title: country.name ?? country.iso } : {}
}

const ROLE_LABEL: Record<Country['role'], UiKey> = { origin: 'origin', destination: 'destination', 'origin-and-destination': 'originAndDestination' }
const STATUS_LABEL: Record<string, UiKey> = { ratified: 'ratified', 'not-ratified': 'notRatified', denounced: 'denounced' }
const ANSWER_LABEL: Record<string, UiKey> = { yes: 'yes', no: 'no', 'not-stated': 'notStated' }

/** A country's profile: statistics, ratifications, laws and what the community holds about it. */
export default async function CountryPage({ params }: Props) {
  const { locale, iso } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const country = await getCountry({ user, locale, iso })
  if (!country) notFound()
  const [figures, related] = await Promise.all([
    countryStatistics({ user, locale, countryId: country.id }),
    countryRelated({ user, locale, countryId: country.id }),
  ])
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)

  return (
    <main>
      <p className="hit-meta">
        {nameIn(REGION_NAMES, country.region, locale)} · {t(ROLE_LABEL[country.role])}
      </p>
      <h1>{country.name}</h1>
      {country.profile ? <RichText data={country.profile} /> : null}

      <section aria-labelledby="statistics">
        <h2 id="statistics">{t('statistics')}</h2>
        {figures.length === 0 ? <p>{t('none')}</p> : null}
        {figures.map((group) => {
          const table = comparisonTable({
            locale,
            observations: group.rows.map((row) => ({ area: country.name ?? country.iso, areaKey: `country:${country.iso}`, sex: row.sex, value: row.value, unit: row.unit, source: row.source ?? '' })),
          })
          const what = `${nameIn(INDICATOR_NAMES, group.indicator, locale)}, ${group.year}`
          return (
            <div key={`${group.indicator}-${group.year}`}>
              <h3>{what}</h3>
              <BarChart table={table} description={t('chartOf', { what })} />
              <DataTable table={table} caption={what} />
            </div>
          )
        })}
      </section>

      <section aria-labelledby="ratifications">
        <h2 id="ratifications">{t('ratifications')}</h2>
        {country.ratifications?.length ? (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('convention')}</th>
                  <th scope="col">{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {country.ratifications.map((row) => (
                  <tr key={row.id ?? row.convention}>
                    <th scope="row">{row.convention}</th>
                    <td>
                      {t(STATUS_LABEL[row.status])}
                      {row.year ? ` (${row.year})` : ''}
                      {row.note ? ` — ${row.note}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t('none')}</p>
        )}
      </section>

      {country.nationalLaws?.length ? (
        <section aria-labelledby="laws">
          <h2 id="laws">{t('nationalLaws')}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('nationalLaws')}</th>
                  <th scope="col">{t('mayJoin')}</th>
                  <th scope="col">{t('mayForm')}</th>
                  <th scope="col">{t('mayHoldOffice')}</th>
                </tr>
              </thead>
              <tbody>
                {country.nationalLaws.map((law) => (
                  <tr key={law.id ?? law.title}>
                    <th scope="row">
                      {law.title}
                      {law.note ? <p className="muted">{law.note}</p> : null}
                    </th>
                    <td>{t(ANSWER_LABEL[law.mayJoin ?? 'not-stated'])}</td>
                    <td>{t(ANSWER_LABEL[law.mayForm ?? 'not-stated'])}</td>
                    <td>{t(ANSWER_LABEL[law.mayHoldOffice ?? 'not-stated'])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <RelatedList locale={locale} title={t('projectsHere')} items={related.projects.map((project) => ({ key: project.id, label: `${project.title}${project.startYear ? ` (${project.startYear}–${project.endYear ?? ''})` : ''}` }))} />
      <RelatedList locale={locale} title={t('resourceCentresHere')} items={related.centres.map((centre) => ({ key: centre.id, label: `${centre.name} — ${centre.operator}, ${centre.place}` }))} />
      <RelatedList locale={locale} title={t('typeResource')} items={related.resources.map((resource) => ({ key: resource.id, label: resource.title ?? resource.slug, href: `/${locale}/library/${resource.slug}` }))} />
    </main>
  )
}

function RelatedList({ locale, title, items }: { locale: Locale; title: string; items: { key: number; label: string; href?: string }[] }) {
  return (
    <section>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p>{translate(locale, 'none')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.href ? <Link href={item.href}>{item.label}</Link> : item.label}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
