import type { CollectionSlug, DataFromCollectionSlug, PopulateType } from 'payload'

import type { Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'

import { cachedRead } from './cache'
import { withLanguages, type InLanguages } from './translations'

/**
 * One document of a content collection by its slug, as the reader may see it (the collection's
 * read rule keeps drafts and anything else they may not read out), in their language with
 * English where it has none, its relations filled in one level deep, and the language each of
 * `languagesOf` (the texts its page shows) is in. The detail pages' read.
 */
export async function documentBySlug<
  C extends CollectionSlug,
  F extends keyof DataFromCollectionSlug<C> & string,
>({
  user,
  locale,
  collection,
  slug,
  populate,
  languagesOf,
}: {
  user: User | null
  locale: Locale
  collection: C
  slug: string
  populate?: PopulateType
  languagesOf: readonly F[]
}): Promise<InLanguages<DataFromCollectionSlug<C>, F> | null> {
  return cachedRead(
    { user, key: ['documentBySlug', collection, locale, slug, languagesOf] },
    async (payload) => {
      const { docs } = await payload.find({
        collection,
        where: { slug: { equals: slug } },
        locale,
        fallbackLocale: 'en',
        limit: 1,
        depth: 1,
        ...(populate ? { populate } : {}),
        user,
        overrideAccess: false,
      })
      const [found] = await withLanguages(payload, {
        collection,
        locale,
        user,
        docs: docs as DataFromCollectionSlug<C>[],
        fields: languagesOf,
      })
      return found ?? null
    },
  )
}
