import { isApprovedMemberUser } from '@/access/roles'
import { directoryWhere, type DirectoryFilters } from '@/people/directory'
import type { User } from '@/payload-types'

import { payloadClient } from './payload'

export const DIRECTORY_PER_PAGE = 24

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
export async function listDirectory({
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
    limit: DIRECTORY_PER_PAGE,
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
