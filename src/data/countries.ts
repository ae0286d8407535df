import type { Locale } from '@/i18n/languages'
import type { Country, User } from '@/payload-types'

import { cachedRead } from './cache'
import { withCardLanguages } from './resources'
import { withLanguages, type InLanguages } from './translations'

/** Countries by name in the visitor's language, as the visitor may see them, with their names' language. */
export async function listCountries({
  user,
  locale,
}: {
  user: User | null
  locale: Locale
}): Promise<InLanguages<Country, 'name'>[]> {
  return cachedRead({ user, key: ['listCountries', locale] }, async (payload) => {
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
    return withLanguages(payload, { collection: 'countries', locale, user, docs, fields: ['name'] })
  })
}

/**
 * One country by its ISO code (case-insensitive), as the visitor may see it, with the language of
 * its name and profile: each may be translated on its own.
 */
export async function getCountry({
  user,
  locale,
  iso,
}: {
  user: User | null
  locale: Locale
  iso: string
}): Promise<InLanguages<Country, 'name' | 'profile'> | null> {
  return cachedRead({ user, key: ['getCountry', locale, iso.toUpperCase()] }, async (payload) => {
    const { docs } = await payload.find({
      collection: 'countries',
      where: { iso: { equals: iso.toUpperCase() } },
      locale,
      fallbackLocale: 'en',
      limit: 1,
      depth: 0,
      user,
      overrideAccess: false,
    })
    const [country] = await withLanguages(payload, {
      collection: 'countries',
      locale,
      user,
      docs,
      fields: ['name', 'profile'],
    })
    return country ?? null
  })
}

/**
 * What the portal holds about a country, each list as the visitor may see it, with the language
 * of each project's and work's title and each centre's name.
 */
export async function countryRelated({
  user,
  locale,
  countryId,
}: {
  user: User | null
  locale: Locale
  countryId: number
}) {
  return cachedRead(
    {
      user,
      key: ['countryRelated', locale, countryId],
    },
    async (payload) => {
      const common = {
        locale,
        fallbackLocale: 'en' as const,
        depth: 0,
        user,
        overrideAccess: false as const,
      }
      // Each list with its languages as soon as it is read: the three go on side by side.
      const [projects, centres, resources] = await Promise.all([
        payload
          .find({
            collection: 'projects',
            where: { countries: { contains: countryId } },
            sort: '-startYear',
            limit: 20,
            ...common,
          })
          .then(({ docs }) =>
            withLanguages(payload, {
              collection: 'projects',
              locale,
              user,
              docs,
              fields: ['title'],
            }),
          ),
        payload
          .find({
            collection: 'resource-centres',
            where: { country: { equals: countryId } },
            sort: 'name',
            limit: 50,
            ...common,
          })
          .then(({ docs }) =>
            withLanguages(payload, {
              collection: 'resource-centres',
              locale,
              user,
              docs,
              fields: ['name'],
            }),
          ),
        payload
          .find({
            collection: 'resources',
            where: { countries: { contains: countryId } },
            sort: '-year',
            limit: 20,
            ...common,
          })
          .then(({ docs }) => withCardLanguages(payload, { locale, user, docs })),
      ])
      return { projects, centres, resources }
    },
  )
}
