/** The portal's interface and content locales; English is the fallback. */
export const LOCALES = ['en', 'th', 'km', 'lo', 'my', 'vi', 'id'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)

/**
 * Languages a resource edition can be written in, each named in its own script so a reader
 * recognises their language whatever the interface language is.
 */
export const EDITION_LANGUAGES = {
  en: { english: 'English', native: 'English' },
  th: { english: 'Thai', native: 'ไทย' },
  km: { english: 'Khmer', native: 'ខ្មែរ' },
  lo: { english: 'Lao', native: 'ລາວ' },
  my: { english: 'Burmese', native: 'မြန်မာ' },
  vi: { english: 'Vietnamese', native: 'Tiếng Việt' },
  id: { english: 'Indonesian', native: 'Bahasa Indonesia' },
  ms: { english: 'Malay', native: 'Bahasa Melayu' },
  fil: { english: 'Filipino', native: 'Filipino' },
  zh: { english: 'Chinese', native: '中文' },
  ja: { english: 'Japanese', native: '日本語' },
  ko: { english: 'Korean', native: '한국어' },
  ne: { english: 'Nepali', native: 'नेपाली' },
  bn: { english: 'Bengali', native: 'বাংলা' },
  si: { english: 'Sinhala', native: 'සිංහල' },
  ar: { english: 'Arabic', native: 'العربية' },
  fr: { english: 'French', native: 'Français' },
  es: { english: 'Spanish', native: 'Español' },
  ru: { english: 'Russian', native: 'Русский' },
} as const
export type EditionLanguage = keyof typeof EDITION_LANGUAGES

export const EDITION_LANGUAGE_OPTIONS = Object.entries(EDITION_LANGUAGES).map(([value, name]) => ({
  label: `${name.english} (${name.native})`,
  value,
}))
