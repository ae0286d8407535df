import type { Payload } from 'payload'

import { alreadySent, itemKey } from '@/following/deliver'
import type { DigestCadence } from '@/following/settings'
import { slugs } from '@collections/slugs'

import { noticesFor, readPosts, readThread, type ForumPost, type ForumReader } from './readers'
import type { ForumThread } from './readers'

/** One member's part of a digest: the threads with posts for them, oldest post first. */
export type ForumDigestPart = {
  reader: ForumReader
  threads: { thread: ForumThread; posts: ForumPost[] }[]
}

export const forumPostItem = (post: Pick<ForumPost, 'id'>) => ({
  collection: slugs.posts,
  id: post.id,
})

/**
 * The forum posts of [since, until) each member is to read in this cadence's digest: those whose
 * reason (mention, participating, watching) has this setting, by the same rules as immediate
 * mail (never the author, never unread-able, never read already, never muted). Keyed by member.
 */
export async function collectForumDigest({
  payload,
  cadence,
  since,
  until,
}: {
  payload: Payload
  cadence: DigestCadence
  since: Date
  until: Date
}): Promise<Map<string, ForumDigestPart>> {
  const parts = new Map<string, ForumDigestPart>()
  const posts = await readPosts(payload, {
    and: [
      { createdAt: { greater_than_equal: since.toISOString() } },
      { createdAt: { less_than: until.toISOString() } },
    ],
  })
  const byThread = new Map<string, ForumPost[]>()
  for (const post of posts) {
    byThread.set(post.discussion, [...(byThread.get(post.discussion) ?? []), post])
  }
  for (const [threadId, threadPosts] of byThread) {
    const thread = await readThread(payload, threadId)
    if (!thread) continue
    const notices = await noticesFor({ payload, thread, posts: threadPosts })
    for (const notice of notices) {
      if (notice.setting !== cadence) continue
      const part = parts.get(notice.reader.id) ?? { reader: notice.reader, threads: [] }
      parts.set(notice.reader.id, part)
      let entry = part.threads.find((each) => each.thread.id === thread.id)
      if (!entry) {
        entry = { thread, posts: [] }
        part.threads.push(entry)
      }
      if (!entry.posts.includes(notice.post)) entry.posts.push(notice.post)
    }
  }
  return parts
}

/** A member's part without the posts an earlier mail told them of (none left: undefined). */
export async function untoldPart({
  payload,
  part,
}: {
  payload: Payload
  part: ForumDigestPart | undefined
}): Promise<ForumDigestPart | undefined> {
  if (!part) return undefined
  const all = part.threads.flatMap((entry) => entry.posts.map(forumPostItem))
  const sent = await alreadySent({ payload, memberId: part.reader.id, items: all })
  const threads = part.threads
    .map((entry) => ({
      thread: entry.thread,
      posts: entry.posts.filter((post) => !sent.has(itemKey(forumPostItem(post)))),
    }))
    .filter((entry) => entry.posts.length > 0)
  return threads.length ? { reader: part.reader, threads } : undefined
}
