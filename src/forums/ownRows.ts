import type { Access, CollectionBeforeValidateHook, Field } from 'payload'

import { isForumMemberUser } from '@/access/forums'
import type { Person } from '@/access/roles'

/**
 * Reactions, watch levels, read state, flags and poll votes are each one member's own rows:
 * a member reads and changes only theirs, and the `member` is whoever is signed in, never what
 * a request says.
 */
export const ownRows: Access = ({ req }) => {
  const user = req.user as Person | null
  if (!isForumMemberUser(user)) return false
  return { member: { equals: user!.id } }
}

export const setMember: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (data && operation === 'create' && req.user) data.member = req.user.id
  return data
}

export const memberField: Field = {
  name: 'member',
  type: 'relationship',
  relationTo: 'users',
  required: true,
  index: true,
  access: { update: () => false },
  admin: { readOnly: true },
}
