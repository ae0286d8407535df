import type { MembershipStatus } from '@/access/roles'
import type { UiKey } from '@/i18n/ui'

/** What the account pages say of each membership status. */
export const MEMBERSHIP_LABEL: Record<MembershipStatus, UiKey> = {
  pending: 'membershipPending',
  approved: 'membershipApproved',
  rejected: 'membershipRejected',
  suspended: 'membershipSuspended',
  closed: 'membershipClosed',
}
