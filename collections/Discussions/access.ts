import type { Access, Where } from 'payload'

import { isForumMemberUser, moderatedDiscussions } from '@/access/forums'
import type { Person } from '@/access/roles'

/**
 * Moderators of its themes and managers edit a discussion (pin, lock, move, summary, poll); its
 * author and its facilitator edit it too, and `guardDiscussion` keeps them to what each may
 * change (the author its title and tags, the facilitator the summary). Anyone else, a moderator
 * of another theme included, finds no discussion to update: 403.
 */
export const canEditDiscussion: Access = ({ req }) => {
  const user = req.user as Person | null
  if (!isForumMemberUser(user)) return false
  const moderated = moderatedDiscussions(user)
  if (moderated === true) return true
  const own: Where[] = [
    { author: { equals: user!.id } },
    { 'facilitation.facilitator': { equals: user!.id } },
  ]
  return { or: moderated === false ? own : [moderated, ...own] }
}
