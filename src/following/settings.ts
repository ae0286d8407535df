/**
 * How often a member hears about what they follow: a mail per new item, a daily or weekly digest,
 * or nothing. One list for the field's options, the account form and the digest jobs.
 */
export const NOTIFICATION_SETTINGS = ['immediate', 'daily', 'weekly', 'none'] as const
export type NotificationSetting = (typeof NOTIFICATION_SETTINGS)[number]
export const DEFAULT_NOTIFICATION_SETTING: NotificationSetting = 'weekly'

export const isNotificationSetting = (value: unknown): value is NotificationSetting =>
  NOTIFICATION_SETTINGS.includes(value as NotificationSetting)

/** The digest cadences and how far back each looks (twice its period: a missed run is caught). */
export const DIGEST_CADENCES = ['daily', 'weekly'] as const
export type DigestCadence = (typeof DIGEST_CADENCES)[number]
const DAY_MS = 24 * 60 * 60 * 1000
export const CADENCE_PERIOD_MS: Record<DigestCadence, number> = {
  daily: DAY_MS,
  weekly: 7 * DAY_MS,
}
