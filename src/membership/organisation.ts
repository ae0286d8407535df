import { ValidationError, type PayloadRequest } from 'payload'

import { Refused } from '@/access/refused'
import { isManagerUser, type Person } from '@/access/roles'
import type { MemberGroup } from '@/people/memberGroups'
import type { User } from '@/payload-types'

import { recordDecision } from './audit'
import { optionalRelationId } from '@/fields/relationId'

type Id = number

const NO_PROPOSAL = { name: null, entry: null, proposedAt: null }

function invalid(req: PayloadRequest, path: string, message: string): never {
  throw new ValidationError({ collection: 'users', errors: [{ path, message }], req }, req.t)
}

/**
 * A member changes their organisation: a directory entry's id, or a name of their own. As the
 * member, with their access (`overrideAccess: false`), so it is exactly `PATCH /api/users/<id>`
 * with `organisation`: once a manager has confirmed their affiliation, the users hooks make it a
 * proposal that waits for a manager (and tell the managers); the confirmed organisation and its
 * badge stay meanwhile (`decideMembership`, `announceOrganisationProposal`). Nothing confirmed
 * yet (an applicant): it changes at once, for the manager to confirm with the membership.
 */
export async function proposeOrganisation({
  req,
  organisation,
}: {
  req: PayloadRequest
  organisation: Id | string
}) {
  const user = req.user as (Person & { id: Id }) | null
  if (!user) throw new Refused('Sign in to change your organisation.')
  const isId = typeof organisation === 'number'
  const name = typeof organisation === 'string' ? organisation.trim() : ''
  if (!isId && !name) {
    invalid(req, 'organisation', 'Choose your organisation in the directory or write its name.')
  }
  return req.payload.update({
    collection: 'users',
    id: user.id,
    data: { organisation: (isId ? organisation : name) as string },
    overrideAccess: false,
    req,
  })
}

/**
 * A manager confirms (optionally correcting the group) or declines a member's proposed
 * organisation. Confirming makes it the member's organisation and confirms their affiliation (the
 * badge); declining keeps the organisation they had. Either way the proposal is cleared and the
 * decision audit-logged, in the same transaction. As the manager (`overrideAccess: false`), so
 * only a manager or admin may, and never about themselves.
 */
export async function decideOrganisationChange({
  req,
  id,
  decision,
  memberGroup,
}: {
  req: PayloadRequest
  id: Id
  decision: 'confirm' | 'decline'
  memberGroup?: MemberGroup
}) {
  const manager = req.user as (Person & { id: Id }) | null
  if (!isManagerUser(manager)) {
    throw new Refused('Only managers and administrators can confirm a change of organisation.')
  }
  if (String(manager?.id) === String(id)) {
    throw new Refused('Nobody can confirm their own organisation; another manager must.')
  }
  const member = (await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: false,
    req,
  })) as User
  const proposal = member.proposedOrganisation
  const entry = optionalRelationId(proposal?.entry)
  const name = proposal?.name ?? null
  if (entry === null && !name) {
    invalid(req, 'proposedOrganisation', 'This member has no change of organisation waiting.')
  }
  const from = {
    organisation: member.organisation ?? null,
    entry: optionalRelationId(member.organisationEntry),
  }
  const confirmed = decision === 'confirm'
  const updated = await req.payload.update({
    collection: 'users',
    id,
    data: confirmed
      ? {
          organisation: (entry ?? name) as string,
          ...(memberGroup ? { memberGroup } : {}),
          affiliationConfirmed: true,
          proposedOrganisation: NO_PROPOSAL,
        }
      : { proposedOrganisation: NO_PROPOSAL },
    overrideAccess: false,
    req,
  })
  await recordDecision({
    req,
    action: confirmed ? 'organisation-change-confirmed' : 'organisation-change-declined',
    subject: id,
    details: {
      organisation: { before: from.organisation, after: updated.organisation ?? null },
      organisationEntry: {
        before: from.entry,
        after: optionalRelationId(updated.organisationEntry),
      },
      proposed: { name, entry },
      ...(memberGroup ? { memberGroup: { before: member.memberGroup, after: memberGroup } } : {}),
    },
  })
  return updated
}
