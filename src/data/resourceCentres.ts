import type { Where } from 'payload'

import type { Locale } from '@/i18n/languages'
import type { ResourceCentre, User } from '@/payload-types'

import { documentBySlug } from './bySlug'
import { cachedRead } from './cache'
import { relationId } from '@/fields/relationId'
import { withLanguages, type InLanguages } from './translations'

/** The CLIENT services (collections/ResourceCentres CLIENT_SERVICES), in the report's order. */
export const CENTRE_SERVICES = [
  'counselling',
  'legal-aid',
  'information-education',
  'networking',
  'union-membership',
] as const satisfies readonly NonNullable<ResourceCentre['services']>[number][]
export type CentreService = (typeof CENTRE_SERVICES)[number]
export const CENTRE_MODALITIES = [
  'physical',
  'mobile',
  'virtual',
] as const satisfies readonly ResourceCentre['modality'][]
export type CentreModality = (typeof CENTRE_MODALITIES)[number]
export const CENTRES_PAGE_SIZE = 50

type Id = number | string

/** Which centres to list; every filter is optional so a country page can reuse it. */
export type CentreFilters = {
  countryId?: Id
  service?: CentreService
  modality?: CentreModality
  excludeId?: Id
}

export function centresWhere({
  countryId,
  service,
  modality,
  excludeId,
}: CentreFilters): Where | undefined {
  const conditions: Where[] = []
  if (countryId !== undefined) conditions.push({ country: { equals: countryId } })
  if (service) conditions.push({ services: { in: [service] } })
  if (modality) conditions.push({ modality: { equals: modality } })
  if (excludeId !== undefined) conditions.push({ id: { not_equals: excludeId } })
  return conditions.length ? { and: conditions } : undefined
}

const POPULATE = {
  countries: { name: true, iso: true },
  organisations: { name: true, acronym: true, website: true },
} as const

/** Resource centres the visitor may see, by name, filtered and paginated, each with its name's language. */
export async function listResourceCentres({
  user,
  locale,
  page = 1,
  limit = CENTRES_PAGE_SIZE,
  ...filters
}: CentreFilters & { user: User | null; locale: Locale; page?: number; limit?: number }) {
  const where = centresWhere(filters)
  return cachedRead(
    { user, key: ['listResourceCentres', locale, where, page, limit] },
    async (payload) => {
      const result = await payload.find({
        collection: 'resource-centres',
        where,
        sort: 'name',
        page,
        limit,
        locale,
        fallbackLocale: 'en',
        depth: 1,
        select: {
          name: true,
          slug: true,
          operator: true,
          country: true,
          place: true,
          modality: true,
          services: true,
        },
        populate: POPULATE,
        user,
        overrideAccess: false,
      })
      const docs = await withLanguages(payload, {
        collection: 'resource-centres',
        locale,
        user,
        docs: result.docs,
        fields: ['name'],
      })
      return { ...result, docs }
    },
  )
}

export type CentreListing = Awaited<ReturnType<typeof listResourceCentres>>

/** The ids of the countries that have a resource centre, for the directory's country filter. */
export async function centreCountryIds({ user }: { user: User | null }): Promise<Id[]> {
  return cachedRead({ user, key: ['centreCountryIds'] }, async (payload) => {
    const { docs } = await payload.find({
      collection: 'resource-centres',
      pagination: false,
      limit: 0,
      depth: 0,
      select: { country: true },
      user,
      overrideAccess: false,
    })
    return [...new Set(docs.map((doc) => relationId(doc.country)))]
  })
}

/**
 * One centre by its slug, if the visitor may see it, with the language of its name, place and
 * contact: each may be translated on its own.
 */
export async function getResourceCentre({
  user,
  locale,
  slug,
}: {
  user: User | null
  locale: Locale
  slug: string
}): Promise<InLanguages<ResourceCentre, 'name' | 'place' | 'contact'> | null> {
  return documentBySlug({
    user,
    locale,
    collection: 'resource-centres',
    slug,
    populate: POPULATE,
    languagesOf: ['name', 'place', 'contact'],
  })
}
