import type { Locale } from '@/i18n/languages'
import { findLiveInvitation } from '@/membership/invitations'
import type { MemberGroup } from '@/people/memberGroups'

import { payloadClient } from './payload'

/** What an invitation fills in on the join form; nothing else of it leaves the server. */
export type JoinPrefill = {
  name: string
  email: string
  language: Locale
  organisation: string | null
  memberGroup: MemberGroup | null
}

/**
 * The join form's pre-fill from an invitation link's token, or null for a token that opens no
 * live invitation (unknown, expired, revoked or used). The visitor is not signed in: the token,
 * which only the invited address received, is what allows the read, so no access rule applies.
 */
export async function invitationForJoin(token: string | undefined): Promise<JoinPrefill | null> {
  if (!token) return null
  const payload = await payloadClient()
  const invitation = await findLiveInvitation({ req: { payload }, token })
  if (!invitation) return null
  return {
    name: invitation.name,
    email: invitation.email,
    language: invitation.language,
    organisation: invitation.organisation ?? null,
    memberGroup: invitation.memberGroup ?? null,
  }
}
