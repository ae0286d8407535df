import type { CollectionSlug, DataFromCollectionSlug, Payload } from 'payload'

import type { Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'

import { cachedRead, type ContentTag } from './cache'

/**
 * Which of these documents have their own `field` in the visitor's language. The others are shown
 * in English (Payload's fallback), and pages mark them so, with `lang="en"` for screen readers.
 */
export async function translatedIds({
  user,
  locale,
  collection,
  ids,
  field = 'title',
}: {
  user: User | null
  locale: Locale
  collection: CollectionSlug & ContentTag
  ids: (number | string)[]
  field?: string
}): Promise<Set<number | string>> {
  if (locale === 'en' || ids.length === 0) return new Set(ids)
  const found = await cachedRead(
    { user, key: ['translatedIds', collection, locale, field, ids] },
    async (payload) => {
      const { docs } = await payload.find({
        collection,
        where: { id: { in: ids } },
        locale,
        fallbackLocale: false,
        limit: ids.length,
        depth: 0,
        select: { [field]: true },
        user,
        overrideAccess: false,
      })
      return docs
        .filter((doc) => Boolean((doc as unknown as Record<string, unknown>)[field]))
        .map((doc) => doc.id)
    },
  )
  return new Set(found)
}

/**
 * A document together with the language each of its shown fields is in: the reader's where the
 * document has that field in their language, otherwise English, which Payload falls back to.
 * Pages put it in `lang` (so screen readers read English as English) and say "in English only".
 * Per field, because editors translate a title before its summary or body; a list card names
 * only the field that decides it (`title`, or `name` for centres and countries).
 */
export type InLanguages<T, F extends string = 'title'> = T & { languages: Record<F, Locale> }

/**
 * Adds to each document the language of each of `fields`. Run inside the data function's
 * `cachedRead`, with the Payload it is given: the check (a read without fallback) is then cached
 * with the content it describes, one entry tagged by the same reads, instead of a second entry
 * each page asks for. English readers need no check.
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
            collection,
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
