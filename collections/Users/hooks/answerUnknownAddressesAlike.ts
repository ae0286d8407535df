import crypto from 'node:crypto'
import { promisify } from 'node:util'

import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { normalisedEmail } from '@/security/limits/actions'

const pbkdf2 = promisify(crypto.pbkdf2)
/** Payload 3.90's password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js). */
const HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const
const SALT = crypto.randomBytes(32).toString('hex')

/**
 * Payload answers a sign-in for an unknown address at once, but compares a 600,000-round hash
 * for a known one: about 0.3 s apart here, enough to list which addresses have accounts. For an
 * address with no account this compares the password against nothing with the same cost, then
 * refuses with Payload's own error, so status, body and timing are those of a wrong password.
 * Runs after the limits, so an attacker's spent budget costs no hashing.
 */
export const answerUnknownAddressesAlike: CollectionBeforeOperationHook<'users'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  const address = normalisedEmail(email)
  // Without both Payload answers 400 before looking anyone up.
  if (!address || typeof password !== 'string' || password.trim() === '') return args
  const account = await req.payload.db.findOne({
    collection: collection.slug,
    where: { email: { equals: address } },
    select: { id: true },
    req,
  })
  if (account) return args
  await pbkdf2(password, SALT, HASH.iterations, HASH.keyLength, HASH.digest)
  throw new AuthenticationError(req.t)
}
