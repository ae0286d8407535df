import type { CollectionAfterChangeHook } from 'payload'

import { recordDecision } from '@/membership/audit'
import { VERIFYING_INVITATION } from '@/membership/invitations'
import type { AuditAction } from '@/membership/auditActions'
import { queueDecisionMail, queueReviewRequests } from '@/membership/mails'
import type { User } from '@/payload-types'

import { STAND_IN } from './registerApplicant'

const idOf = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : String(typeof value === 'object' ? (value as { id: unknown }).id : value)
const ids = (value: unknown) =>
  (Array.isArray(value) ? value : [])
    .map(idOf)
    .filter((id): id is string => id !== null)
    .sort()
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The audit action for a change of membership status. */
function statusAction(from: string | null | undefined, to: string): AuditAction {
  if (to === 'approved') return from === 'suspended' ? 'reinstated' : 'approved'
  if (to === 'rejected') return 'rejected'
  if (to === 'suspended') return 'suspended'
  return 'returned-to-pending'
}

/**
 * Records every membership decision and change of rights in the audit log, and sends what
 * follows from it, with the change's `req`: in its transaction, whichever API made it (REST,
 * GraphQL, the admin panel, `approveMembership`). A verified address asks the managers for a
 * review; an approval or rejection tells the applicant. Values a reader may not see are absent
 * from `doc` and are left alone (only managers and the person themselves change these fields).
 */
export const recordMembershipChanges: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (req.context[STAND_IN]) return doc
  if (operation === 'create') {
    await recordDecision({
      req,
      action: req.user ? 'account-created' : 'registered',
      subject: doc.id,
      details: { membershipStatus: doc.membershipStatus, roles: doc.roles },
    })
    return doc
  }
  const before = previousDoc as User
  const record = (action: AuditAction, details: Record<string, unknown>, reason?: string | null) =>
    recordDecision({ req, action, subject: doc.id, details, reason })

  if (doc._verified === true && before._verified === false) {
    // Confirmed by the mailed link, or by applying with an invitation (acceptInvitation).
    const invitation = req.context[VERIFYING_INVITATION]
    await record('verified', invitation === undefined ? {} : { invitation })
    if (doc.membershipStatus === 'pending') await queueReviewRequests({ req, applicant: doc })
  }
  if (doc.membershipStatus && doc.membershipStatus !== before.membershipStatus) {
    const action = statusAction(before.membershipStatus, doc.membershipStatus)
    const details: Record<string, unknown> = {
      membershipStatus: { before: before.membershipStatus, after: doc.membershipStatus },
    }
    if (action === 'approved') {
      details.organisation = {
        before: before.organisation ?? null,
        after: doc.organisation ?? null,
      }
      details.organisationEntry = {
        before: idOf(before.organisationEntry),
        after: idOf(doc.organisationEntry),
      }
      details.memberGroup = { before: before.memberGroup ?? null, after: doc.memberGroup ?? null }
    }
    await record(action, details, action === 'rejected' ? doc.rejectionReason : null)
    if (action === 'approved' || action === 'rejected') {
      await queueDecisionMail({
        req,
        member: doc,
        decision: action,
        reason: doc.rejectionReason,
        decidedAt: doc.updatedAt,
      })
    }
  }
  if (doc.roles && !same([...doc.roles].sort(), [...(before.roles ?? [])].sort())) {
    await record('roles-changed', { roles: { before: before.roles, after: doc.roles } })
  }
  if (doc.moderatedThemes && !same(ids(doc.moderatedThemes), ids(before.moderatedThemes))) {
    await record('moderated-themes-changed', {
      moderatedThemes: { before: ids(before.moderatedThemes), after: ids(doc.moderatedThemes) },
    })
  }
  if (typeof doc.maySubmit === 'boolean' && doc.maySubmit !== Boolean(before.maySubmit)) {
    await record(doc.maySubmit ? 'submit-right-granted' : 'submit-right-revoked', {
      maySubmit: { before: Boolean(before.maySubmit), after: doc.maySubmit },
    })
  }
  return doc
}
