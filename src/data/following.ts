import type { Locale } from '@/i18n/languages'
import {
  DEFAULT_NOTIFICATION_SETTING,
  isNotificationSetting,
  type NotificationSetting,
} from '@/following/settings'
import { relationIds } from '@/following/descriptor'
import { FORUM_MAIL_SETTINGS, type ForumMailSetting } from '@/forums/options'
import type { User } from '@/payload-types'

import { listCountries } from './countries'
import { payloadClient } from './payload'
import { listThemes } from './themes'

export type FollowChoice = { id: string; name: string; lang?: string; isFollowed: boolean }
export type FollowingSettings = {
  setting: NotificationSetting
  /** How forum mail reaches them, per reason (the defaults for accounts without a choice). */
  forumMail: Record<'participating' | 'mentions' | 'watching', ForumMailSetting>
  themes: FollowChoice[]
  countries: FollowChoice[]
}

const forumSetting = (value: unknown, fallback: ForumMailSetting): ForumMailSetting =>
  FORUM_MAIL_SETTINGS.includes(value as ForumMailSetting) ? (value as ForumMailSetting) : fallback

/**
 * What a signed-in person follows and how often they hear about it, with every theme and
 * country to choose from. Their own settings are read as them (field rules: only they and
 * managers read these) and never through the shared data cache: they are personal.
 */
export async function readFollowingSettings({
  user,
  locale,
}: {
  user: User
  locale: Locale
}): Promise<FollowingSettings> {
  const payload = await payloadClient()
  const [own, themes, countries] = await Promise.all([
    payload.findByID({
      collection: 'users',
      id: user.id,
      select: { notifications: true, follows: true, forumMail: true },
      depth: 0,
      user,
      overrideAccess: false,
    }),
    listThemes({ user, locale }),
    listCountries({ user, locale }),
  ])
  const followed = {
    themes: new Set(relationIds(own.follows?.themes)),
    countries: new Set(relationIds(own.follows?.countries)),
  }
  return {
    setting: isNotificationSetting(own.notifications)
      ? own.notifications
      : DEFAULT_NOTIFICATION_SETTING,
    forumMail: {
      participating: forumSetting(own.forumMail?.participating, 'immediate'),
      mentions: forumSetting(own.forumMail?.mentions, 'immediate'),
      watching: forumSetting(own.forumMail?.watching, 'weekly'),
    },
    themes: themes.map((theme) => ({
      id: String(theme.id),
      name: theme.title ?? theme.slug,
      isFollowed: followed.themes.has(String(theme.id)),
    })),
    countries: countries.map((country) => ({
      id: String(country.id),
      name: country.name ?? country.iso,
      lang: country.languages.name === locale ? undefined : country.languages.name,
      isFollowed: followed.countries.has(String(country.id)),
    })),
  }
}
