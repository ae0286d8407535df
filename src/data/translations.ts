import type { CollectionSlug } from 'payload'

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
