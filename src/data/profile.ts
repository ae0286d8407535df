import { isManagerUser } from '@/access/roles'
import type { User } from '@/payload-types'

import { payloadClient } from './payload'

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
