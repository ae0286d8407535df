import type { Where } from 'payload'

import { PROFILE_FIELDS, type ProfileField } from '@collections/Organisations/profile'
import type { Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'

import type { SubmissionItem } from './submissions'
import { payloadClient } from './payload'

/** One field a proposed profile would change, as shown: from the current value to the new. */
export type ProfileChange = { field: ProfileField; from: string; to: string }

/** An organisation's profile as the profile form shows it (the country by id). */
export type OrganisationProfile = {
  id: number
  name: string
  acronym: string | null
  country: number | null
  website: string | null
}

type Named = { id: number; name?: string | null }
type Profile = Partial<Record<ProfileField, unknown>>
type Doc = Profile & {
  id: number
  organisation?: (Profile & { id: number }) | number | null
  submissionStatus?: SubmissionItem['status'] | null
  rejectionReason?: string | null
  createdAt: string
  submittedBy?: Named | number | null
}

const shown = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? String((value as Named).name ?? '')
    : String(value ?? '')

/**
 * Proposed organisation profiles as the account pages list them, through the collection's read
 * rule (a manager: all; anyone else: their own). Never cached: each list is one person's.
 */
export async function findProfileProposals({
  user,
  locale,
  where,
}: {
  user: User
  locale: Locale
  where: Where
}): Promise<SubmissionItem[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'organisation-proposals',
    where,
    sort: 'createdAt',
    locale,
    fallbackLocale: 'en',
    depth: 2,
    limit: 200,
    populate: { users: { name: true }, countries: { name: true } },
    user,
    overrideAccess: false,
  })
  return (docs as unknown as Doc[]).map((doc): SubmissionItem => {
    const current: Profile = typeof doc.organisation === 'object' ? (doc.organisation ?? {}) : {}
    const changes = PROFILE_FIELDS.map((field) => ({
      field,
      from: shown(current[field]),
      to: shown(doc[field]),
    })).filter(({ from, to }) => from !== to)
    return {
      collection: 'organisation-proposals',
      id: doc.id,
      title: shown(current.name) || shown(doc.name),
      summary: '',
      status: doc.submissionStatus ?? 'submitted',
      reason: doc.rejectionReason ?? null,
      createdAt: doc.createdAt,
      submitter: typeof doc.submittedBy === 'object' ? (doc.submittedBy?.name ?? null) : null,
      changes,
    }
  })
}

/**
 * The directory entry this person's organisation is, once a manager confirmed it, as the
 * profile form prefills it; null when they have none (the form then says why it is not offered).
 */
export async function readOwnOrganisation({
  user,
}: {
  user: User
}): Promise<OrganisationProfile | null> {
  if (!user.affiliationConfirmed || !user.organisationEntry) return null
  const id =
    typeof user.organisationEntry === 'object' ? user.organisationEntry.id : user.organisationEntry
  const payload = await payloadClient()
  const entry = await payload.findByID({
    collection: 'organisations',
    id,
    depth: 0,
    disableErrors: true,
    user,
    overrideAccess: false,
  })
  if (!entry) return null
  return {
    id: entry.id,
    name: entry.name,
    acronym: entry.acronym ?? null,
    country:
      typeof entry.country === 'object' ? (entry.country?.id ?? null) : (entry.country ?? null),
    website: entry.website ?? null,
  }
}
