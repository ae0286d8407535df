import type { MembershipStatus, Role } from '@/access/roles'
import type { UiKey } from '@/i18n/ui'
import type { InvitationStatus } from '@/membership/invitations'
import type { InviteOutcome } from '@/membership/inviteMembers'

/** The interface words for each value the managers' pages show; a new value fails to compile. */
export const ROLE_LABEL: Record<Role, UiKey> = {
  admin: 'roleAdmin',
  manager: 'roleManager',
  moderator: 'roleModerator',
  staff: 'roleStaff',
  member: 'roleMember',
}

export const STATUS_LABEL: Record<MembershipStatus, UiKey> = {
  pending: 'statusPending',
  approved: 'statusApproved',
  rejected: 'statusRejected',
  suspended: 'statusSuspended',
}

export const INVITATION_LABEL: Record<InvitationStatus, UiKey> = {
  sent: 'invitationSent',
  accepted: 'invitationAccepted',
  expired: 'invitationExpired',
  revoked: 'invitationRevoked',
}

export const OUTCOME_LABEL: Record<InviteOutcome, UiKey> = {
  invited: 'inviteInvited',
  renewed: 'inviteRenewed',
  'has-account': 'inviteHasAccount',
  'already-invited': 'inviteAlreadyInvited',
  'invalid-address': 'inviteInvalidAddress',
  'invalid-language': 'inviteInvalidLanguage',
  'missing-name': 'inviteMissingName',
  duplicate: 'inviteDuplicate',
}

/** What the members page says after a refused form (`?error=…`). */
export const MEMBERS_ERROR: Record<string, UiKey> = {
  reason: 'membersErrorReason',
  refused: 'membersErrorRefused',
  self: 'membersYou',
  failed: 'membersErrorFailed',
}

export const shortDate = (locale: string, date: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(date))
