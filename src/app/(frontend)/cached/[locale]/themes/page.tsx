import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { currentVisitor } from '@/data/payload'
import { pageMetadata } from '@/data/site'
import { listThemes } from '@/data/themes'
import { isLocale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    path: '/themes',
    title: translate(locale, 'themes'),
    description: translate(locale, 'tagline'),
  })
}

/** The five themes the community discusses. */
export default async function ThemesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const themes = await listThemes({ user: await currentVisitor(), locale })
  return (
    <main>
      <h1>{translate(locale, 'themes')}</h1>
      {themes.length === 0 ? (
        <p>{translate(locale, 'noThemes')}</p>
      ) : (
        <ul className="cards themes">
          {themes.map((theme) => (
            <li key={theme.id} className="card theme">
              {theme.isSpecialFocus ? (
                <p className="badge">{translate(locale, 'specialFocus')}</p>
              ) : null}
              <h2 className="card-title">
                <Link href={`/${locale}/themes/${theme.slug}`}>{theme.title}</Link>
              </h2>
              <p className="card-summary">{theme.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
