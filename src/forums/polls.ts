import type { Payload } from 'payload'

import type { Person } from '@/access/roles'
import type { Discussion } from '@/payload-types'

export type PollResults = {
  totalVoters: number
  counts: { id: string; label: string; votes: number }[]
  closed: boolean
}

export const pollIsClosed = (poll: Discussion['poll'], now = new Date()): boolean =>
  Boolean(poll?.closesAt && new Date(poll.closesAt).getTime() <= now.getTime())

/** The member's own vote (option ids), or an empty list. */
export async function ownVote({
  payload,
  discussion,
  user,
}: {
  payload: Payload
  discussion: Pick<Discussion, 'id'>
  user: Person | null
}): Promise<string[]> {
  if (!user) return []
  const { docs } = await payload.find({
    collection: 'poll-votes',
    where: { discussion: { equals: discussion.id } },
    depth: 0,
    limit: 1,
    user,
    overrideAccess: false,
  })
  return (docs[0]?.choices as string[] | undefined) ?? []
}

/**
 * A poll's counts, shown to members who voted, or to every member once the poll has closed
 * (so an early count cannot sway those still to vote). `null` while this reader may not see
 * them. Votes are each member's own rows, so the count reads them with authority and returns
 * only numbers, never who voted what.
 */
export async function pollResults({
  payload,
  discussion,
  user,
  now = new Date(),
}: {
  payload: Payload
  discussion: Pick<Discussion, 'id' | 'poll'>
  user: Person | null
  now?: Date
}): Promise<PollResults | null> {
  const options = discussion.poll?.options ?? []
  if (!discussion.poll?.question || options.length === 0 || !user) return null
  const closed = pollIsClosed(discussion.poll, now)
  if (!closed && (await ownVote({ payload, discussion, user })).length === 0) return null
  const { docs } = await payload.find({
    collection: 'poll-votes',
    where: { discussion: { equals: discussion.id } },
    select: { choices: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const counts = options.map((option) => ({
    id: String(option.id),
    label: option.label,
    votes: docs.filter((vote) => (vote.choices ?? []).includes(String(option.id))).length,
  }))
  return { totalVoters: docs.length, counts, closed }
}
