'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { slugs } from '@collections/slugs'
import { payloadClient } from '@/data/payload'
import { isNotificationSetting } from '@/following/settings'
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
/** More than any real choice (five themes, a few dozen countries): a forged form, refused. */
const MAX_CHOICES = 100

/** Saves how often the person hears about new items, and which themes and countries they follow. */
export async function saveFollowing(form: FormData) {
  const locale = localeOf(form)
  const page = `/${locale}/account/notifications`
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/${locale}/account/sign-in?next=${page}`)
  const setting = text(form, 'notifications')
  const ids = (name: string) =>
    form
      .getAll(name)
      .filter((value): value is string => typeof value === 'string' && /^\w{1,40}$/.test(value))
      .map((value) => (payload.db.defaultIDType === 'number' ? Number(value) : value))
  const themes = ids('themes')
  const countries = ids('countries')
  let isSaved = false
  if (isNotificationSetting(setting) && themes.length + countries.length <= MAX_CHOICES) {
    try {
      await payload.update({
        collection: slugs.users,
        id: user.id,
        data: { notifications: setting, follows: { themes, countries } } as Partial<User>,
        user,
        overrideAccess: false,
      })
      isSaved = true
    } catch (error) {
      // An id that names no theme or country: Payload's 400, told as a form error.
      if ((error as { status?: number }).status !== 400) throw error
    }
  }
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
