import { createHash, randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { selectOptions } from '@/fields/options'
import type { Invitation } from '@/payload-types'

/** How long an invitation's link lets someone apply with their address taken as confirmed. */
export const INVITATION_DAYS = 14
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * `expired` is never stored by the portal: a `sent` invitation reads as expired once its date
 * has passed (the collection's read hook), so no job has to sweep them.
 */
export const INVITATION_STATUSES = ['sent', 'accepted', 'expired', 'revoked'] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]
export const INVITATION_STATUS_OPTIONS = selectOptions(INVITATION_STATUSES, {
  sent: 'Sent, waiting',
  accepted: 'Accepted (applied)',
  expired: 'Expired',
  revoked: 'Revoked',
})

/** Set on `req.context`: address → the token just issued, for `queueInvitationMail`. */
export const ISSUED_TOKENS = 'issuedInvitationTokens'
/** Set on `req.context` to the id of an invitation `inviteMembers` renews. */
export const RENEWING = 'renewingInvitation'
/** Set on `req.context` by server code that marks an invitation accepted (`acceptInvitation`). */
export const ACCEPTING = 'acceptingInvitation'

/** Set on `req.context` while an invitation verifies its invitee's account: the invitation's id. */
export const VERIFYING_INVITATION = 'verifyingInvitation'

/** The mailed token; only its hash is stored, so a copy of the database opens no invitation. */
export const newInvitationToken = () => randomBytes(32).toString('hex')
export const hashInvitationToken = (token: string) =>
  createHash('sha256').update(token).digest('hex')
export const invitationExpiry = (from = Date.now()) =>
  new Date(from + INVITATION_DAYS * DAY_MS).toISOString()

export const normalisedAddress = (value: unknown) =>
  typeof value === 'string' ? value.trim().toLowerCase() : ''

type Stored = Pick<Invitation, 'status' | 'expiresAt'>

/** Waiting for its invitee: sent, and the 14 days not over. */
export const isLiveInvitation = (invitation: Stored | null | undefined, now = Date.now()) =>
  Boolean(invitation) &&
  invitation!.status === 'sent' &&
  Date.parse(invitation!.expiresAt ?? '') > now

/**
 * The invitation a token opens, if it is still live. The token is the authority here (it
 * reaches only the invited address), so this reads the database directly: no person's access
 * rule applies, and callers pass on only what pre-fills a form.
 */
export async function findLiveInvitation({
  req,
  token,
}: {
  req: Pick<PayloadRequest, 'payload'> & Partial<PayloadRequest>
  token: unknown
}): Promise<Invitation | null> {
  if (typeof token !== 'string' || !/^[a-f0-9]{64}$/.test(token)) return null
  const invitation = await req.payload.db.findOne<Invitation>({
    collection: 'invitations',
    where: { tokenHash: { equals: hashInvitationToken(token) } },
    req: req as PayloadRequest,
  })
  return isLiveInvitation(invitation) ? invitation : null
}

/** The live invitation of an address, if any (one at a time: see `issueInvitation`). */
export async function liveInvitationFor({ req, email }: { req: PayloadRequest; email: string }) {
  const { docs } = await req.payload.db.find<Invitation>({
    collection: 'invitations',
    where: {
      and: [
        { email: { equals: normalisedAddress(email) } },
        { status: { equals: 'sent' } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0] ?? null
}
