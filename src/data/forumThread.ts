import type { Payload, Where } from 'payload'
import { cache } from 'react'

import { isForumMemberUser, moderatesDiscussion } from '@/access/forums'
import { relationKey } from '@/fields/relationId'
import type { Person } from '@/access/roles'
import { ownVote, pollResults, type PollResults } from '@/forums/polls'
import type { Locale } from '@/i18n/languages'
import type { Discussion, Post, User } from '@/payload-types'

import { forumPeople, type ForumPerson } from './forumPeople'
import { firstUnreadPost, ownReadState } from './forumReadState'
import { payloadClient } from './payload'

export const POSTS_PER_PAGE = 20
const EXCERPT_CHARACTERS = 200

const DISCUSSION_POPULATE = {
  themes: { title: true, slug: true },
  users: { name: true },
  discussions: { slug: true },
  posts: { createdAt: true },
} as const

/**
 * A discussion by its address, as the reader may read it; null when unknown or not theirs. Once
 * per request (React's `cache()`, keyed on the same user object `currentVisitor` gives the page
 * and its `generateMetadata`).
 */
const discussionBySlug = cache(
  async (user: User | null, locale: Locale, slug: string): Promise<Discussion | null> => {
    if (!isForumMemberUser(user)) return null
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'discussions',
      where: { slug: { equals: slug } },
      locale,
      fallbackLocale: 'en',
      depth: 1,
      // Populated only for what the thread page shows: theme links, the facilitator's name, a
      // merged duplicate's target. The posts and people it points at stay ids (their documents,
      // bodies and profiles, cost more to read than the rest of the page's data).
      populate: DISCUSSION_POPULATE,
      limit: 1,
      pagination: false,
      user,
      overrideAccess: false,
    })
    return docs[0] ?? null
  },
)

export const getDiscussion = ({
  user,
  locale,
  slug,
}: {
  user: User | null
  locale: Locale
  slug: string
}) => discussionBySlug(user, locale, slug)

/** What a post shows: its text unless hidden or deleted, the badge of its author, the quote. */
export type ThreadPost = Post & {
  authorCard?: ForumPerson
  /** The post it replies to, as a quote: author and a short excerpt (null when not shown). */
  quoted?: { id: string; author?: ForumPerson; excerpt: string | null }
  /** The files attached to it, as this reader may open them (none when the body is not shown). */
  files: ThreadFile[]
  /** Whether this reader may see the body (visible, or a moderator / the author of a hidden one). */
  isBodyShown: boolean
  isOwn: boolean
  isHelpfulByViewer: boolean
}

/** A file attached to a post: its name, size and kind, and where members download it. */
export type ThreadFile = { name: string; url: string; bytes: number; mimeType: string }

/** Which page of the thread holds a post (`?post=` deep links), or undefined if not in it. */
export async function pageOfPost({
  payload,
  user,
  discussion,
  postId,
}: {
  payload: Payload
  user: User
  discussion: Pick<Discussion, 'id'>
  postId: string
}): Promise<number | undefined> {
  const post = await payload
    .findByID({
      collection: 'posts',
      id: postId,
      depth: 0,
      select: { discussion: true, createdAt: true },
      user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!post || relationKey(post.discussion) !== String(discussion.id)) return undefined
  const { totalDocs } = await payload.count({
    collection: 'posts',
    where: {
      and: [
        { discussion: { equals: discussion.id } },
        { createdAt: { less_than: post.createdAt } },
      ],
    },
    user,
    overrideAccess: false,
  })
  return Math.floor(totalDocs / POSTS_PER_PAGE) + 1
}

const POST_SELECT = {
  discussion: true,
  body: true,
  text: true,
  author: true,
  replyTo: true,
  state: true,
  editedAt: true,
  attachments: true,
  moderation: { reason: true },
  createdAt: true,
} as const

const isShownTo = (post: Post, user: User, moderates: boolean) =>
  post.state === 'visible' ||
  (post.state !== 'deleted' && (moderates || relationKey(post.author) === String(user.id)))

const excerptOf = (text: string | null | undefined) => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim()
  return flat.length > EXCERPT_CHARACTERS ? `${flat.slice(0, EXCERPT_CHARACTERS)}…` : flat
}

/**
 * One page of a thread for a member: its posts in the order they were written, each with its
 * author's badge, the post it replies to quoted, the reader's own "helpful" marks; the poll
 * (results once the reader voted, or to all when closed); and where the reader's first unread
 * post is. `page` may come from `?post=` (see `pageOfPost`).
 */
