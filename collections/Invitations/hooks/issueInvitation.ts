import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import {
  ACCEPTING,
  hashInvitationToken,
  ISSUED_TOKENS,
  invitationExpiry,
  liveInvitationFor,
  newInvitationToken,
  normalisedAddress,
  RENEWING,
} from '@/membership/invitations'
import type { Invitation } from '@/payload-types'

/** What the server keeps: no client sets or moves these through any API. */
const KEPT = ['email', 'tokenHash', 'expiresAt', 'invitedBy', 'acceptedUser'] as const

export function issuedTokens(req: PayloadRequest): Map<string, string> {
  req.context[ISSUED_TOKENS] ??= new Map<string, string>()
  return req.context[ISSUED_TOKENS] as Map<string, string>
}

function refuse(req: PayloadRequest, path: string, message: string): never {
  throw new ValidationError({ collection: 'invitations', errors: [{ path, message }], req }, req.t)
}

/** An address with an account, or with an invitation still waiting, gets no second one. */
async function refuseTaken(req: PayloadRequest, email: string) {
  const account = await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (account) refuse(req, 'email', `${email} already has an account.`)
  const waiting = await liveInvitationFor({ req, email })
  if (waiting) {
    const until = String(waiting.expiresAt).slice(0, 10)
    refuse(req, 'email', `${email} was already invited; that invitation is valid until ${until}.`)
  }
}

/** A fresh token for 14 days; the token itself is mailed, only its hash stored. */
function issue(req: PayloadRequest, data: Partial<Invitation>, email: string) {
  const token = newInvitationToken()
  issuedTokens(req).set(email, token)
  const inviter = (req.user as { id?: number } | null)?.id ?? null
  return {
    ...data,
    email,
    status: 'sent' as const,
    tokenHash: hashInvitationToken(token),
    expiresAt: invitationExpiry(),
    invitedBy: inviter,
    acceptedUser: null,
  }
}

/**
 * Creating an invitation issues its token, and so does inviting the address again once it has
 * expired or was revoked (a renewal: a new link for 14 more days, and a new mail): `inviteMembers`
 * asks for it (`RENEWING`), and a manager un-revoking one in the admin panel does too. One live
 * invitation per address, none for an address that has an account. Afterwards a manager may
 * change the name, language, organisation, group or note, or revoke it; the address, the token,
 * the dates and the outcome are the server's. An accepted invitation stays accepted.
 *
 * On update `data` is the stored invitation with the request's changes laid over it (Payload
 * merges them before this hook), and `originalDoc` has been read: an expired one says so.
 */
export const issueInvitation: CollectionBeforeChangeHook<Invitation> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (req.context[ACCEPTING]) return data
  if (operation === 'create') {
    const email = normalisedAddress(data.email)
    if (email) await refuseTaken(req, email)
    return issue(req, data, email)
  }
  const before = originalDoc as Invitation
  const changes: Record<string, unknown> = { ...data }
  for (const field of KEPT) {
    if (field in before) changes[field] = before[field]
    else delete changes[field]
  }
  if (before.status === 'accepted' && changes.status !== 'accepted') {
    refuse(req, 'status', 'This invitation was accepted: the person has applied.')
  }
  if (before.status !== 'accepted' && changes.status === 'accepted') {
    refuse(req, 'status', 'An invitation is accepted only by its invitee applying.')
  }
  const renewing = req.context[RENEWING] === before.id
  const unrevoked = before.status === 'revoked' && changes.status === 'sent'
  if (renewing || unrevoked) {
    delete req.context[RENEWING]
    await refuseTaken(req, before.email)
    return issue(req, changes, before.email)
  }
  return changes
}
