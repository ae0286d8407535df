import type { Locale } from './languages'

type Id = number | string

/**
 * The language a document's own wording is shown in: the reader's where the document has it
 * (`translated`, from `translatedIds` in src/data/translations.ts), otherwise English, which
 * Payload falls back to. Pages put it in `lang` so screen readers read English as English.
 * Without a `translated` set every document counts as translated.
 */
export function contentLang(locale: Locale, id: Id, translated?: Set<Id>): Locale {
  return locale === 'en' || !translated || translated.has(id) ? locale : 'en'
}
