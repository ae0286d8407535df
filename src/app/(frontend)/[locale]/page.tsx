import { notFound } from 'next/navigation'

import { currentVisitor } from '@/data/payload'
import { listThemes } from '@/data/themes'
import { isLocale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const themes = await listThemes({ user, locale })

  return (
    <main>
      <h1>{translate(locale, 'siteName')}</h1>
      <p className="muted">{translate(locale, 'tagline')}</p>
      <h2>{translate(locale, 'themes')}</h2>
      {themes.length === 0 ? (
        <p>{translate(locale, 'noThemes')}</p>
      ) : (
        <ul className="themes">
          {themes.map((theme) => (
            <li key={theme.id} className="theme">
              <h3>{theme.title}</h3>
              {theme.isSpecialFocus && <p className="badge">{translate(locale, 'specialFocus')}</p>}
              <p>{theme.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
