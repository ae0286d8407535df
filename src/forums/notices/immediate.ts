import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type Where,
} from 'payload'

import { tellMember } from '@/following/deliver'
import { relationIds } from '@/following/descriptor'
import { slugs } from '@collections/slugs'

import { composeForumNotice, FORUM_NOTICE_PURPOSE } from './mail'
import { noticesFor, readPosts, readThread, type ForumNotice, type ForumThread } from './readers'
import { FORUM_CATCH_UP_TASK, FORUM_NOTICES_QUEUE } from './tasks'

/** Never more than one immediate mail per thread per person in this time. */
export const FORUM_MAIL_WINDOW_MS = 10 * 60 * 1000

const postItem = (id: string) => ({ collection: slugs.posts, id })

/**
 * What notices-sent says of these members and this thread, in two queries whatever their
 * number: which of these posts each was already told of, and when each last had an immediate
 * mail about the thread within the window (the newest record of a `forum-notice` mail about one
 * of its posts; digests do not count).
 */
async function toldSoFar({
  payload,
  memberIds,
  postIds,
  thread,
  now,
}: {
  payload: Payload
  memberIds: string[]
  postIds: string[]
  thread: ForumThread
  now: Date
}): Promise<{ sent: Set<string>; lastMail: Map<string, Date> }> {
  const common = { depth: 0, limit: 0, pagination: false as const, overrideAccess: true }
  const byMember = { member: { in: memberIds } }
  const ofPosts = { itemCollection: { equals: slugs.posts } }
  const since = new Date(now.getTime() - FORUM_MAIL_WINDOW_MS).toISOString()
  const [told, recent] = await Promise.all([
    payload.find({
      collection: slugs.noticesSent,
      where: { and: [byMember, ofPosts, { itemId: { in: postIds } }] },
      select: { member: true, itemId: true },
      ...common,
    }),
    payload.find({
      collection: slugs.noticesSent,
      where: { and: [byMember, ofPosts, { createdAt: { greater_than: since } }] },
      select: { member: true, itemId: true, mailKey: true, createdAt: true },
      sort: '-createdAt',
      ...common,
    }),
  ])
  const sent = new Set(told.docs.map((doc) => `${relationIds(doc.member)[0]}:${doc.itemId}`))
  const immediate = recent.docs.filter((doc) => doc.mailKey?.startsWith(`${FORUM_NOTICE_PURPOSE}.`))
  const lastMail = new Map<string, Date>()
  if (immediate.length === 0) return { sent, lastMail }
  const { docs: inThread } = await payload.find({
    collection: slugs.posts,
    where: {
      and: [
        { id: { in: [...new Set(immediate.map((doc) => doc.itemId))] } },
        { discussion: { equals: thread.id } },
      ],
    },
    select: { discussion: true },
    ...common,
  })
  const ids = new Set(inThread.map((post) => String(post.id)))
  for (const doc of immediate) {
    const member = relationIds(doc.member)[0]
    if (ids.has(doc.itemId) && !lastMail.has(member)) lastMail.set(member, new Date(doc.createdAt))
  }
  return { sent, lastMail }
}

/**
 * Queues the catch-up of one member's window on one thread, once: a notices-sent marker
 * (`forum-catch-up`, thread and window end) is stored with the job in one transaction, so the
 * tenth post of a busy window finds the marker and queues nothing more.
 */
async function queueCatchUpOnce({
  payload,
  memberId,
  thread,
  since,
  windowEnd,
}: {
  payload: Payload
  memberId: string
  thread: ForumThread
  since: string
  windowEnd: Date
}): Promise<boolean> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await payload.db.create({
      collection: slugs.noticesSent,
      data: {
        member: memberId,
        itemCollection: 'forum-catch-up',
        itemId: `${thread.id}@${windowEnd.getTime()}`,
      },
      req,
      returning: false,
    })
    await payload.jobs.queue({
      task: FORUM_CATCH_UP_TASK,
      input: { discussion: thread.id, member: memberId, since },
      queue: FORUM_NOTICES_QUEUE,
      waitUntil: windowEnd,
      req,
    })
    await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    if (/unique|E11000|duplicate key/i.test(String(error))) return false
    throw error
  }
}

/**
 * Immediate mail about one thread, from the post at `since` on: each member whose setting for
 * their reason is `immediate` gets ONE mail with every such post they were not yet told about.
 * A member mailed about this thread in the last 10 minutes gets nothing now: a catch-up job is
 * queued for the end of their window, which sends what is still unread and untold then, in one
 * mail (so a busy thread mails a person at most every 10 minutes, and no post is lost).
 */
export async function mailThread({
  payload,
  threadId,
  since,
  onlyMember,
  now = new Date(),
}: {
  payload: Payload
  threadId: string
  since: string
  onlyMember?: string
  now?: Date
}): Promise<{ mailed: number; deferred: number }> {
  const outcome = { mailed: 0, deferred: 0 }
  const thread = await readThread(payload, threadId)
  if (!thread) return outcome
  const where: Where = {
    and: [{ discussion: { equals: thread.id } }, { createdAt: { greater_than_equal: since } }],
  }
  const posts = await readPosts(payload, where)
  const byMember = new Map<string, ForumNotice[]>()
  for (const notice of await noticesFor({ payload, thread, posts })) {
    if (notice.setting !== 'immediate') continue
    if (onlyMember && notice.reader.id !== onlyMember) continue
    byMember.set(notice.reader.id, [...(byMember.get(notice.reader.id) ?? []), notice])
  }
  if (byMember.size === 0) return outcome
  const { sent, lastMail } = await toldSoFar({
    payload,
    memberIds: [...byMember.keys()],
    postIds: posts.map((post) => post.id),
    thread,
    now,
  })
  for (const [memberId, notices] of byMember) {
    const fresh = notices.filter((notice) => !sent.has(`${memberId}:${notice.post.id}`))
    if (fresh.length === 0) continue
    const last = lastMail.get(memberId)
    if (last) {
      const windowEnd = new Date(last.getTime() + FORUM_MAIL_WINDOW_MS)
      const since = fresh[0].post.createdAt
      if (await queueCatchUpOnce({ payload, memberId, thread, since, windowEnd })) {
        outcome.deferred += 1
      }
      continue
    }
    const message = composeForumNotice({
      payload,
      reader: fresh[0].reader,
      thread,
      posts: fresh.map((notice) => notice.post),
      reason: fresh.some((notice) => notice.reason === 'mentions') ? 'mentions' : fresh[0].reason,
    })
    const told = await tellMember({
      payload,
      memberId,
      items: fresh.map((notice) => postItem(notice.post.id)),
      message,
    })
    if (told) outcome.mailed += 1
  }
  return outcome
}

/** The job of one stored post: its thread's immediate mail, from this post on. */
export async function noticeForumPost({
  payload,
  postId,
  now,
}: {
  payload: Payload
  postId: string
  now?: Date
}) {
  const post = await payload
    .findByID({
      collection: slugs.posts,
      id: postId,
      select: { discussion: true, createdAt: true },
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  if (!post) return { mailed: 0, deferred: 0 }
  const [threadId] = relationIds(post.discussion)
  return mailThread({ payload, threadId, since: post.createdAt, now })
}
