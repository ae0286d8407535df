import {
  APIError,
  ValidationError,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { Refused } from '@/access/refused'
import { isManagerUser, maySubmitUser, type Person } from '@/access/roles'
import { idOf } from '@/submissions/status'

import { PROFILE_FIELDS } from '../../Organisations/profile'
import { slugs } from '../../slugs'

type Proposer = Person & {
  maySubmit?: boolean | null
  affiliationConfirmed?: boolean | null
  organisationEntry?: unknown
}
/** A relationship's id as stored (a number on SQLite), whether populated or not. */
const storedId = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : (value ?? null)
const userOf = (req: PayloadRequest) => req.user as unknown as Proposer | null

/** The directory entry this person's organisation is, once a manager confirmed it; else null. */
export const confirmedOrganisationOf = (user: Proposer | null): string | null =>
  user?.affiliationConfirmed ? idOf(user.organisationEntry) : null

/**
 * A proposal's life, whichever API changes it (REST, GraphQL, the admin panel, the site):
 * - creating one is always a member proposing for their own organisation: it needs the right
 *   to submit and an organisation a manager confirmed as a directory entry; what it leaves out
 *   keeps the profile's current value, so a proposal is always a whole profile; one waits at a
 *   time per member and organisation (409);
 * - the proposer (or a manager) may revise it while it waits;
 * - `approved` or `rejected` is a manager's decision, never the proposer's own, and a rejection
 *   needs a reason. Copying the values, the audit entry and the mail follow in
 *   `announceProfileDecision`, in the same transaction.
 * The organisation and the proposer are never taken from a request.
 */
export const decideProfileProposal: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = userOf(req)
  if (operation === 'create') {
    if (!maySubmitUser(user)) {
      throw new Refused('Only members with the right to submit may propose content.')
    }
    const organisationId = confirmedOrganisationOf(user)
    if (!organisationId) {
      throw new Refused(
        'Only a member whose organisation a manager has confirmed as a directory entry may propose its profile.',
      )
    }
    const { totalDocs: waiting } = await req.payload.count({
      collection: slugs.organisationProposals,
      where: {
        submittedBy: { equals: user!.id },
        organisation: { equals: organisationId },
        submissionStatus: { equals: 'submitted' },
      },
      overrideAccess: true,
      req,
    })
    if (waiting > 0) {
      // One at a time: a second would race the first to the same entry (and mail every manager).
      throw new APIError(
        'Your proposal for this organisation is still waiting for a manager: change that one, or propose again once it is decided.',
        409,
      )
    }
    const current = await req.payload.findByID({
      collection: slugs.organisations,
      id: organisationId,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const profile = Object.fromEntries(
      PROFILE_FIELDS.map((field) => [
        field,
        data[field] === undefined ? (current[field] ?? null) : data[field],
      ]),
    )
    return {
      ...data,
      ...profile,
      organisation: current.id,
      submissionStatus: 'submitted',
      submittedBy: user!.id,
      rejectionReason: null,
    }
  }

  const before = originalDoc ?? {}
  const was = before.submissionStatus
  const kept = {
    organisation: storedId(before.organisation),
    submittedBy: storedId(before.submittedBy),
    rejectionReason: before.rejectionReason ?? null,
  }
  const wanted = data.submissionStatus ?? was
  if (wanted === was) {
    if (was !== 'submitted') throw new Refused('This proposal has already been decided.')
    return { ...data, ...kept, submissionStatus: was }
  }
  if (was !== 'submitted' || (wanted !== 'approved' && wanted !== 'rejected')) {
    throw new Refused('This proposal has already been decided.')
  }
  if (user && idOf(before.submittedBy) === String(user.id)) {
    throw new Refused('You cannot approve or reject your own submission.')
  }
  if (!isManagerUser(user)) {
    throw new Refused('Only a manager may approve or reject a proposed organisation profile.')
  }
  if (wanted === 'approved') {
    if (kept.organisation === null) {
      throw new Refused('This organisation is no longer in the directory: reject the proposal.')
    }
    return { ...data, ...kept, submissionStatus: 'approved', rejectionReason: null }
  }
  const reason = typeof data.rejectionReason === 'string' ? data.rejectionReason.trim() : ''
  if (!reason) {
    throw new ValidationError(
      {
        collection: slugs.organisationProposals,
        errors: [
          {
            path: 'rejectionReason',
            message: 'Give the member the reason for rejecting their submission.',
          },
        ],
        req,
      },
      req.t,
    )
  }
  return { ...data, ...kept, submissionStatus: 'rejected', rejectionReason: reason }
}
