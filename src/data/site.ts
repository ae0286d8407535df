import type { Metadata } from 'next'

import { LOCALES, type Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/** The public origin (SERVER_URL, as payload.config.ts reads it), without a trailing slash. */
export function siteUrl(): string {
  return (process.env.SERVER_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
}

/** An absolute address on the portal, for feeds, the sitemap and Open Graph tags. */
export const absoluteUrl = (path: string): string =>
  `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`

/** Open Graph wants language_TERRITORY. */
const OG_LOCALES: Record<Locale, string> = {
  en: 'en_GB',
  th: 'th_TH',
  km: 'km_KH',
  lo: 'lo_LA',
  my: 'my_MM',
  vi: 'vi_VN',
  id: 'id_ID',
}

/** The same page in every interface language, for hreflang links and sitemap entries. */
export const languageAlternates = (path: string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, absoluteUrl(`/${locale}${path}`)])) as Record<
    Locale,
    string
  >

export type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>

/**
 * Title, description, canonical and language links, and Open Graph tags of a public page.
 * `path` comes after the locale (`/news/some-slug`); list pages pass their unfiltered path so
 * every filtered view points to one canonical address.
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  type = 'website',
  publishedTime,
  feeds,
}: {
  locale: Locale
  path: string
  title: string
  description?: string | null
  type?: 'website' | 'article'
  publishedTime?: string
  feeds?: AlternateTypes
}): Metadata {
  const url = absoluteUrl(`/${locale}${path}`)
  const summary = description ?? undefined
  return {
    title,
    description: summary,
    alternates: {
      canonical: url,
      languages: languageAlternates(path),
      ...(feeds ? { types: feeds } : {}),
    },
    openGraph: {
      title,
      description: summary,
      url,
      siteName: translate(locale, 'siteName'),
      locale: OG_LOCALES[locale],
      alternateLocale: LOCALES.filter((other) => other !== locale).map(
        (other) => OG_LOCALES[other],
      ),
      ...(type === 'article'
        ? { type: 'article' as const, publishedTime }
        : { type: 'website' as const }),
    },
  }
}
