'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { payloadClient } from '@/data/payload'
import { saveFollowingSettings } from '@/following/settingsForm'
import { applyUnsubscription } from '@/following/unsubscribe'
import { readUnsubscribeToken } from '@/following/unsubscribeToken'
import { isLocale, type Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'

/**
 * The forms of following: the account page's settings and the unsubscribe page's button. Plain
 * HTML forms (they work without JavaScript), answered with a redirect that carries the outcome.
 */

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}
const localeOf = (form: FormData): Locale => {
  const locale = text(form, 'locale')
  return isLocale(locale) ? locale : 'en'
}
/** Saves how often the person hears about new items, and which themes and countries they follow. */
export async function saveFollowing(form: FormData) {
  const locale = localeOf(form)
  const page = `/${locale}/account/notifications`
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/${locale}/account/sign-in?next=${page}`)
  const isSaved = await saveFollowingSettings({ payload, user: user as User, form })
  redirect(`${page}?${isSaved ? 'saved=1' : 'error=invalid'}`)
}

/** The unsubscribe page's button: the signed link is the authority, no session needed. */
export async function unsubscribeByLink(form: FormData) {
  const locale = localeOf(form)
  const token = text(form, 'token')
  const page = `/${locale}/account/unsubscribe/${encodeURIComponent(token)}`
  const payload = await payloadClient()
  const unsubscription = readUnsubscribeToken({ secret: payload.secret, token })
  if (unsubscription) await applyUnsubscription({ payload, unsubscription })
  redirect(`${page}?${unsubscription ? 'done=1' : 'error=invalid'}`)
}
