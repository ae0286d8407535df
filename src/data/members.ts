import type { Where } from 'payload'

import type { Locale } from '@/i18n/languages'
import type { Invitation, User } from '@/payload-types'

import { payloadClient } from './payload'

/**
 * The managers' pages read people and invitations here, as the signed-in manager with
 * `overrideAccess: false`: the users and invitations rules decide, so anyone else gets nothing
 * (a 403 from Payload, which the pages never reach: they check the role first). Never cached:
 * personal data, and a decision must show at once.
 */

const APPLICANT_SELECT = {
  name: true,
  email: true,
  organisation: true,
  organisationEntry: true,
  memberGroup: true,
  country: true,
  statement: true,
  createdAt: true,
} as const

/** Applicants who confirmed their address and wait for a decision, oldest first. */
export async function listApplicants({
  user,
  locale,
}: {
  user: User
  locale: Locale
}): Promise<User[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ membershipStatus: { equals: 'pending' } }, { _verified: { equals: true } }] },
    sort: 'createdAt',
    limit: 100,
    depth: 1,
    locale,
    fallbackLocale: 'en',
    select: APPLICANT_SELECT,
    populate: { countries: { name: true }, organisations: { name: true } },
    user,
    overrideAccess: false,
  })
  return docs as User[]
}

export const MEMBERS_PER_PAGE = 50

/** People who are past the application (approved, suspended, rejected), found by name or address. */
export async function listMembers({ user, query }: { user: User; query?: string }) {
  const payload = await payloadClient()
  const words = (query ?? '').trim().slice(0, 100)
  const decided: Where = { membershipStatus: { not_equals: 'pending' } }
  const where: Where = words
    ? { and: [decided, { or: [{ name: { like: words } }, { email: { like: words } }] }] }
    : decided
  const { docs, totalDocs } = await payload.find({
    collection: 'users',
    where,
    sort: 'name',
    limit: MEMBERS_PER_PAGE,
    depth: 0,
    select: {
      name: true,
      email: true,
      organisation: true,
      roles: true,
      membershipStatus: true,
      moderatedThemes: true,
      maySubmit: true,
    },
    user,
    overrideAccess: false,
  })
  return { members: docs as User[], totalDocs }
}

/** The invitations sent, newest first (an expired one reads as expired). */
export async function listInvitations({ user }: { user: User }): Promise<Invitation[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'invitations',
    sort: '-createdAt',
    limit: 200,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return docs
}
