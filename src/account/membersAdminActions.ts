'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { createLocalReq, type PayloadRequest } from 'payload'

import { isManagerUser, ROLES, type Person, type Role } from '@/access/roles'
import { payloadClient } from '@/data/payload'
import { isLocale, type Locale } from '@/i18n/languages'
import { approveMembership, rejectMembership } from '@/membership/decisions'
import { parseInvitationList, RefusedList } from '@/membership/invitationList'
import { inviteMembers, type InviteResult } from '@/membership/inviteMembers'
import type { User } from '@/payload-types'
import { isMemberGroup } from '@/people/memberGroups'
import { asRecordId } from '@/validation/shape'

import { field, localeOf } from './formFields'

/**
 * The managers' forms: deciding applications, members' roles and rights, suspending and
 * reinstating, and invitations. Each checks that a manager or admin is signed in before anything
 * else (anyone else is sent to their account page), then acts as that person through the Local
 * API with `overrideAccess: false`, so Payload's rules remain the enforcement: the guard refuses
 * a decision about oneself or an admin role granted by a non-admin, exactly as over REST. The
 * hooks record every change in the audit log and mail the applicant, in the change's transaction.
 */

type Manager = { locale: Locale; user: User; req: PayloadRequest }

async function asManager(form: FormData): Promise<Manager> {
  const locale = localeOf(form)
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !isManagerUser(user as unknown as Person)) redirect(`/${locale}/account`)
  const req = await createLocalReq({ user }, payload)
  return { locale, user: user as User, req }
}

const membersPage = (locale: Locale, query: string) => `/${locale}/account/members?${query}`

/** The refusal as the page's address names it: Payload's 403s, or anything else. */
const refusalOf = (error: unknown) =>
  (error as { status?: number } | null)?.status === 403 ? 'refused' : 'failed'

const idOf = (form: FormData, req: PayloadRequest) =>
  asRecordId(field(form, 'id'), req.payload.db.defaultIDType) as number | undefined

/** Runs one change and answers with the members page: saved, or why not. */
async function change(locale: Locale, run: () => Promise<unknown>, saved: string) {
  let failure: string | undefined
  try {
    await run()
  } catch (error) {
    failure = refusalOf(error)
  }
  // redirect() works by throwing, so it stays outside the try.
  redirect(membersPage(locale, failure ? `error=${failure}` : `saved=${saved}`))
}

/** Approves an applicant, confirming or correcting their organisation and member group. */
export async function approveApplicant(form: FormData) {
  const { locale, req } = await asManager(form)
  const id = idOf(form, req)
  if (id === undefined) redirect(membersPage(locale, 'error=failed'))
  const name = field(form, 'organisationName').trim()
  const entry = asRecordId(field(form, 'organisation'), req.payload.db.defaultIDType)
  const group = field(form, 'memberGroup')
  await change(
    locale,
    () =>
      approveMembership({
        req,
        id,
        // A directory entry chosen wins; otherwise the name typed (or proposed) stands.
        organisation: (entry as number | undefined) ?? (name || undefined),
        memberGroup: isMemberGroup(group) ? group : undefined,
      }),
    'approved',
  )
}

/** Rejects an applicant with the reason they are mailed; no reason, no rejection. */
export async function rejectApplicant(form: FormData) {
  const { locale, req } = await asManager(form)
  const id = idOf(form, req)
  const reason = field(form, 'reason').trim()
  if (id === undefined) redirect(membersPage(locale, 'error=failed'))
  if (!reason) redirect(membersPage(locale, 'error=reason'))
  await change(locale, () => rejectMembership({ req, id, reason }), 'rejected')
}

/** A member's roles, the themes they moderate and their right to submit, in one form. */
export async function updateMemberRights(form: FormData) {
  const { locale, req, user } = await asManager(form)
  const id = idOf(form, req)
  if (id === undefined) redirect(membersPage(locale, 'error=failed'))
  // Nobody changes their own rights here: another manager does.
  if (String(id) === String(user.id)) redirect(membersPage(locale, 'error=self'))
  const roles = form.getAll('roles').filter((role): role is Role => ROLES.includes(role as Role))
  const themes = form
    .getAll('moderatedThemes')
    .map((theme) => asRecordId(theme, req.payload.db.defaultIDType))
    .filter((theme): theme is number => theme !== undefined)
  await change(
    locale,
    () =>
      req.payload.update({
        collection: 'users',
        id,
        data: {
          roles: roles.length > 0 ? roles : ['member'],
          moderatedThemes: roles.includes('moderator') ? themes : [],
          maySubmit: form.get('maySubmit') === 'on',
        },
        overrideAccess: false,
        req,
      }),
    'rights',
  )
}

/** Suspends a member, or reinstates a suspended one. */
export async function setMemberStatus(form: FormData) {
  const { locale, req } = await asManager(form)
  const id = idOf(form, req)
  const status = field(form, 'status')
  if (id === undefined || (status !== 'suspended' && status !== 'approved')) {
    redirect(membersPage(locale, 'error=failed'))
  }
  await change(
    locale,
    () =>
      req.payload.update({
        collection: 'users',
        id,
        data: { membershipStatus: status },
        overrideAccess: false,
        req,
      }),
    status,
  )
}

export type InvitationsState = {
  results?: InviteResult[]
  /** Nothing sent, or a list refused as a whole (with its line, or its number of people). */
  error?: 'empty' | RefusedList['problem']
  count?: number
}

/**
 * A pasted or uploaded list (`useActionState`: the results come back to the same page, with or
 * without JavaScript). A list that cannot be read is answered with its reason.
 */
export async function sendInvitations(
  _previous: InvitationsState,
  form: FormData,
): Promise<InvitationsState> {
  const { req } = await asManager(form)
  const file = form.get('file')
  const pasted = field(form, 'list')
  const text = pasted.trim() ? pasted : file instanceof File ? await file.text() : ''
  if (!text.trim()) return { error: 'empty' }
  const language = field(form, 'language')
  try {
    const results = await inviteMembers({
      req,
      rows: parseInvitationList(text),
      defaultLanguage: isLocale(language) ? language : undefined,
    })
    return { results }
  } catch (error) {
    if (error instanceof RefusedList) return { error: error.problem, count: error.count }
    throw error
  }
}

/** Ends an invitation's link. */
export async function revokeInvitation(form: FormData) {
  const { locale, req } = await asManager(form)
  const id = idOf(form, req)
  let failure = id === undefined
  try {
    if (id !== undefined) {
      await req.payload.update({
        collection: 'invitations',
        id,
        data: { status: 'revoked' },
        overrideAccess: false,
        req,
      })
    }
  } catch {
    failure = true
  }
  redirect(`/${locale}/account/invitations?${failure ? 'error=failed' : 'saved=revoked'}`)
}
