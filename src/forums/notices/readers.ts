import type { Payload, Where } from 'payload'

import { isForumMemberUser } from '@/access/forums'
import type { Person } from '@/access/roles'
import { recipientLocale } from '@/email/compose'
import { relationIds } from '@/following/descriptor'
import type { Locale } from '@/i18n/languages'
import { slugs } from '@collections/slugs'

import type { ForumMailSetting } from '../options'
import { levelsFor } from '../watching'

/** Why a member hears of a post; each has its own setting (`users.forumMail`). */
export type NoticeReason = 'mentions' | 'participating' | 'watching'

/** Discourse's defaults, for accounts stored before the setting existed. */
const DEFAULT_SETTING: Record<NoticeReason, ForumMailSetting> = {
  mentions: 'immediate',
  participating: 'immediate',
  watching: 'weekly',
}

export type ForumThread = {
  id: string
  title: string
  slug: string
  themes: string[]
  crossTheme: boolean
}

export type ForumPost = {
  id: string
  discussion: string
  author?: string
  authorName: string
  text: string
  mentions: string[]
  createdAt: string
}

export type ForumReader = { id: string; email: string; name?: string | null; locale: Locale }

/** One post one member is to hear of, why, and how (their setting for that reason). */
export type ForumNotice = {
  reader: ForumReader
  post: ForumPost
  reason: NoticeReason
  setting: ForumMailSetting
}

const common = { depth: 0, limit: 0, pagination: false as const, overrideAccess: true }

export async function readThread(payload: Payload, id: string): Promise<ForumThread | undefined> {
  const doc = await payload
    .findByID({
      collection: slugs.discussions,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { title: true, slug: true, themes: true, crossTheme: true },
    })
    .catch(() => null)
  if (!doc) return undefined
  return {
    id: String(doc.id),
    title: doc.title,
    slug: doc.slug ?? String(doc.id),
    themes: relationIds(doc.themes),
    crossTheme: Boolean(doc.crossTheme),
  }
}

/**
 * Visible posts (a post hidden or deleted before its mail went out tells nobody), with their
 * authors' names, oldest first.
 */
export async function readPosts(payload: Payload, where: Where): Promise<ForumPost[]> {
  const { docs } = await payload.find({
    collection: slugs.posts,
    where: { and: [where, { state: { equals: 'visible' } }] },
    select: { discussion: true, author: true, text: true, mentions: true, createdAt: true },
    sort: 'createdAt',
    ...common,
  })
  const authorIds = [...new Set(docs.flatMap((doc) => relationIds(doc.author)))]
  const authors = authorIds.length
    ? (
        await payload.find({
          collection: slugs.users,
          where: { id: { in: authorIds } },
          select: { name: true },
          ...common,
        })
      ).docs
    : []
  const names = new Map(authors.map((user) => [String(user.id), user.name ?? '']))
  return docs.map((doc) => {
    const [author] = relationIds(doc.author)
    return {
      id: String(doc.id),
      discussion: relationIds(doc.discussion)[0],
      author,
      authorName: (author && names.get(author)) || '—',
      text: doc.text ?? '',
      mentions: relationIds(doc.mentions),
      createdAt: String(doc.createdAt),
    }
  })
}

/**
 * Who hears of these posts of one thread, why and how:
 * - members watching the thread (or, without a level of their own for it, one of its forums),
 *   and members a post mentions: a mention counts once, even for a watcher;
 * - never the post's author, never anyone who cannot read the forums (pending, suspended,
 *   closed), never anyone who read the post on the site: their read state is at or after it, or
 *   they wrote a later post in the thread;
 * - never anyone who muted the thread (or its forum), not even when mentioned: as in Discourse,
 *   muting is the one way to be left alone by a thread.
 * The reason picks the member's setting: a mention, a thread they wrote in (participating), or
 * any other thread they watch.
 */
export async function noticesFor({
  payload,
  thread,
  posts,
}: {
  payload: Payload
  thread: ForumThread
  posts: ForumPost[]
}): Promise<ForumNotice[]> {
  if (posts.length === 0) return []
  const levels = await levelsFor({ payload, discussion: thread })
  const watchers = [...levels].filter(([, level]) => level === 'watching').map(([id]) => id)
  const candidates = new Set([...watchers, ...posts.flatMap((post) => post.mentions)])
  for (const [id, level] of levels) if (level === 'muted') candidates.delete(id)
  if (candidates.size === 0) return []

  const ids = [...candidates]
  const [users, reads, written] = await Promise.all([
    payload.find({
      collection: slugs.users,
      where: { id: { in: ids } },
      select: {
        email: true,
        name: true,
        preferredLanguage: true,
        forumMail: true,
        roles: true,
        membershipStatus: true,
      },
      ...common,
    }),
    payload.find({
      collection: slugs.readStates,
      where: { and: [{ discussion: { equals: thread.id } }, { member: { in: ids } }] },
      select: { member: true, lastReadAt: true },
      ...common,
    }),
    payload.find({
      collection: slugs.posts,
      where: { and: [{ discussion: { equals: thread.id } }, { author: { in: ids } }] },
      select: { author: true, createdAt: true },
      ...common,
    }),
  ])
  // Read up to its read state, or up to one's own latest post in it: who writes has read.
  const lastRead = new Map<string, number>()
  const readUpTo = (member: string | undefined, at: string) => {
    if (member) lastRead.set(member, Math.max(lastRead.get(member) ?? -Infinity, Date.parse(at)))
  }
  for (const doc of reads.docs) readUpTo(relationIds(doc.member)[0], doc.lastReadAt)
  for (const doc of written.docs) readUpTo(relationIds(doc.author)[0], doc.createdAt)
  const participants = new Set(written.docs.flatMap((doc) => relationIds(doc.author)))
  const isWatcher = new Set(watchers)

  const notices: ForumNotice[] = []
  for (const user of users.docs) {
    const id = String(user.id)
    if (!user.email || !isForumMemberUser(user as unknown as Person)) continue
    const reader: ForumReader = {
      id,
      email: user.email,
      name: user.name,
      locale: recipientLocale(user),
    }
    for (const post of posts) {
      if (post.author === id) continue
      if ((lastRead.get(id) ?? -Infinity) >= Date.parse(post.createdAt)) continue
      const reason: NoticeReason | undefined = post.mentions.includes(id)
        ? 'mentions'
        : !isWatcher.has(id)
          ? undefined
          : participants.has(id)
            ? 'participating'
            : 'watching'
      if (!reason) continue
      const setting = (user.forumMail?.[reason] ?? DEFAULT_SETTING[reason]) as ForumMailSetting
      notices.push({ reader, post, reason, setting })
    }
  }
  return notices
}
