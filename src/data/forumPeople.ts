import type { User } from '@/payload-types'

import { MEMBER_CARD_SELECT, type MemberCard } from './directory'
import { payloadClient } from './payload'

export type ForumPerson = Pick<
  MemberCard,
  'id' | 'name' | 'organisation' | 'memberGroup' | 'affiliationConfirmed'
> & { handle?: string | null }

/**
 * The authors a forum page shows, each once, read as the reader: the field rules leave out a
 * group or organisation the person chose not to show, so the badge shows only what they share.
 */
export async function forumPeople({
  user,
  ids,
}: {
  user: User | null
  ids: (string | undefined)[]
}): Promise<Map<string, ForumPerson>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  if (!user || wanted.length === 0) return new Map()
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    depth: 0,
    limit: wanted.length,
    pagination: false,
    select: { ...MEMBER_CARD_SELECT, handle: true },
    user,
    overrideAccess: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc as ForumPerson]))
}
