import type { CollectionSlug, Payload, Where } from 'payload'

import type { Locale } from '@/i18n/languages'

import type { Localized } from './data/types'

/** Seeds, jobs and tests write outside a request: nothing to revalidate, nothing to index twice. */
export const SEED_CONTEXT = { disableRevalidate: true, isSeeding: true }

export type Tally = { created: number; existing: number }

/**
 * Creates a record unless one with the same natural key exists. Existing records are left as
 * they are, so rerunning the seed never duplicates content nor overwrites an editor's changes.
 */
export async function ensure({
  payload,
  collection,
  where,
  data,
  translations = {},
  tally,
}: {
  payload: Payload
  collection: CollectionSlug
  where: Where
  data: Record<string, unknown>
  translations?: Partial<Record<Locale, Record<string, unknown>>>
  tally: Tally
}): Promise<number | string> {
  const found = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  if (found.docs[0]) {
    tally.existing += 1
    return found.docs[0].id
  }
  try {
    const id = await createWithTranslations({ payload, collection, data, translations })
    tally.created += 1
    return id
  } catch (error) {
    throw new Error(`${collection} ${JSON.stringify(where)}: ${describe(error)}`)
  }
}

/** A validation error's field messages, so a bad seed record is easy to find and fix. */
function describe(error: unknown): string {
  const fieldErrors = (error as { data?: { errors?: { path: string; message: string }[] } }).data
    ?.errors
  if (fieldErrors?.length) return fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}

async function createWithTranslations({
  payload,
  collection,
  data,
  translations,
}: {
  payload: Payload
  collection: CollectionSlug
  data: Record<string, unknown>
  translations: Partial<Record<Locale, Record<string, unknown>>>
}): Promise<number | string> {
  const doc = await payload.create({
    collection,
    data: data as never,
    locale: 'en',
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
  try {
    for (const [locale, fields] of Object.entries(translations)) {
      if (!fields || Object.keys(fields).length === 0) continue
      const status = '_status' in data ? { _status: data._status } : {}
      await payload.update({
        collection,
        id: doc.id,
        locale: locale as Locale,
        data: { ...fields, ...status } as never,
        overrideAccess: true,
        context: SEED_CONTEXT,
      })
    }
  } catch (error) {
    // SQLite runs without transactions here, so undo by hand: a record and its translations
    // land together or not at all, and the next run does not skip a half-made record.
    await payload.delete({ collection, id: doc.id, overrideAccess: true, context: SEED_CONTEXT })
    throw error
  }
  return doc.id
}

/** Per-locale data from localised seed texts: `{ th: { title: '…' }, km: { … } }`. */
export function translationsOf(
  fields: Record<string, Localized | undefined>,
): Partial<Record<Locale, Record<string, string>>> {
  const result: Partial<Record<Locale, Record<string, string>>> = {}
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue
    for (const [locale, value] of Object.entries(text)) {
      if (locale === 'en' || !value) continue
      result[locale as Locale] = { ...result[locale as Locale], [field]: value }
    }
  }
  return result
}
