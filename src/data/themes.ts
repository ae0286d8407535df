import type { Locale } from '@/i18n/languages'
import type { Theme, User } from '@/payload-types'

import { payloadClient } from './payload'

/** The five themes in their display order, as the visitor may see them. */
export async function listThemes({ user, locale }: { user: User | null; locale: Locale }): Promise<Theme[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'themes',
    locale,
    fallbackLocale: 'en',
    sort: 'order',
    limit: 20,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return docs
}
