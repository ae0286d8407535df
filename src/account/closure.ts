import { randomBytes } from 'node:crypto'

import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { Refused } from '@/access/refused'
import { mailText } from '@/email/compose'
import { mailKey } from '@/email/message'
import { queuePersonalMail, siteLink } from '@/email/personal'
import { FORMER_MEMBER } from '@/people/credit'
import { DIRECTORY_DEFAULTS } from '@/people/directory'
import type { User } from '@/payload-types'

/** An address nobody can receive mail at (`.invalid` is reserved, RFC 2606), unique per account. */
const placeholderAddress = (id: number) =>
  `closed-${id}-${randomBytes(6).toString('hex')}@closed.invalid`

/**
 * What a closed account keeps: nothing personal. The organisation and group stay only when a
 * manager confirmed them: they are the organisation's, not the person's, and what the person's
 * contributions are credited to (`creditFor`). Rights, sessions and tokens go; the status says
 * `closed`, which no access rule counts (src/access/roles.ts).
 */
export function erasure(user: User) {
  const keepsAffiliation = Boolean(user.affiliationConfirmed && user.organisation)
  return {
    name: FORMER_MEMBER,
    email: placeholderAddress(user.id),
    password: randomBytes(32).toString('hex'),
    statement: null,
    country: null,
    themesOfInterest: [],
    organisation: keepsAffiliation ? user.organisation : null,
    organisationEntry: keepsAffiliation ? (user.organisationEntry ?? null) : null,
    memberGroup: keepsAffiliation ? (user.memberGroup ?? null) : null,
    affiliationConfirmed: keepsAffiliation,
    proposedOrganisation: { name: null, entry: null, proposedAt: null },
    preferredLanguage: 'en' as const,
    directory: { ...DIRECTORY_DEFAULTS, listed: false, showCountry: false, showThemes: false },
    notifications: 'none' as const,
    follows: { themes: [], countries: [] },
    membershipStatus: 'closed' as const,
    roles: ['member' as const],
    moderatedThemes: [],
    maySubmit: false,
    rejectionReason: null,
    resetPasswordToken: null,
    resetPasswordExpiration: null,
    sessions: [],
  }
}

/**
 * Closes the signed-in person's account once they have given their password again (checked by
 * Payload's own login, under its attempt limits: a 403 `Refused` otherwise). In one transaction:
 * the goodbye mail is queued to the address before it is erased, then the personal data is
 * replaced (`erasure`) and every session ended. The users hooks audit-log the closing as
 * `closed`, the person being the actor. Their contributions are left untouched.
 */
export async function closeAccount({ req, password }: { req: PayloadRequest; password: string }) {
  const person = req.user as { id?: number; email?: string } | null
  const id = person?.id
  if (id === undefined || !person?.email) throw new Refused('Sign in to close your account.')
  try {
    await req.payload.login({
      collection: 'users',
      data: { email: person.email, password },
      req: { headers: req.headers },
    })
  } catch (error) {
    if ((error as { status?: number }).status === 429) throw error
    throw new Refused('That password is not right; the account is still open.')
  }
  await keepAnAdministrator(req, id)
  const hasOwnTransaction = await initTransaction(req)
  try {
    const user = (await req.payload.findByID({
      collection: 'users',
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })) as User
    await queuePersonalMail({
      req,
      to: user,
      key: mailKey('goodbye', user.id, new Date().toISOString()),
      write: (locale) => ({
        subject: mailText(locale, 'goodbyeSubject'),
        intro: mailText(locale, 'goodbyeIntro'),
        link: siteLink(req, `/${locale}/account/join`),
        outro: mailText(locale, 'goodbyeOutro'),
      }),
    })
    await req.payload.update({
      collection: 'users',
      id,
      data: erasure(user) as never,
      overrideAccess: true,
      req,
    })
    if (hasOwnTransaction) await commitTransaction(req)
  } catch (error) {
    if (hasOwnTransaction) await killTransaction(req)
    throw error
  }
}

/**
 * The last administrator may not close their account: nobody could then grant the role again
 * (a 409, told on the profile page). Closing loses the role, like every other.
 */
async function keepAnAdministrator(req: PayloadRequest, id: number) {
  const roles = (req.user as { roles?: string[] } | null)?.roles ?? []
  if (!roles.includes('admin')) return
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: id } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) {
    throw new APIError('Make someone else an administrator before closing your account.', 409)
  }
}
