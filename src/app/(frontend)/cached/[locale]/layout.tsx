import '@/fonts/fonts.css'
import '../../styles.css'

import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'
import type React from 'react'
import { Suspense } from 'react'

import { AccountState } from '@/components/layout/AccountState'
import { LanguageLinks, LanguageSwitcher } from '@/components/layout/LanguageSwitcher'

import { isLocale } from '@/i18n/languages'
import { LOCALE_NAMES } from '@/i18n/payload'
import { translate, type UiKey } from '@/i18n/ui'

/** The main sections, in the order a visitor meets them. */
const NAVIGATION: { path: string; label: UiKey }[] = [
  { path: '/themes', label: 'themes' },
  { path: '/library', label: 'library' },
  { path: '/countries', label: 'countries' },
  { path: '/regional-overview', label: 'regionalOverview' },
  { path: '/events', label: 'events' },
  { path: '/news', label: 'news' },
  { path: '/projects', label: 'projects' },
  { path: '/resource-centres', label: 'resourceCentres' },
  { path: '/forums', label: 'forums' },
]

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

/**
 * This tree answers visitors (no session cookie, no page parameter: the rewrites of
 * `src/routing/pageTrees.ts` decide) from
 * the full-route cache. Forcing static rendering also makes `headers()` and `searchParams` empty
 * here, so the pages, which ask who is looking, see nobody: a member's page can never be
 * rendered into this cache. The same pages, rendered per request, live in `../../per-request`.
 */
export const dynamic = 'force-static'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: translate(locale, 'siteName'), description: translate(locale, 'tagline') }
}

export default async function FrontendLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={locale} dir="ltr">
      <body>
        <header className="site-header">
          <Link className="site-name" href={`/${locale}`}>
            {translate(locale, 'siteName')}
          </Link>
          <form role="search" action={`/${locale}/search`} method="get" className="header-search">
            <label htmlFor="header-q" className="visually-hidden">
              {translate(locale, 'searchLabel')}
            </label>
            <input id="header-q" name="q" type="search" />
            <button type="submit">{translate(locale, 'search')}</button>
          </form>
          <Suspense
            fallback={
              <LanguageLinks
                current={locale}
                names={LOCALE_NAMES}
                label={translate(locale, 'language')}
              />
            }
          >
            <LanguageSwitcher
              current={locale}
              names={LOCALE_NAMES}
              label={translate(locale, 'language')}
            />
          </Suspense>
          <AccountState locale={locale} />
        </header>
        <nav className="site-nav" aria-label={translate(locale, 'mainNavigation')}>
          <ul>
            {NAVIGATION.map(({ path, label }) => (
              <li key={path}>
                <Link href={`/${locale}${path}`}>{translate(locale, label)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {children}
      </body>
    </html>
  )
}
