import { selectOptions } from '@/fields/options'

/**
 * What the audit log records: every membership decision, every change of rights, and every
 * decision on a member's submission (its subject is the submitter; `details` names the document).
 */
export const AUDIT_ACTIONS = [
  'registered',
  'account-created',
  'verified',
  'approved',
  'rejected',
  'suspended',
  'reinstated',
  'returned-to-pending',
  'roles-changed',
  'moderated-themes-changed',
  'submit-right-granted',
  'submit-right-revoked',
  'submission-approved',
  'submission-rejected',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_OPTIONS = selectOptions(AUDIT_ACTIONS, {
  registered: 'Registered (applied to join)',
  'account-created': 'Account created by a manager',
  verified: 'E-mail address verified',
  approved: 'Membership approved',
  rejected: 'Membership rejected',
  suspended: 'Membership suspended',
  reinstated: 'Membership reinstated',
  'returned-to-pending': 'Returned to pending',
  'roles-changed': 'Roles changed',
  'moderated-themes-changed': 'Moderated themes changed',
  'submit-right-granted': 'Right to submit granted',
  'submit-right-revoked': 'Right to submit revoked',
  'submission-approved': 'Submission approved and published',
  'submission-rejected': 'Submission rejected',
})
