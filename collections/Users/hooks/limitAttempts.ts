import type {
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { User } from '@/payload-types'
import { clientAddress } from '@/security/clientAddress'
import {
  loginChecks,
  normalisedEmail,
  registrationChecks,
  resetChecks,
  TooManyAttempts,
  type Action,
} from '@/security/limits/actions'
import { forget, forgive, spend, type Check } from '@/security/limits/store'

/**
 * Every limit is COUNTED here, in the operations, and only here: REST, GraphQL and the Local API
 * (the site's own forms, from server actions) all run these hooks, so each attempt is counted
 * once whichever door it came through. The API edge (src/api/limits.ts) only looks at the same
 * counters, to refuse a spent budget before Payload parses anything; it never counts.
 */

async function spendOrRefuse(req: PayloadRequest, action: Action, checks: Check[]) {
  const seconds = await spend(checks)
  if (seconds === 0) return
  // Payload adds these headers to the REST and GraphQL answer, error or not.
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  throw new TooManyAttempts(action, seconds)
}

type Credentials = { email?: unknown; password?: unknown }

/**
 * Only failed sign-ins may count, but Payload has no hook on a failed one (its own counter is
 * what `maxLoginAttempts` drove, now off). So every attempt takes a point here, and a
 * successful one gives it back (`forgetFailuresAfterLogin`): what stays counted is failures.
 * An attempt without an address or password is refused by Payload with a 400 before any
 * password is compared, and costs nothing.
 */
export const limitFailedLogins: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as Credentials
  const address = normalisedEmail(email)
  if (!address || typeof password !== 'string' || password.trim() === '') return args
  await spendOrRefuse(req, 'login', loginChecks(address, clientAddress(req.headers)))
  return args
}

/** A right password clears the failures of its address and IP pair. */
export const forgetFailuresAfterLogin: CollectionAfterLoginHook<User> = async ({ req, user }) => {
  const [pair, perIp] = loginChecks(normalisedEmail(user.email), clientAddress(req.headers))
  await forget(pair)
  await forgive(perIp)
  return user
}

/** Every reset request counts, known address or not, so the answer tells nothing. */
export const limitResetRequests: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'forgotPassword') return args
  const address = normalisedEmail((args.data as Credentials | undefined)?.email)
  if (!address) return args
  await spendOrRefuse(req, 'reset', resetChecks(address, clientAddress(req.headers)))
  return args
}

/**
 * Sign-ups by people not signed in, whichever door (REST, GraphQL createUser, the site's form):
 * a manager creating accounts, or trusted server code (overrideAccess), is not limited.
 */
export const limitRegistrations: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'create' || overrideAccess || req.user) return args
  await spendOrRefuse(req, 'registration', registrationChecks(clientAddress(req.headers)))
  return args
}
