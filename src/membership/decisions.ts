import type { PayloadRequest } from 'payload'

import type { MemberGroup } from '@/people/memberGroups'

type Id = number

/**
 * The two membership decisions, for the site's members-admin page and any server code acting for
 * a person: always as `req.user` with `overrideAccess: false`, so exactly the REST and GraphQL
 * rules apply (a manager or admin decides, never about themselves; `guardPrivilegedFields`). The
 * Users hooks do the rest in the same transaction: confirming the organisation and group,
 * requiring a reason, the audit entry and the applicant's mail (`decideMembership`,
 * `recordMembershipChanges`).
 */
export async function approveMembership({
  req,
  id,
  organisation,
  memberGroup,
}: {
  req: PayloadRequest
  id: Id
  /** A correction: a directory entry's id, or a name. Left out, the applicant's stands. */
  organisation?: Id | string
  memberGroup?: MemberGroup
}) {
  return req.payload.update({
    collection: 'users',
    id,
    data: {
      membershipStatus: 'approved',
      ...(organisation === undefined ? {} : { organisation: organisation as string }),
      ...(memberGroup === undefined ? {} : { memberGroup }),
    },
    overrideAccess: false,
    req,
  })
}

export async function rejectMembership({
  req,
  id,
  reason,
}: {
  req: PayloadRequest
  id: Id
  reason: string
}) {
  return req.payload.update({
    collection: 'users',
    id,
    data: { membershipStatus: 'rejected', rejectionReason: reason },
    overrideAccess: false,
    req,
  })
}
