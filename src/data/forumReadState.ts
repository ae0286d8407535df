import type { Payload } from 'payload'

import { isForumMemberUser } from '@/access/forums'
import type { Discussion, Post, User } from '@/payload-types'

import { payloadClient } from './payload'

/**
 * How far a member has read each thread: one row per member and discussion (unique), moved
 * forward as they read. The thread page's "jump to first unread" and the forum home's unread
 * counts (`unreadCounts` in ./forums.ts) come from it.
 */

export async function ownReadState({
  payload,
  user,
  discussion,
}: {
  payload: Payload
  user: User
  discussion: Pick<Discussion, 'id'>
}) {
  const { docs } = await payload.find({
    collection: 'read-states',
    where: { discussion: { equals: discussion.id } },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { lastReadAt: true },
    user,
    overrideAccess: false,
  })
  return (docs[0] as ReadState | undefined) ?? null
}

export type ReadState = { id: number | string; lastReadAt: string }

/** The first post written after the last one the reader saw (none if all read or never opened). */
export async function firstUnreadPost({
  payload,
  user,
  discussion,
  readState,
}: {
  payload: Payload
  user: User
  discussion: Pick<Discussion, 'id'>
  readState: { lastReadAt: string } | null
}): Promise<string | undefined> {
  if (!readState) return undefined
  const { docs } = await payload.find({
    collection: 'posts',
    where: {
      and: [
        { discussion: { equals: discussion.id } },
        { createdAt: { greater_than: readState.lastReadAt } },
      ],
    },
    sort: 'createdAt',
    depth: 0,
    limit: 1,
    select: { createdAt: true },
    user,
    overrideAccess: false,
  })
  return docs[0] ? String(docs[0].id) : undefined
}

/**
 * Records that the member has seen a thread up to the last post of the page they viewed. It only
 * moves forward (reading page 1 again does not make page 3 unread), and it copes with two tabs
 * writing at once: the member+discussion index is unique, so a create that loses the race is
 * followed by an update of the row the other one made.
 */
export async function markRead({
  user,
  discussion,
  lastPost,
  readState,
}: {
  user: User
  discussion: Pick<Discussion, 'id'>
  lastPost: Pick<Post, 'id' | 'createdAt'> | undefined
  /** The read state the page already read (null: none yet); looked up when not given. */
  readState?: ReadState | null
}): Promise<void> {
  if (!lastPost || !isForumMemberUser(user)) return
  const payload = await payloadClient()
  const data = { lastReadPost: lastPost.id, lastReadAt: lastPost.createdAt }
  let known = readState
  const advance = async () => {
    const existing = known !== undefined ? known : await ownReadState({ payload, user, discussion })
    known = undefined // a retry after a lost race reads again
    if (!existing) return false
    if (new Date(existing.lastReadAt).getTime() < new Date(lastPost.createdAt).getTime()) {
      await payload.update({
        collection: 'read-states',
        id: existing.id,
        data,
        user,
        overrideAccess: false,
      })
    }
    return true
  }
  if (await advance()) return
  try {
    await payload.create({
      collection: 'read-states',
      data: { ...data, discussion: discussion.id, member: user.id },
      user,
      overrideAccess: false,
    })
  } catch {
    await advance()
  }
}
