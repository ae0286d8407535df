import {
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import {
  ACCEPTING,
  findLiveInvitation,
  normalisedAddress,
  VERIFYING_INVITATION,
} from '@/membership/invitations'
import type { User } from '@/payload-types'

import { STAND_IN } from './registerApplicant'

/** Set on `req.context`: the live invitation a sign-up carried, for its own address. */
const INVITED = 'signupInvitation'

/**
 * A sign-up may carry the token of an invitation (`invitation`, beside the application's fields:
 * `POST /api/users`, the site's join form). It is taken out of the data here; when it opens
 * a live invitation for the very address being registered, `acceptInvitation` takes the address
 * as confirmed once the account exists. Any other token changes nothing: the applicant confirms
 * their address by mail, as everyone does.
 */
export const takeInvitation: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation !== 'create' || !data || !('invitation' in data)) return args
  const { invitation: token, ...rest } = data
  if (token !== undefined && token !== null && typeof token !== 'string') {
    throw new ValidationError(
      {
        collection: 'users',
        errors: [{ path: 'invitation', message: 'Send the invitation link’s token as text.' }],
        req,
      },
      req.t,
    )
  }
  const invitation = await findLiveInvitation({ req, token })
  if (invitation && invitation.email === normalisedAddress(rest.email)) {
    req.context[INVITED] = invitation.id
  }
  return { ...args, data: rest } as never
}

/**
 * The invitation mail proved the address, so the new account is verified, through an ordinary
 * update: the Users hooks record it and ask the managers for a review exactly as a confirmed
 * address does (`recordMembershipChanges`), and no verification mail goes out
 * (`queueAuthMail` reads the stored account). The membership stays pending: only a manager
 * approves. The invitation becomes accepted, naming the account. All in the sign-up's
 * transaction; a sign-up for an address that already has an account (a stand-in) accepts nothing.
 */
export const acceptInvitation: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  req,
}) => {
  const invitation = req.context[INVITED] as number | undefined
  if (operation !== 'create' || invitation === undefined || req.context[STAND_IN]) return doc
  delete req.context[INVITED]
  req.context[VERIFYING_INVITATION] = invitation
  await req.payload.update({
    collection: 'users',
    id: doc.id,
    data: { _verified: true },
    overrideAccess: true,
    req,
  })
  delete req.context[VERIFYING_INVITATION]
  req.context[ACCEPTING] = true
  await req.payload.update({
    collection: 'invitations',
    id: invitation,
    data: { status: 'accepted', acceptedUser: doc.id },
    overrideAccess: true,
    req,
  })
  delete req.context[ACCEPTING]
  return doc
}
