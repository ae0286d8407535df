import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { FORUM_MAIL_SETTINGS, type ForumMailSetting } from '@/forums/options'

import { isNotificationSetting } from './settings'

/** The account form's forum mail choices: why a member hears of a post → how. */
export const FORUM_MAIL_REASONS = ['participating', 'mentions', 'watching'] as const
const isForumMailSetting = (value: unknown): value is ForumMailSetting =>
  FORUM_MAIL_SETTINGS.includes(value as ForumMailSetting)

/** More than any real choice (five themes, a few dozen countries): a forged form, refused. */
const MAX_CHOICES = 100

/**
 * Saves what the account form sent for the signed-in person: how often, the themes and
 * countries they follow, and how forum mail reaches them. Always their own account, as them (`overrideAccess: false`, the same
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
  // The forum mail settings (`forumMail.<reason>`); a form without them leaves them as they are.
  const forumMail: Partial<Record<(typeof FORUM_MAIL_REASONS)[number], ForumMailSetting>> = {}
  for (const reason of FORUM_MAIL_REASONS) {
    const value = form.get(`forumMail.${reason}`)
    if (value === null) continue
    if (!isForumMailSetting(value)) return false
    forumMail[reason] = value
  }
  try {
    await payload.update({
      collection: 'users',
      id: user.id,
      data: {
        notifications: setting,
        follows: { themes, countries },
        ...(Object.keys(forumMail).length ? { forumMail } : {}),
      } as Partial<User>,
      user,
      overrideAccess: false,
    })
    return true
  } catch (error) {
    if ((error as { status?: number }).status === 400) return false
    throw error
  }
}
