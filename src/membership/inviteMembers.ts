import { ValidationError, type PayloadRequest } from 'payload'

import { Refused } from '@/access/refused'
import { isManagerUser, type Person } from '@/access/roles'
import { isLocale, type Locale } from '@/i18n/languages'
import type { Invitation } from '@/payload-types'

import { MAX_INVITATION_ROWS, RefusedList, type InvitationRow } from './invitationList'
import { isLiveInvitation, normalisedAddress, RENEWING } from './invitations'

/** What became of each person of a list, in the list's order. */
export const INVITE_OUTCOMES = [
  'invited',
  'renewed',
  'has-account',
  'already-invited',
  'invalid-address',
  'invalid-language',
  'missing-name',
  'duplicate',
] as const
export type InviteOutcome = (typeof INVITE_OUTCOMES)[number]
export type InviteResult = { line: number; name: string; email: string; outcome: InviteOutcome }

/** An address a mail can go to; the `email` field's own check stands behind it. */
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/

/**
 * Invites each person of a list (src/membership/invitationList.ts) as `req.user`, with
 * `overrideAccess: false`: the collection's rules decide, and its hooks issue each token and
 * queue each mail in the invitation's own transaction, so one refused row leaves the others
 * stored and mailed. An address with an account, or with a live invitation, is told and left
 * alone; an expired or revoked invitation is renewed (a new link for 14 days); a repeated
 * address invites once.
 */
export async function inviteMembers({
  req,
  rows,
  defaultLanguage = 'en',
}: {
  req: PayloadRequest
  rows: InvitationRow[]
  defaultLanguage?: Locale
}): Promise<InviteResult[]> {
  if (!isManagerUser(req.user as Person | null)) {
    throw new Refused('Only managers and administrators can invite people.')
  }
  if (rows.length > MAX_INVITATION_ROWS) throw new RefusedList('too-many', rows.length)
  const seen = new Set<string>()
  const results: InviteResult[] = []
  for (const row of rows) {
    const email = normalisedAddress(row.email)
    const answer = (outcome: InviteOutcome) =>
      results.push({ line: row.line, name: row.name, email: email || row.email, outcome })
    if (!ADDRESS.test(email)) answer('invalid-address')
    else if (seen.has(email)) answer('duplicate')
    else {
      seen.add(email)
      answer(await inviteOne({ req, row, email, defaultLanguage }).catch(refusedAddress))
    }
  }
  return results
}

/** The `email` field's own check, stricter than the pattern above on some addresses. */
function refusedAddress(error: unknown): InviteOutcome {
  const paths = error instanceof ValidationError ? error.data.errors.map(({ path }) => path) : []
  if (paths.includes('email')) return 'invalid-address'
  throw error
}

async function inviteOne({
  req,
  row,
  email,
  defaultLanguage,
}: {
  req: PayloadRequest
  row: InvitationRow
  email: string
  defaultLanguage: Locale
}): Promise<InviteOutcome> {
  const language = row.language ? row.language.toLowerCase() : defaultLanguage
  if (!isLocale(language)) return 'invalid-language'
  if (!row.name.trim()) return 'missing-name'
  const account = await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (account) return 'has-account'
  const { docs } = await req.payload.find({
    collection: 'invitations',
    where: { email: { equals: email } },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const earlier = docs[0] as Invitation | undefined
  if (isLiveInvitation(earlier)) return 'already-invited'
  const data = { name: row.name.trim(), language, organisation: row.organisation ?? null }
  // An accepted invitation whose account is gone since: a new invitation, not a renewal.
  if (earlier && earlier.status !== 'accepted') {
    req.context[RENEWING] = earlier.id
    await req.payload.update({
      collection: 'invitations',
      id: earlier.id,
      data: { ...data, status: 'sent' },
      overrideAccess: false,
      req,
    })
    return 'renewed'
  }
  await req.payload.create({
    collection: 'invitations',
    // The server issues the token, dates and status (issueInvitation).
    data: { ...data, email } as Omit<Invitation, 'id' | 'createdAt' | 'updatedAt'>,
    overrideAccess: false,
    req,
  })
  return 'invited'
}
