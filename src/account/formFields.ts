import { isLocale, type Locale } from '@/i18n/languages'

/** One text value of a posted form ('' when absent or a file). */
export const field = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/** The language of the page the form was on. */
export const localeOf = (form: FormData): Locale => {
  const locale = field(form, 'locale')
  return isLocale(locale) ? locale : 'en'
}
