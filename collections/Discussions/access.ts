import type { Access, Where } from 'payload'

import { isForumMemberUser, moderatedDiscussions } from '@/access/forums'
import type { Person } from '@/access/roles'

/**
 * Moderators of its themes and managers edit a discussion (pin, lock, move, summary, poll); its
 * author edits it too, and `guardDiscussion` keeps them to what an author may change.
 */
export const canEditDiscussion: Access = ({ req }) => {
  const user = req.user as Person | null
  if (!isForumMemberUser(user)) return false
  const moderated = moderatedDiscussions(user)
  if (moderated === true) return true
  const own: Where = { author: { equals: user!.id } }
  return moderated === false ? own : { or: [moderated, own] }
}
