import Negotiator from 'negotiator'

import { DEFAULT_LOCALE, LOCALES, type Locale } from './languages'

/**
 * The portal language a browser asks for in its Accept-Language header ("th-TH,th;q=0.9,en;q=0.8"
 * gives Thai; "my-MM" gives Burmese), or English when it asks for none of ours.
 */
export function preferredLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE
  const [best] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([
    ...LOCALES,
  ])
  return (best as Locale | undefined) ?? DEFAULT_LOCALE
}
