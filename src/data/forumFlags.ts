import { moderatedDiscussions } from '@/access/forums'
import type { Person } from '@/access/roles'
import type { Discussion, Post, PostFlag, User } from '@/payload-types'

import { payloadClient } from './payload'
import { relationId, type Id } from '@/fields/relationId'

/** A post waiting for a moderator's decision on its flags, as the review page lists it. */
export type FlaggedPost = {
  id: number
  state: Post['state']
  excerpt: string
  author: string | null
  discussion: { id: number; title: string; slug: string | null }
  reasons: string[]
  firstFlaggedAt: string
}

const EXCERPT = 400

/**
 * The open flags in the discussions this person moderates (managers: all; a theme's moderators:
 * their themes' and the cross-theme ones, through the themes copied onto each flag), grouped by
 * post, oldest first. Read as the moderator (`overrideAccess: false`), so the flags, posts and
 * names are those they may read. Never cached: it is one person's queue.
 */
export async function listFlaggedPosts({ user }: { user: User }): Promise<FlaggedPost[]> {
  const moderated = moderatedDiscussions(user as unknown as Person)
  if (moderated === false) return []
  const payload = await payloadClient()
  const { docs: flags } = await payload.find({
    collection: 'post-flags',
    where: {
      and: [{ status: { equals: 'open' } }, ...(moderated === true ? [] : [moderated])],
    },
    sort: 'createdAt',
    limit: 500,
    depth: 0,
    user,
    overrideAccess: false,
  })
  if (flags.length === 0) return []
  const byPost = new Map<Id, PostFlag[]>()
  for (const flag of flags) {
    const postId = relationId(flag.post)
    byPost.set(postId, [...(byPost.get(postId) ?? []), flag])
  }
  const { docs: posts } = await payload.find({
    collection: 'posts',
    where: { id: { in: [...byPost.keys()] } },
    pagination: false,
    depth: 0,
    select: { text: true, state: true, author: true, discussion: true },
    user,
    overrideAccess: false,
  })
  const [discussions, authors] = await Promise.all([
    payload.find({
      collection: 'discussions',
      where: { id: { in: [...new Set(posts.map((post) => relationId(post.discussion)))] } },
      pagination: false,
      depth: 0,
      select: { title: true, slug: true },
      user,
      overrideAccess: false,
    }),
    payload.find({
      collection: 'users',
      where: {
        id: { in: [...new Set(posts.map((post) => relationId(post.author)).filter(Boolean))] },
      },
      pagination: false,
      depth: 0,
      select: { name: true },
      user,
      overrideAccess: false,
    }),
  ])
  const discussionOf = new Map<Id, Pick<Discussion, 'id' | 'title' | 'slug'>>(
    discussions.docs.map((doc) => [doc.id, doc as Pick<Discussion, 'id' | 'title' | 'slug'>]),
  )
  const nameOf = new Map<Id, string>(
    authors.docs.map((doc) => [doc.id, (doc as Pick<User, 'name'>).name]),
  )
  return posts
    .flatMap((post): FlaggedPost[] => {
      const discussion = discussionOf.get(relationId(post.discussion))
      const postFlags = byPost.get(post.id) ?? []
      if (!discussion || postFlags.length === 0) return []
      const text = post.text ?? ''
      return [
        {
          id: post.id,
          state: post.state,
          excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
          author: nameOf.get(relationId(post.author)) ?? null,
          discussion: { id: discussion.id, title: discussion.title, slug: discussion.slug ?? null },
          reasons: postFlags.map((flag) => flag.reason),
          firstFlaggedAt: postFlags[0].createdAt,
        },
      ]
    })
    .sort((a, b) => a.firstFlaggedAt.localeCompare(b.firstFlaggedAt))
}
