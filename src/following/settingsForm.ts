import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { isNotificationSetting } from './settings'

/** More than any real choice (five themes, a few dozen countries): a forged form, refused. */
const MAX_CHOICES = 100

/**
 * Saves what the account form sent for the signed-in person: how often, and the themes and
 * countries they follow. Always their own account, as them (`overrideAccess: false`, the same
 * field rules as the API). False when the form is not one the page could have sent: a setting
 * that does not exist, too many choices, or an id naming no theme or country (Payload's 400).
 */
export async function saveFollowingSettings({
  payload,
  user,
  form,
}: {
  payload: Payload
  user: User
  form: FormData
}): Promise<boolean> {
  const setting = form.get('notifications')
  const ids = (name: string) =>
    form
      .getAll(name)
      .filter((value): value is string => typeof value === 'string' && /^\w{1,40}$/.test(value))
      .map((value) => (payload.db.defaultIDType === 'number' ? Number(value) : value))
  const themes = ids('themes')
  const countries = ids('countries')
  if (!isNotificationSetting(setting) || themes.length + countries.length > MAX_CHOICES) {
    return false
  }
  try {
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { notifications: setting, follows: { themes, countries } } as Partial<User>,
      user,
      overrideAccess: false,
    })
    return true
  } catch (error) {
    if ((error as { status?: number }).status === 400) return false
    throw error
  }
}
