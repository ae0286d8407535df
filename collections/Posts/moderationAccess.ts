import type { FieldAccess } from 'payload'

import { isForumModeratorUser, moderatesDiscussion } from '@/access/forums'
import type { Person } from '@/access/roles'
import type { Discussion, Post } from '@/payload-types'
import { relationId, type Id } from '@/fields/relationId'

type Themed = Pick<Discussion, 'themes' | 'crossTheme'>

/**
 * The themes of a post's discussion, read once per request whatever the number of posts (a
 * thread page reads fifty at a time).
 */
async function discussionOf(req: Parameters<FieldAccess>[0]['req'], id: Id) {
  const cache = ((req.context.forumDiscussionThemes as Map<Id, Promise<Themed | null>>) ??=
    new Map())
  let found = cache.get(id)
  if (!found) {
    found = req.payload
      .findByID({
        collection: 'discussions',
        id,
        depth: 0,
        select: { themes: true, crossTheme: true },
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      .then((doc) => (doc as Themed | null) ?? null)
      .catch(() => null)
    cache.set(id, found)
  }
  return found
}

/**
 * A hidden, flag-hidden or deleted post keeps its place in the thread, but its words (body,
 * text, attachments) are read only by its author and the moderators of its discussion; everyone
 * else sees its state, the placeholder "hidden by a moderator". Through REST, GraphQL and the
 * pages alike, since they all read through field access. Server code reading with authority
 * (overrideAccess) still reads them.
 */
export const postWordsReadable: FieldAccess = async ({ req, doc }) => {
  const user = req.user as Person | null
  // Without a document, Payload asks whether the field may be queried at all (`where`): a
  // member searching the words of hidden posts could read them letter by letter, so only
  // moderators query them (members search through the search index).
  if (!doc) return isForumModeratorUser(user)
  let post = doc as Partial<Post>
  if (!('state' in post) && post.id !== undefined) {
    // A read with `select` may leave out what this rule needs: look it up.
    post =
      ((await req.payload
        .findByID({
          collection: 'posts',
          id: post.id,
          depth: 0,
          select: { state: true, author: true, discussion: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
        .catch(() => null)) as Partial<Post> | null) ?? {}
  }
  if (post.state === 'visible') return true
  if (!user) return false
  if (post.author !== undefined && String(relationId(post.author)) === String(user.id)) return true
  if (post.discussion === undefined || post.discussion === null) return false
  const discussion = await discussionOf(req, relationId(post.discussion))
  return Boolean(discussion && moderatesDiscussion(user, discussion))
}
