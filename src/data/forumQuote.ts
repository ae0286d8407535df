import { isForumMemberUser } from '@/access/forums'
import { quoteAsPlain } from '@/forums/plainToLexical'
import type { Discussion, User } from '@/payload-types'

import { forumPeople } from './forumPeople'
import { payloadClient } from './payload'

/**
 * The reply box's text when a member asked to quote a post without JavaScript (`?quote=`): the
 * post's text as `> ` lines under its author's name. Only a visible post of this discussion.
 */
export async function quoteFor({
  user,
  discussion,
  postId,
}: {
  user: User
  discussion: Pick<Discussion, 'id'>
  postId: string
}): Promise<{ text: string; postId: string } | undefined> {
  if (!isForumMemberUser(user)) return undefined
  const payload = await payloadClient()
  const post = await payload
    .findByID({
      collection: 'posts',
      id: postId,
      depth: 0,
      select: { discussion: true, author: true, text: true, state: true },
      user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  const discussionId =
    typeof post?.discussion === 'object' ? post?.discussion?.id : post?.discussion
  if (!post || String(discussionId) !== String(discussion.id) || post.state !== 'visible') {
    return undefined
  }
  const authorId = typeof post.author === 'object' ? post.author?.id : post.author
  const people = await forumPeople({ user, ids: [authorId ? String(authorId) : undefined] })
  const name = people.get(String(authorId))?.name ?? ''
  return { text: quoteAsPlain(name, post.text ?? ''), postId: String(post.id) }
}
