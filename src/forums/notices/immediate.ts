import type { Payload, Where } from 'payload'

import { alreadySent, itemKey, tellMember } from '@/following/deliver'
import { relationIds } from '@/following/descriptor'
import { slugs } from '@collections/slugs'

import { composeForumNotice, FORUM_NOTICE_PURPOSE } from './mail'
import { noticesFor, readPosts, readThread, type ForumNotice, type ForumThread } from './readers'
import { FORUM_CATCH_UP_TASK, FORUM_NOTICES_QUEUE } from './tasks'

/** Never more than one immediate mail per thread per person in this time. */
export const FORUM_MAIL_WINDOW_MS = 10 * 60 * 1000

const postItem = (id: string) => ({ collection: slugs.posts, id })

/**
 * When this member last had an immediate mail about this thread, within the window: the newest
 * notices-sent record of a `forum-notice` mail about one of its posts (digests do not count).
 */
async function lastImmediateMail({
  payload,
  memberId,
  thread,
  now,
}: {
  payload: Payload
  memberId: string
  thread: ForumThread
  now: Date
}): Promise<Date | undefined> {
  const { docs } = await payload.find({
    collection: slugs.noticesSent,
    where: {
      and: [
        { member: { equals: memberId } },
        { itemCollection: { equals: slugs.posts } },
        {
          createdAt: { greater_than: new Date(now.getTime() - FORUM_MAIL_WINDOW_MS).toISOString() },
        },
      ],
    },
    select: { itemId: true, mailKey: true, createdAt: true },
    sort: '-createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const immediate = docs.filter((doc) => doc.mailKey?.startsWith(`${FORUM_NOTICE_PURPOSE}.`))
  if (immediate.length === 0) return undefined
  const { docs: posts } = await payload.find({
    collection: slugs.posts,
    where: {
      and: [
        { id: { in: immediate.map((doc) => doc.itemId) } },
        { discussion: { equals: thread.id } },
      ],
    },
    select: { discussion: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const inThread = new Set(posts.map((post) => String(post.id)))
  const newest = immediate.find((doc) => inThread.has(doc.itemId))
  return newest ? new Date(newest.createdAt) : undefined
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
  for (const [memberId, notices] of byMember) {
    const sent = await alreadySent({
      payload,
      memberId,
      items: notices.map((notice) => postItem(notice.post.id)),
    })
    const fresh = notices.filter((notice) => !sent.has(itemKey(postItem(notice.post.id))))
    if (fresh.length === 0) continue
    const last = await lastImmediateMail({ payload, memberId, thread, now })
    if (last) {
      await payload.jobs.queue({
        task: FORUM_CATCH_UP_TASK,
        input: { discussion: thread.id, member: memberId, since: fresh[0].post.createdAt },
        queue: FORUM_NOTICES_QUEUE,
        waitUntil: new Date(last.getTime() + FORUM_MAIL_WINDOW_MS),
      })
      outcome.deferred += 1
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
