import type { CollectionAfterChangeHook } from 'payload'

import { recordDecision } from '@/membership/audit'
import { queueDecisionMail, queueReviewRequests } from '@/submissions/mails'
import { idOf } from '@/submissions/status'

import { PROFILE_FIELDS } from '../../Organisations/profile'
import { slugs } from '../../slugs'

/**
 * What follows a proposal, in the same transaction: a new one asks the managers to look at it;
 * an approval copies the proposed values into the directory entry (whose own hook expires the
 * pages that show it); each decision is recorded in the audit log (subject: the proposer) and
 * mailed to the proposer in their language, as for any other submission.
 */
export const announceProfileDecision: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const collection = slugs.organisationProposals
  const titled = { ...doc, title: doc.name }
  if (operation === 'create') {
    await queueReviewRequests({ req, collection, doc: titled })
    return doc
  }
  const decision = doc.submissionStatus
  if (previousDoc?.submissionStatus !== 'submitted') return doc
  if (decision !== 'approved' && decision !== 'rejected') return doc
  const organisation = idOf(doc.organisation)
  if (decision === 'approved' && organisation) {
    const country = doc.country
    await req.payload.update({
      collection: slugs.organisations,
      id: organisation,
      data: {
        ...Object.fromEntries(PROFILE_FIELDS.map((field) => [field, doc[field] ?? null])),
        country: typeof country === 'object' && country !== null ? country.id : (country ?? null),
      },
      overrideAccess: true,
      req,
    })
  }
  const submitter = Number(idOf(previousDoc.submittedBy))
  const reason = decision === 'rejected' ? doc.rejectionReason : null
  await recordDecision({
    req,
    action: decision === 'approved' ? 'submission-approved' : 'submission-rejected',
    subject: submitter,
    details: {
      collection,
      id: doc.id,
      title: doc.name,
      organisation: organisation === null ? null : Number(organisation),
    },
    reason,
  })
  await queueDecisionMail({ req, collection, doc: titled, submitter, decision, reason })
  return doc
}
