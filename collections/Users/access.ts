import type { Access } from 'payload'

import { isApprovedMemberUser, isEditorUser, isManagerUser, type Person } from '@/access'

const personOf = (user: unknown) => user as Person | null

/** Anyone may apply for membership; the guard hook keeps new accounts pending members. */
export const canRegister: Access = () => true

/**
 * Managers see everyone. Approved members see the member directory (private fields hidden by
 * field rules). Someone still pending sees only their own account; visitors see nobody.
 */
export const canReadPeople: Access = ({ req }) => {
  const user = personOf(req.user)
  if (!user) return false
  if (isManagerUser(user) || isApprovedMemberUser(user)) return true
  return { id: { equals: user.id } }
}

export const canUpdatePerson: Access = ({ req }) => {
  const user = personOf(req.user)
  if (!user) return false
  if (isManagerUser(user)) return true
  return { id: { equals: user.id } }
}

export const canUseAdminPanel = ({ req }: { req: { user: unknown } }) =>
  isEditorUser(personOf(req.user))
