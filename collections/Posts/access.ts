import type { Access, Where } from 'payload'

import { isForumMemberUser, isForumModeratorUser } from '@/access/forums'
import type { Person } from '@/access/roles'

/**
 * Authors edit (and softly delete) their own posts; moderators change posts in the discussions
 * they moderate. The rule lets every moderator reach the post; `guardPostEdit` then checks the
 * discussion's themes (a moderator of another theme gets a 403) and keeps authors to their
 * body, attachments and deletion.
 */
export const canEditPost: Access = ({ req }) => {
  const user = req.user as Person | null
  if (!isForumMemberUser(user)) return false
  if (isForumModeratorUser(user)) return true
  return { author: { equals: user!.id } } satisfies Where
}
