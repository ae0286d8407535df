'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { createLocalReq, type Payload } from 'payload'

import { payloadClient } from '@/data/payload'
import { isLocale, type Locale } from '@/i18n/languages'
import { decideOrganisationChange, proposeOrganisation } from '@/membership/organisation'
import { isMemberGroup } from '@/people/memberGroups'
import type { User } from '@/payload-types'
import { asRecordId } from '@/validation/shape'

import { closeAccount } from './closure'
import { saveProfile } from './profile'
import { endSession } from './session'

/**
 * The profile page's forms (plain HTML forms, answered with a redirect carrying `?saved=…` or
 * `?error=…`) and the managers' decisions on changes of organisation. Each acts as the signed-in
 * person with their own access, through the same functions the tests drive.
 */

const field = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value.trim() : ''
}
const localeOf = (form: FormData): Locale => {
  const locale = field(form, 'locale')
  return isLocale(locale) ? locale : 'en'
}
const profilePath = (locale: Locale) => `/${locale}/account/profile`

/** The signed-in person, or off to the sign-in page (which brings them back). */
async function signedIn(locale: Locale, back: string): Promise<{ payload: Payload; user: User }> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(back)}`)
  return { payload, user: user as User }
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

export async function saveProfileForm(form: FormData) {
  const locale = localeOf(form)
  const { payload, user } = await signedIn(locale, profilePath(locale))
  let failure = false
  try {
    await saveProfile({ payload, user, form })
  } catch (error) {
    if (statusOf(error) !== 400) payload.logger.error({ err: error, msg: 'profile not saved' })
    failure = true
  }
  redirect(`${profilePath(locale)}?${failure ? 'error=profile' : 'saved=profile'}`)
}

export async function proposeOrganisationForm(form: FormData) {
  const locale = localeOf(form)
  const { payload, user } = await signedIn(locale, profilePath(locale))
  const named = field(form, 'organisationName')
  const chosen = asRecordId(field(form, 'organisation'), payload.db.defaultIDType)
  const organisation = named || chosen
  if (!organisation) redirect(`${profilePath(locale)}?error=organisation`)
  let answer = 'error=organisation'
  try {
    const req = await createLocalReq({ user }, payload)
    const updated = await proposeOrganisation({ req, organisation })
    // Waiting for a manager, or (nothing confirmed yet) changed at once.
    const isWaiting = Boolean(updated.proposedOrganisation?.proposedAt)
    answer = isWaiting ? 'saved=organisation' : 'saved=organisationChanged'
  } catch (error) {
    if (statusOf(error) !== 400) payload.logger.error({ err: error, msg: 'organisation change' })
  }
  redirect(`${profilePath(locale)}?${answer}`)
}

export async function closeAccountForm(form: FormData) {
  const locale = localeOf(form)
  const { payload, user } = await signedIn(locale, profilePath(locale))
  const password = form.get('password')
  let failure: string | undefined
  try {
    const req = await createLocalReq({ user, req: { headers: await headers() } }, payload)
    await closeAccount({ req, password: typeof password === 'string' ? password : '' })
  } catch (error) {
    const status = statusOf(error)
    if (status !== 403 && status !== 409 && status !== 429) {
      payload.logger.error({ err: error, msg: 'account not closed' })
    }
    failure = status === 429 ? 'limited' : status === 409 ? 'lastAdmin' : 'password'
  }
  if (failure) redirect(`${profilePath(locale)}?error=${failure}#close`)
  await endSession(payload)
  redirect(`/${locale}/account/closed`)
}

export async function decideOrganisationChangeForm(form: FormData) {
  const locale = localeOf(form)
  const page = `/${locale}/account/organisation-changes`
  const { payload, user } = await signedIn(locale, page)
  const id = asRecordId(field(form, 'member'), payload.db.defaultIDType) as number | undefined
  const decision = field(form, 'decision')
  const group = field(form, 'memberGroup')
  let failure = id === undefined || (decision !== 'confirm' && decision !== 'decline')
  if (!failure) {
    try {
      await decideOrganisationChange({
        req: await createLocalReq({ user }, payload),
        id: id as number,
        decision: decision as 'confirm' | 'decline',
        memberGroup: isMemberGroup(group) ? group : undefined,
      })
    } catch (error) {
      const status = statusOf(error)
      if (status !== 400 && status !== 403 && status !== 404) {
        payload.logger.error({ err: error, msg: 'organisation decision' })
      }
      failure = true
    }
  }
  redirect(`${page}?${failure ? 'error=failed' : 'saved=1'}`)
}
