import type { Locale } from '@/i18n/languages'
import type { Resource, User } from '@/payload-types'

import { payloadClient } from './payload'

/** One work by its slug, if the visitor may see it (drafts and members-only works stay hidden). */
export async function getResource({ user, locale, slug }: { user: User | null; locale: Locale; slug: string }): Promise<Resource | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'resources',
    where: { slug: { equals: slug } },
    locale,
    fallbackLocale: 'en',
    limit: 1,
    depth: 1,
    user,
    overrideAccess: false,
  })
  return docs[0] ?? null
}