export async function threadPage({
  user,
  discussion,
  page,
}: {
  user: User
  discussion: Discussion
  page: number
}) {
  const payload = await payloadClient()
  const moderates = moderatesDiscussion(user as Person, discussion)
  const inThread: Where = { discussion: { equals: discussion.id } }
  const [listing, readState, vote, results] = await Promise.all([
    payload.find({
      collection: 'posts',
      where: inThread,
      sort: 'createdAt',
      depth: 0,
      // What a post shows; not its edit history nor its mentions (the largest columns). State,
      // author and discussion are what the body's read rule (`postWordsReadable`) decides by.
      select: POST_SELECT,
      limit: POSTS_PER_PAGE,
      page,
      user,
      overrideAccess: false,
    }),
    ownReadState({ payload, user, discussion }),
    ownVote({ payload, discussion, user: user as Person }),
    pollResults({ payload, discussion, user: user as Person }),
  ])
  // Typed as whole posts for the components; the fields left out (history, mentions) are unused.
  const posts = listing.docs as Post[]
  const onPage = new Map(posts.map((post) => [String(post.id), post]))
  const missing = [
    ...new Set(
      posts.map((post) => relationKey(post.replyTo)).filter((id) => id && !onPage.has(id)),
    ),
  ] as string[]
  const [earlier, reactions] = await Promise.all([
    missing.length
      ? payload.find({
          collection: 'posts',
          where: { id: { in: missing } },
          depth: 0,
          limit: missing.length,
          select: { author: true, text: true, state: true, discussion: true },
          user,
          overrideAccess: false,
        })
      : { docs: [] as Post[] },
    // Every member's "helpful" on this page's posts: reactions are each member's own rows, so
    // they are read with authority, and only counts and the reader's own marks leave here
    // (never who found what helpful).
    posts.length
      ? payload.find({
          collection: 'post-reactions',
          where: {
            and: [{ post: { in: posts.map((post) => post.id) } }, { kind: { equals: 'helpful' } }],
          },
          depth: 0,
          pagination: false,
          select: { post: true, member: true },
          overrideAccess: true,
        })
      : { docs: [] },
  ])
  const replied = new Map<string, Post>([
    ...onPage,
    ...earlier.docs.map((post) => [String(post.id), post as Post] as const),
  ])
  const attachmentIds = [
    ...new Set(
      posts.flatMap((post) =>
        isShownTo(post, user, moderates)
          ? (post.attachments ?? []).map((file) => relationKey(file)!)
          : [],
      ),
    ),
  ]
  const attachedFiles = attachmentIds.length
    ? await payload.find({
        collection: 'forum-files',
        where: { id: { in: attachmentIds } },
        depth: 0,
        pagination: false,
        select: { filename: true, filesize: true, mimeType: true, url: true },
        user,
        overrideAccess: false,
      })
    : { docs: [] }
  const files = new Map(
    attachedFiles.docs.map((file) => [
      String(file.id),
      {
        name: file.filename ?? '',
        url: file.url ?? '',
        bytes: file.filesize ?? 0,
        mimeType: file.mimeType ?? '',
      },
    ]),
  )
  const people = await forumPeople({
    user,
    ids: [
      ...posts.map((post) => relationKey(post.author)),
      ...[...replied.values()].map((post) => relationKey(post.author)),
    ],
  })
  const helpfulCounts = new Map<string, number>()
  const helpfulToViewer = new Set<string>()
  for (const reaction of reactions.docs) {
    const post = relationKey(reaction.post)!
    helpfulCounts.set(post, (helpfulCounts.get(post) ?? 0) + 1)
    if (relationKey(reaction.member) === String(user.id)) helpfulToViewer.add(post)
  }
  const threadPosts: ThreadPost[] = posts.map((post) => {
    const replyTo = replied.get(relationKey(post.replyTo) ?? '')
    const isBodyShown = isShownTo(post, user, moderates)
    return {
      ...post,
      // A hidden or deleted post's text never reaches the page of someone who may not see it.
      body: isBodyShown ? post.body : ({ root: { children: [] } } as unknown as Post['body']),
      text: isBodyShown ? post.text : null,
      authorCard: people.get(relationKey(post.author) ?? ''),
      quoted: replyTo
        ? {
            id: String(replyTo.id),
            author: people.get(relationKey(replyTo.author) ?? ''),
            excerpt: isShownTo(replyTo, user, moderates) ? excerptOf(replyTo.text) : null,
          }
        : undefined,
      isBodyShown,
      files: isBodyShown
        ? (post.attachments ?? []).flatMap((file) => files.get(relationKey(file)!) ?? [])
        : [],
      isOwn: relationKey(post.author) === String(user.id),
      helpfulCount: helpfulCounts.get(String(post.id)) ?? 0,
      isHelpfulByViewer: helpfulToViewer.has(String(post.id)),
    }
  })
  return {
    posts: threadPosts,
    page: listing.page ?? page,
    totalPages: Math.max(1, listing.totalPages),
    totalPosts: listing.totalDocs,
    moderates,
    firstUnread: await firstUnreadPost({ payload, user, discussion, readState }),
    /** The reader's read state as this page found it (`markRead` moves it on). */
    readState,
    vote,
    results,
  }
}

export type ThreadPage = Awaited<ReturnType<typeof threadPage>>

export type { PollResults }
