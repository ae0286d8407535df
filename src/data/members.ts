import { isApprovedMemberUser, isManagerUser } from '@/access/roles'
import { directoryWhere, type DirectoryFilters } from '@/people/directory'
import type { User } from '@/payload-types'

import { payloadClient } from './payload'

export const MEMBERS_PER_PAGE = 24

/** What a directory entry or a badge needs of a person; the field rules decide what arrives. */
export const MEMBER_CARD_SELECT = {
  name: true,
  organisation: true,
  memberGroup: true,
  affiliationConfirmed: true,
  country: true,
  themesOfInterest: true,
  // The field rules read the opt-ins: without them, nothing optional is shown.
  directory: true,
} as const

export type MemberCard = Pick<
  User,
  | 'id'
  | 'name'
  | 'organisation'
  | 'memberGroup'
  | 'affiliationConfirmed'
  | 'country'
  | 'themesOfInterest'
>

/**
 * One page of the member directory, for approved members only (null for anyone else). Who is
 * listed and what the filters match is one query with the opt-ins in every condition
 * (`directoryWhere`; members may not query the private fields themselves); what each entry shows
 * is then read as the reader, so the field rules hide what a member did not opt to show.
 */
export async function listMembers({
  user,
  filters,
  page,
}: {
  user: User | null
  filters: DirectoryFilters
  page: number
}) {
  if (!isApprovedMemberUser(user)) return null
  const payload = await payloadClient()
  const listed = await payload.find({
    collection: 'users',
    where: directoryWhere(filters),
    sort: 'name',
    limit: MEMBERS_PER_PAGE,
    page,
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  const ids = listed.docs.map((doc) => doc.id)
  const { docs } = ids.length
    ? await payload.find({
        collection: 'users',
        where: { id: { in: ids } },
        sort: 'name',
        limit: ids.length,
        depth: 0,
        select: MEMBER_CARD_SELECT,
        user,
        overrideAccess: false,
      })
    : { docs: [] }
  return {
    members: docs as MemberCard[],
    page: listed.page ?? page,
    totalPages: listed.totalPages,
    totalDocs: listed.totalDocs,
  }
}

/** The signed-in person's own profile, everything they may read of it (all of it). */
export async function ownProfile({ user }: { user: User }): Promise<User> {
  const payload = await payloadClient()
  return payload.findByID({
    collection: 'users',
    id: user.id,
    depth: 0,
    user,
    overrideAccess: false,
  })
}

/**
 * Members waiting for a manager to confirm a change of organisation, oldest first. Only managers
 * may read the proposals (a field of the person and managers): anyone else gets none.
 */
export async function organisationProposals({ user }: { user: User }) {
  if (!isManagerUser(user)) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'users',
    where: { 'proposedOrganisation.proposedAt': { exists: true } },
    sort: 'proposedOrganisation.proposedAt',
    limit: 100,
    depth: 0,
    select: { name: true, organisation: true, memberGroup: true, proposedOrganisation: true },
    user,
    overrideAccess: false,
  })
  return docs.filter((doc) => doc.proposedOrganisation?.name || doc.proposedOrganisation?.entry)
}
