import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { BarChart, DataTable } from '@/components/charts/BarChart'
import { comparisonTable } from '@/components/charts/comparison'
import { NationalLaws, Ratifications } from '@/components/countries/RightsTables'
import { EventList } from '@/components/events/EventList'
import { wordingFor } from '@/components/library/ResourceList'
import { NewsList } from '@/components/news/NewsList'
import { countryRelated, getCountry } from '@/data/countries'
import { listEvents } from '@/data/events'
import { listNews } from '@/data/news'
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

const ROLE_LABEL: Record<Country['role'], UiKey> = {
  origin: 'origin',
  destination: 'destination',
  'origin-and-destination': 'originAndDestination',
}
/** A country's profile: statistics, ratifications, laws and what the community holds about it. */
export default async function CountryPage({ params }: Props) {
  const { locale, iso } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const country = await getCountry({ user, locale, iso })
  if (!country) notFound()
  const [figures, related, news, upcoming] = await Promise.all([
    countryStatistics({ user, locale, countryId: country.id }),
    countryRelated({ user, locale, countryId: country.id }),
    listNews({ user, locale, countryId: country.id, limit: 4 }),
    listEvents({ user, locale, country: country.iso, from: new Date(), limit: 5 }),
  ])
  // With nothing coming up, the country's most recent events say what happens there.
  const events = upcoming.events.length
    ? upcoming
    : await listEvents({ user, locale, country: country.iso, order: 'latest', limit: 5 })
  // What has no wording of its own in the reader's language is shown in English and marked so.
  const lang = country.languages
  const isFallback = lang.name !== locale || (Boolean(country.profile) && lang.profile !== locale)
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)

  return (
    <main>
      <p className="hit-meta">
        {nameIn(REGION_NAMES, country.region, locale)} · {t(ROLE_LABEL[country.role])}
      </p>
      <h1 lang={lang.name}>{country.name}</h1>
      {isFallback ? <p className="muted">{t('inEnglishOnly')}</p> : null}
      {country.profile ? (
        <div lang={lang.profile}>
          <RichText data={country.profile} />
        </div>
      ) : null}

      <section aria-labelledby="statistics">
        <h2 id="statistics">{t('statistics')}</h2>
        {figures.length === 0 ? <p>{t('none')}</p> : null}
        {figures.map((group) => {
          const table = comparisonTable({
            locale,
            observations: group.rows.map((row) => ({
              area: country.name ?? country.iso,
              areaKey: `country:${country.iso}`,
              sex: row.sex,
              value: row.value,
              unit: row.unit,
              source: row.source ?? '',
            })),
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

      <Ratifications country={country} locale={locale} />
      <NationalLaws country={country} locale={locale} />

      <section aria-labelledby="country-news">
        <h2 id="country-news">{t('latestNews')}</h2>
        {news.docs.length ? <NewsList news={news.docs} locale={locale} /> : <p>{t('none')}</p>}
        {news.totalDocs > news.docs.length ? (
          <p>
            <Link href={`/${locale}/news?country=${country.iso}`}>
              {t('seeAll')} ({news.totalDocs})
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="country-events">
        <h2 id="country-events">{t('events')}</h2>
        {events.events.length ? (
          <EventList locale={locale} events={events.events} />
        ) : (
          <p>{t('none')}</p>
        )}
        <p>
          <Link href={`/${locale}/events?view=month&country=${country.iso}`}>
            {t('eventsOf', { what: country.name ?? country.iso })}
          </Link>
          {' · '}
          <a href={`/${locale}/events/calendar.ics?country=${country.iso}`} type="text/calendar">
            {t('eventsSubscribe')} (.ics)
          </a>
        </p>
      </section>
      <RelatedList
        locale={locale}
        title={t('projectsHere')}
        items={related.projects.map((project) => ({
          key: project.id,
          label: `${project.title}${project.startYear ? ` (${project.startYear}–${project.endYear ?? ''})` : ''}`,
          href: `/${locale}/projects/${String(project.code).toLowerCase()}`,
          lang: project.languages.title,
        }))}
      />
      <RelatedList
        locale={locale}
        title={t('resourceCentresHere')}
        items={related.centres.map((centre) => ({
          key: centre.id,
          label: `${centre.name} — ${centre.operator}, ${centre.place}`,
          href: `/${locale}/resource-centres/${centre.slug}`,
          lang: centre.languages.name,
        }))}
      />
      <RelatedList
        locale={locale}
        title={t('typeResource')}
        items={related.resources.map((resource) => {
          const wording = wordingFor(resource, locale)
          return {
            key: resource.id,
            label: wording.title || resource.slug,
            href: `/${locale}/library/${resource.slug}`,
            lang: wording.titleLang,
          }
        })}
      />
    </main>
  )
}

function RelatedList({
  locale,
  title,
  items,
}: {
  locale: Locale
  title: string
  items: { key: number; label: string; href?: string; lang?: string }[]
}) {
  return (
    <section>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p>{translate(locale, 'none')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key} lang={item.lang}>
              {item.href ? <Link href={item.href}>{item.label}</Link> : item.label}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
