'use client'

import { useParams } from 'next/navigation'

import { DEFAULT_LOCALE, isLocale } from '@/i18n/languages'
import { errorStrings } from '@/i18n/strings/errors'

/** "Something went wrong" in the visitor's language, with a retry; the header and menu stay usable. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const raw = useParams<{ locale?: string }>()?.locale
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE
  return (
    <main>
      <h1>{errorStrings.errorTitle[locale]}</h1>
      <p>{errorStrings.errorText[locale]}</p>
      <button type="button" onClick={() => retry()}>
        {errorStrings.errorRetry[locale]}
      </button>
    </main>
  )
}
