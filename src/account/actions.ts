'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { createLocalReq, logoutOperation } from 'payload'

import { slugs } from '@collections/slugs'
import { payloadClient } from '@/data/payload'
import type { Locale } from '@/i18n/languages'

import { applicationOf, refusedFields } from './application'
import { field, localeOf } from './formFields'
import { newPasswordProblem } from './passwords'
import { endSession, startSession } from './session'

/**
 * The site's forms for joining, confirming an address, signing in and out and resetting a
 * password. Each posts here as a plain HTML form (it works without JavaScript) and is answered
 * with a redirect: to where the person was going, or back to the form with what went wrong in its
 * address (`?error=…`), which the account pages read. They call Payload's own operations through
 * the Local API with the request's headers, so the same checks, hooks and limits apply as on
 * `/api/users/…`.
 */

const accountPath = (locale: Locale, page = '') => `/${locale}/account${page}`

type Refusal = { status?: number; retryAfterSeconds?: number } | null

/**
 * Why an operation refused, as the address query the form reads: a code it shows a sentence
 * for, and for a limit, in how many minutes to try again.
 */
function refusalOf(error: unknown): string {
  const { status, retryAfterSeconds } = (error ?? {}) as NonNullable<Refusal>
  if (status === 429)
    return `limited&retry=${Math.max(1, Math.ceil((retryAfterSeconds ?? 900) / 60))}`
  if (status === 403) return 'unverified'
  return 'failed'
}
const isLimit = (error: unknown) => (error as Refusal)?.status === 429

/** Only a page of this site in the same language: never an address given from outside. */
function safeNext(locale: Locale, next: string): string {
  return next.startsWith(`/${locale}/`) || next === `/${locale}` ? next : accountPath(locale)
}

export async function signIn(form: FormData) {
  const locale = localeOf(form)
  const payload = await payloadClient()
  let failure: string | undefined
  try {
    const { token } = await payload.login({
      collection: slugs.users,
      data: { email: field(form, 'email').trim(), password: field(form, 'password') },
      req: { headers: await headers() },
    })
    if (token) await startSession(payload, token)
    else failure = 'failed'
  } catch (error) {
    failure = refusalOf(error)
  }
  // redirect() works by throwing, so it stays outside the try.
  if (failure) redirect(`${accountPath(locale, '/sign-in')}?error=${failure}`)
  redirect(safeNext(locale, field(form, 'next')))
}

export async function signOut(form: FormData) {
  const locale = localeOf(form)
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (user) {
    // Ends this session on the server too, so a copy of the token no longer signs anyone in.
    const req = await createLocalReq({ user }, payload)
    await logoutOperation({ collection: payload.collections[slugs.users], req })
  }
  await endSession(payload)
  redirect(`${accountPath(locale, '/sign-in')}?signedOut=1`)
}

export async function requestPasswordReset(form: FormData) {
  const locale = localeOf(form)
  const payload = await payloadClient()
  let failure: string | undefined
  try {
    // The mail is queued by the users collection's hooks, in the recipient's language.
    await payload.forgotPassword({
      collection: slugs.users,
      data: { email: field(form, 'email').trim() },
      req: { headers: await headers() },
    })
  } catch (error) {
    // Only a limit is told: any other answer would say whether the address has an account.
    if (isLimit(error)) failure = refusalOf(error)
  }
  if (failure) redirect(`${accountPath(locale, '/forgot-password')}?error=${failure}`)
  redirect(`${accountPath(locale, '/forgot-password')}?sent=1`)
}

export async function resetPassword(form: FormData) {
  const locale = localeOf(form)
  const token = field(form, 'token')
  const password = field(form, 'password')
  const resetPage = accountPath(locale, `/reset-password/${encodeURIComponent(token)}`)
  const problem = newPasswordProblem(password, field(form, 'repeat'))
  if (problem) redirect(`${resetPage}?error=${problem}`)
  const payload = await payloadClient()
  let signedIn = false
  try {
    const result = await payload.resetPassword({
      collection: slugs.users,
      data: { token, password },
      overrideAccess: true,
      req: { headers: await headers() },
    })
    if (result.token) {
      await startSession(payload, result.token)
      signedIn = true
    }
  } catch {
    redirect(`${resetPage}?error=invalid`)
  }
  redirect(signedIn ? `${accountPath(locale)}?passwordChanged=1` : accountPath(locale, '/sign-in'))
}

/**
 * An application from the join form, through the registration contract as `POST /api/users`
 * takes it: no user and no access override, so it is an applicant's sign-up with every check,
 * the per-address answer-alike and the registration limit. A known address is answered exactly
 * like a new one (the users hooks see to it), so the page after it must not differ either.
 */
export async function join(form: FormData) {
  const locale = localeOf(form)
  const invitation = field(form, 'invitation')
  // An invited applicant sent back to the form finds it filled in again.
  const joinPage = `${accountPath(locale, '/join')}?${invitation ? `invitation=${encodeURIComponent(invitation)}&` : ''}`
  const password = field(form, 'password')
  const problem = newPasswordProblem(password, field(form, 'repeat'))
  if (problem) redirect(`${joinPage}error=${problem}`)
  const payload = await payloadClient()
  let failure: string | undefined
  try {
    await payload.create({
      collection: slugs.users,
      data: applicationOf(form, payload.db.defaultIDType) as never,
      overrideAccess: false,
      req: { headers: await headers() },
    })
  } catch (error) {
    const fields = refusedFields(error)
    if (isLimit(error)) failure = refusalOf(error)
    else if (fields.length > 0) failure = fields.join(',')
    else {
      payload.logger.error({ err: error, msg: 'join: the application could not be stored' })
      failure = 'failed'
    }
  }
  if (failure) redirect(`${joinPage}error=${failure}`)
  redirect(`${accountPath(locale, '/join')}?sent=1`)
}

/**
 * The button of the page the verification mail links to. Mail scanners open links, so the page
 * only shows this form; the address is confirmed when the person presses it.
 * `payload.verifyEmail` goes through the users hooks (src/membership/verify.ts): the audit entry
 * and the managers' review requests.
 */
export async function verifyAddress(form: FormData) {
  const locale = localeOf(form)
  const token = field(form, 'token')
  const verifyPage = accountPath(locale, `/verify/${encodeURIComponent(token)}`)
  const payload = await payloadClient()
  let isVerified = false
  try {
    isVerified = await payload.verifyEmail({
      collection: slugs.users,
      token,
      req: { headers: await headers() },
    })
  } catch {
    // An unknown or spent token: Payload's 403, told below as an expired link.
  }
  redirect(`${verifyPage}?${isVerified ? 'confirmed=1' : 'error=invalid'}`)
}
