import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { queueResetMail, queueVerificationMail } from '@/email/authMail'
import type { User } from '@/payload-types'

import { STAND_IN } from './registerApplicant'

/** Set on the operation's arguments when the caller wanted Payload's mail; read afterwards. */
const MAIL_BY_QUEUE = 'mailByQueue'
type Args = Record<string, unknown> & { data?: { email?: unknown } }
/** The database row: hidden fields (tokens) included, which the API never returns. */
type StoredUser = User & { _verificationToken?: string | null }

/**
 * Payload sends its verification and reset mails itself, inside the request: an SMTP outage
 * failed the request and lost the mail. Its own sending is switched off here, for REST, GraphQL
 * and the Local API alike (the operation reads these flags after this hook), and
 * `queueAuthMail` queues the same mail instead. A Local API caller that asked for no mail
 * (`disableEmail`, `disableVerificationEmail`) still gets none.
 */
export const sendAuthMailThroughQueue: CollectionBeforeOperationHook<'users'> = ({
  args,
  operation,
}) => {
  const given = args as Args
  if (operation === 'forgotPassword') {
    return { ...given, disableEmail: true, [MAIL_BY_QUEUE]: !given.disableEmail } as never
  }
  if (operation === 'create') {
    return {
      ...given,
      disableVerificationEmail: true,
      [MAIL_BY_QUEUE]: !given.disableVerificationEmail,
    } as never
  }
  return args
}

/**
 * Queues the mail Payload would have sent, with the token read back from the database, in the
 * operation's transaction (the hook runs before Payload commits): the token and its mail are
 * stored together or not at all.
 */
export const queueAuthMail: CollectionAfterOperationHook<'users'> = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  const given = args as Args
  if (!given[MAIL_BY_QUEUE]) return result

  if (operation === 'forgotPassword' && typeof result === 'string') {
    const email = String(given.data?.email ?? '')
      .toLowerCase()
      .trim()
    const user = await req.payload.db.findOne<StoredUser>({
      collection: collection.slug,
      where: { email: { equals: email } },
      req,
    })
    // A different stored token: the request came within the interval and kept the earlier
    // token (keepRecentResetToken), whose mail is already queued.
    if (user && user.resetPasswordToken === result) {
      await queueResetMail({ req, user, token: result })
    }
  }

  // Every new account's verification mail goes through here (`auth.verify` is on); a stand-in
  // for a sign-up with a known address (registerApplicant) gets none.
  const isStandIn = Boolean(req.context[STAND_IN])
  if (operation === 'create' && collection.auth?.verify && !isStandIn && result && 'id' in result) {
    const user = await req.payload.db.findOne<StoredUser>({
      collection: collection.slug,
      where: { id: { equals: result.id } },
      req,
    })
    const token = user?._verificationToken
    // An account created verified (by a manager, the seed) needs no link.
    if (user && !user._verified && typeof token === 'string') {
      await queueVerificationMail({ req, user, token })
    }
  }
  return result
}
