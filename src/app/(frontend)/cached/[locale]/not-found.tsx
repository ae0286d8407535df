'use client'

import { Link } from '@/components/layout/Link'
import { useParams } from 'next/navigation'

import { DEFAULT_LOCALE, isLocale } from '@/i18n/languages'
import { errorStrings } from '@/i18n/strings/errors'

/**
 * "Page not found" in the visitor's language. Next gives not-found files no params, but this
 * boundary sits inside the [locale] segment, so the client hook `useParams` knows the locale, on
 * the server render too (the page is complete without JavaScript). Only the error strings ship.
 */
export default function NotFound() {
  const raw = useParams<{ locale?: string }>()?.locale
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE
  return (
    <main>
      <h1>{errorStrings.notFoundTitle[locale]}</h1>
      <p>{errorStrings.notFoundText[locale]}</p>
      <ul>
        <li>
          <Link href={`/${locale}`}>{errorStrings.notFoundHome[locale]}</Link>
        </li>
        <li>
          <Link href={`/${locale}/search`}>{errorStrings.notFoundSearch[locale]}</Link>
        </li>
      </ul>
    </main>
  )
}
