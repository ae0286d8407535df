import type { Access, Where } from 'payload'

import { isForumMemberUser, isForumModeratorUser } from '@/access/forums'
import type { Person } from '@/access/roles'

/**
 * Authors edit (and softly delete) their own posts; moderators change any post's state in the
 * discussions they moderate (`guardPost` checks the discussion's themes and keeps authors to
 * their body and attachments).
 */
export const canEditPost: Access = ({ req }) => {
  const user = req.user as Person | null
  if (!isForumMemberUser(user)) return false
  if (isForumModeratorUser(user)) return true
  return { author: { equals: user!.id } } satisfies Where
}
