import type { CollectionSlug, DataFromCollectionSlug, PopulateType } from 'payload'

import type { Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'

import { cachedRead } from './cache'

/**
 * One document of a content collection by its slug, as the reader may see it (the collection's
 * read rule keeps drafts and anything else they may not read out), in their language with
 * English where it has none, its relations filled in one level deep. The detail pages' read.
 */
export async function documentBySlug<C extends CollectionSlug>({
  user,
  locale,
  collection,
  slug,
  populate,
}: {
  user: User | null
  locale: Locale
  collection: C
  slug: string
  populate?: PopulateType
}): Promise<DataFromCollectionSlug<C> | null> {
  return cachedRead(
    { user, key: ['documentBySlug', collection, locale, slug] },
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
      return (docs[0] as DataFromCollectionSlug<C> | undefined) ?? null
    },
  )
}
