import { Link } from '@/components/layout/Link'

import type { Locale } from '@/i18n/languages'
import type { Country, Theme } from '@/payload-types'

/** "Thailand, Viet Nam": the countries a page is about, each linking to its country page. */
export function CountryLinks({
  locale,
  countries,
}: {
  locale: Locale
  countries: Pick<Country, 'id' | 'iso' | 'name'>[]
}) {
  return countries.map((country, index) => (
    <span key={country.id}>
      {index > 0 ? ', ' : ''}
      <Link href={`/${locale}/countries/${country.iso.toLowerCase()}`}>
        {country.name ?? country.iso}
      </Link>
    </span>
  ))
}

/** "Labour migration governance, Return and reintegration": a page's themes, each linking to its theme page. */
export function ThemeLinks({
  locale,
  themes,
}: {
  locale: Locale
  themes: Pick<Theme, 'id' | 'slug' | 'title'>[]
}) {
  return themes.map((theme, index) => (
    <span key={theme.id}>
      {index > 0 ? ', ' : ''}
      <Link href={`/${locale}/themes/${theme.slug}`}>{theme.title ?? theme.slug}</Link>
    </span>
  ))
}
