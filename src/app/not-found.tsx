import '@/fonts/fonts.css'
import './(frontend)/styles.css'

import { headers } from 'next/headers'

import { DEFAULT_LOCALE, EDITION_LANGUAGES, isLocale, LOCALES, type Locale } from '@/i18n/languages'
import { errorStrings } from '@/i18n/strings/errors'

/** The first of the portal's languages the browser asks for (Accept-Language), else English. */
function preferredLocale(acceptLanguage: string | null): Locale {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = Number(params.find((param) => param.trim().startsWith('q='))?.split('=')[1] ?? 1)
      return { language: tag.toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0 }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
  // Indonesian is also tagged "in" by older browsers; Burmese "my"; Khmer "km"; Lao "lo".
  const found = wanted
    .map((entry) => (entry.language === 'in' ? 'id' : entry.language))
    .find(isLocale)
  return found ?? DEFAULT_LOCALE
}

/**
 * The 404 page for addresses outside every language (/xx/whatever, /nothing-here). The root
 * layout sits under [locale] and calls notFound() for an unknown language, so this page is above
 * every layout and brings its own document, styles and fonts. No locale in the address: the
 * message follows the browser's languages, and every language's home page is offered by name.
 * (Addresses under a real language get [locale]/not-found.tsx, inside the site's layout.)
 */
export default async function RootNotFound() {
  const locale = preferredLocale((await headers()).get('accept-language'))
  return (
    <html lang={locale} dir="ltr">
      <head>
        <title>{errorStrings.notFoundTitle[locale]}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <main>
          <h1>{errorStrings.notFoundTitle[locale]}</h1>
          <p>{errorStrings.notFoundText[locale]}</p>
          <p>
            <a href={`/${locale}`}>{errorStrings.notFoundHome[locale]}</a> ·{' '}
            <a href={`/${locale}/search`}>{errorStrings.notFoundSearch[locale]}</a>
          </p>
          <h2>{errorStrings.notFoundLanguages[locale]}</h2>
          <ul className="languages">
            {LOCALES.map((code) => (
              <li key={code} lang={code}>
                <a href={`/${code}`} hrefLang={code}>
                  {EDITION_LANGUAGES[code].native}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  )
}
