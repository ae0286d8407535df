import { randomUUID } from 'node:crypto'
import {
  ValidationError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { isManagerUser, type Person } from '@/access/roles'
import { queueSignupAttemptMail } from '@/membership/mails'
import type { User } from '@/payload-types'

import { SENT } from './adaptOrganisation'

/** The registration contract: what an applicant sends, and all a sign-up's answer repeats. */
export const APPLICATION_FIELDS = [
  'name',
  'email',
  'organisation',
  'memberGroup',
  'country',
  'themesOfInterest',
  'statement',
  'preferredLanguage',
] as const
/** What managers need to review an application (Payload itself requires email and password). */
const REQUIRED = ['name', 'organisation', 'memberGroup'] as const

/** Set on the operation's arguments: the answer to give, and the account the address belongs to. */
const ANSWER = 'applicantAnswer'
const OWNER = 'addressOwner'
/** Tells this create's other hooks that the record is a stand-in, about to be removed. */
export const STAND_IN = 'signupForKnownAddress'

type Args = Record<string, unknown> & { data?: Record<string, unknown> }

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/** Self-registration: anyone but a manager creating an account through an API. */
const isApplication = (req: PayloadRequest, overrideAccess?: boolean) =>
  !overrideAccess && !isManagerUser(req.user as Person | null)

/**
 * A sign-up answers alike whether or not the address already has an account, or a stranger
 * could learn who is a member. Payload answers a known address "already registered" (a 400,
 * and before hashing the password, so faster too). Here a sign-up for a known address goes on
 * with a stand-in address instead: every check, the password hashing and the 201 are the same as
 * for a new account. `answerApplicant` then removes the stand-in in the same transaction, so
 * nothing is created, and tells the address's owner instead. It lives in the Users hooks, not at
 * the HTTP edge, so REST, GraphQL and the Local API (without a manager) all behave alike.
 *
 * Applicants must also give what a manager needs to review them: name, organisation (a name or
 * a directory id) and member group, each a 400 naming the field when missing.
 */
export const registerApplicant: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  const given = args as Args
  if (operation !== 'create' || !isApplication(req, overrideAccess)) return args
  const data = given.data ?? {}

  const missing = REQUIRED.filter((field) => isBlank(data[field]))
  if (missing.length > 0) {
    throw new ValidationError(
      {
        collection: 'users',
        errors: missing.map((path) => ({ path, message: `An application needs its ${path}.` })),
        req,
      },
      req.t,
    )
  }

  const sent = (given[SENT] as Record<string, unknown> | undefined) ?? data
  const answer = Object.fromEntries(
    APPLICATION_FIELDS.filter((field) => field in sent).map((field) => [field, sent[field]]),
  )
  const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : ''
  const owner = email
    ? await req.payload.db.findOne<User>({
        collection: 'users',
        where: { email: { equals: email } },
        req,
      })
    : null
  if (!owner) return { ...args, [ANSWER]: answer } as never

  req.context[STAND_IN] = true
  return {
    ...args,
    data: { ...data, email: `stand-in-${randomUUID()}@known-address.invalid` },
    [ANSWER]: answer,
    [OWNER]: {
      id: owner.id,
      email: owner.email,
      name: owner.name,
      preferredLanguage: owner.preferredLanguage,
    },
  } as never
}

/**
 * Answers an application with what the applicant sent (no id, no stored values, nothing a
 * sign-up for a known address could not answer too); removes the stand-in and mails the owner.
 */
export const answerApplicant: CollectionAfterOperationHook<'users'> = async ({
  args,
  operation,
  req,
  result,
}) => {
  const given = args as Args
  if (operation !== 'create' || !given[ANSWER]) return result
  const owner = given[OWNER] as User | undefined
  if (owner && result && typeof result === 'object' && 'id' in result) {
    await req.payload.db.deleteOne({
      collection: 'users',
      where: { id: { equals: result.id } },
      req,
      returning: false,
    })
    delete req.context[STAND_IN]
    await queueSignupAttemptMail({ req, owner })
  }
  return given[ANSWER] as never
}
