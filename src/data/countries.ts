import type { Locale } from '@/i18n/languages'
import type { Country, User } from '@/payload-types'

import { payloadClient } from './payload'

/** Countries by name in the visitor's language, as the visitor may see them. */
export async function listCountries({ user, locale }: { user: User | null; locale: Locale }): Promise<Country[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'countries',
    locale,
    fallbackLocale: 'en',
    sort: 'name',
    limit: 0,
    pagination: false,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return docs
}
