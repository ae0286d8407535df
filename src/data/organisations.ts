import type { Organisation, User } from '@/payload-types'

import { cachedRead } from './cache'

export type DirectoryEntry = Pick<Organisation, 'id' | 'name' | 'acronym'>

/**
 * The organisations directory by name, as the reader may see it: what the join form offers to
 * choose from (the registration contract takes an entry's id). Only the name and acronym: the
 * form needs nothing else, and a cached entry carries nothing more.
 */
export async function listOrganisations({
  user,
}: {
  user: User | null
}): Promise<DirectoryEntry[]> {
  return cachedRead({ user, key: ['listOrganisations'] }, async (payload) => {
    const { docs } = await payload.find({
      collection: 'organisations',
      sort: 'name',
      limit: 0,
      pagination: false,
      depth: 0,
      select: { name: true, acronym: true },
      user,
      overrideAccess: false,
    })
    return docs.map(({ id, name, acronym }) => ({ id, name, acronym: acronym ?? null }))
  })
}
