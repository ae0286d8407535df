import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'

import type { Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'

/**
 * A document together with the language each of its shown texts is in: the reader's where the
 * document has that field in their language, otherwise English, which Payload falls back to.
 * Data functions return it so that pages put it in `lang` (screen readers then read English as
 * English) and say "in English only" without asking again. Per field, since editors translate a
 * title before its summary or body: a detail page gets each text it shows, a list card only the
 * field that decides the card (`title`, or `name` for centres and countries).
 */
export type InLanguages<T, F extends string = 'title'> = T & { languages: Record<F, Locale> }

/**
 * Adds to each document the language of each of `fields`. Run it inside the data function's
 * `cachedRead`, with the Payload that read is given: the check (the same documents read again
 * without fallback, as the same reader) is then cached and tagged with the content it describes,
 * one entry, rather than a second entry each page asks for. English readers need no check; a
 * document the check does not find (unpublished in between) counts as English.
 */
export async function withLanguages<
  C extends CollectionSlug,
  T extends { id: number | string },
  F extends keyof DataFromCollectionSlug<C> & string,
>(
  payload: Payload,
  {
    collection,
    locale,
    user,
    docs,
    fields,
  }: { collection: C; locale: Locale; user: User | null; docs: T[]; fields: readonly F[] },
): Promise<InLanguages<T, F>[]> {
  const ids = docs.map((doc) => doc.id)
  const own =
    locale === 'en' || ids.length === 0
      ? []
      : (
          await payload.find({
            // Widened: with C generic, TypeScript gives up on the result type (TS2590, too complex).
            collection: collection as CollectionSlug,
            where: { id: { in: ids } },
            locale,
            fallbackLocale: false,
            pagination: false,
            limit: ids.length,
            depth: 0,
            select: Object.fromEntries(fields.map((field) => [field, true])),
            user,
            overrideAccess: false,
          })
        ).docs
  const byId = new Map<number | string, Record<string, unknown>>(
    own.map((doc) => [doc.id, doc as unknown as Record<string, unknown>]),
  )
  return docs.map((doc) => {
    const translated = byId.get(doc.id)
    const languages = Object.fromEntries(
      fields.map((field) => [field, locale === 'en' || translated?.[field] ? locale : 'en']),
    ) as Record<F, Locale>
    return { ...doc, languages }
  })
}
