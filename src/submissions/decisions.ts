import type { PayloadRequest } from 'payload'

import type { Reviewable } from './status'

type Id = number

/**
 * The two decisions on a member's submission, for the site's review page and any server code
 * acting for a person: always as `req.user` with `overrideAccess: false`, so exactly the REST and
 * GraphQL rules apply (an organisation's proposed profile included: `organisation-proposals`).
 * The collection hooks do the rest in the same transaction (`decideSubmission`:
 * who may decide, publishing, the required reason; `announceSubmission`: the audit entry and the
 * submitter's mail), and publishing refreshes pages and search like any publish.
 */
export async function approveSubmission({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: Reviewable
  id: Id
}) {
  return req.payload.update({
    collection,
    id,
    data: { submissionStatus: 'approved' },
    overrideAccess: false,
    req,
  })
}

export async function rejectSubmission({
  req,
  collection,
  id,
  reason,
}: {
  req: PayloadRequest
  collection: Reviewable
  id: Id
  reason: string
}) {
  return req.payload.update({
    collection,
    id,
    data: { submissionStatus: 'rejected', rejectionReason: reason },
    overrideAccess: false,
    req,
  })
}
