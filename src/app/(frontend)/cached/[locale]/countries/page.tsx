import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { listCountries } from '@/data/countries'
import { currentVisitor } from '@/data/payload'
import { isLocale } from '@/i18n/languages'
import { nameIn, REGION_NAMES } from '@/i18n/strings/countries'
import { translate } from '@/i18n/ui'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: translate(locale, 'countries') } : {}
}

const REGION_ORDER = [
  'south-east-asia',
  'east-asia',
  'south-asia',
  'pacific',
  'central-asia',
  'arab-states',
  'europe',
  'africa',
  'americas',
]

/** Countries of origin and destination, grouped by region. */
export default async function CountriesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  // A name not yet translated is shown in English and marked so for screen readers (its language
  // comes with it).
  const countries = await listCountries({ user, locale })
  const regions = REGION_ORDER.map((region) => ({
    region,
    countries: countries.filter((country) => country.region === region),
  })).filter((group) => group.countries.length > 0)
  return (
    <main>
      <h1>{translate(locale, 'countries')}</h1>
      {regions.map(({ region, countries: inRegion }) => (
        <section key={region} aria-labelledby={`region-${region}`}>
          <h2 id={`region-${region}`}>{nameIn(REGION_NAMES, region, locale)}</h2>
          <ul className="country-list">
            {inRegion.map((country) => (
              <li key={country.id}>
                <Link
                  href={`/${locale}/countries/${country.iso.toLowerCase()}`}
                  lang={country.languages.name}
                >
                  {country.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  )
}
