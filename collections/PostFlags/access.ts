import type { Access } from 'payload'

import { isForumMemberUser, moderatedDiscussions } from '@/access/forums'
import type { Person } from '@/access/roles'

/** A member reads their own flags; moderators read the flags of the discussions they moderate. */
export const flaggerOrModerator: Access = ({ req }) => {
  const user = req.user as Person | null
  if (!isForumMemberUser(user)) return false
  const moderated = moderatedDiscussions(user)
  if (moderated === true) return true
  const own = { member: { equals: user!.id } }
  return moderated === false ? own : { or: [own, moderated] }
}
