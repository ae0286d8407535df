import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { my } from '@payloadcms/translations/languages/my'
import { th } from '@payloadcms/translations/languages/th'
import { vi } from '@payloadcms/translations/languages/vi'
import type { Config } from 'payload'

import { DEFAULT_LOCALE, LOCALES, type Locale } from './languages'

/** Each locale named in its own language, as the language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  th: 'ไทย',
  km: 'ខ្មែរ',
  lo: 'ລາວ',
  my: 'မြန်မာ',
  vi: 'Tiếng Việt',
  id: 'Bahasa Indonesia',
}

/** Content editions per language; a missing translation falls back to English. */
export const localization: Config['localization'] = {
  locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
  defaultLocale: DEFAULT_LOCALE,
  fallback: true,
}

/** The admin panel speaks every locale Payload ships; Khmer and Lao editors see English. */
export const adminI18n: Config['i18n'] = {
  fallbackLanguage: 'en',
  supportedLanguages: { en, th, vi, id, my },
}
