import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * Payload refuses a second reset request within `minRequestInterval` (15 s) only when it sends
 * the mail itself; with its sending switched off (sendAuthMailThroughQueue) every request would
 * store a new token, so a stranger repeating requests could keep invalidating the link a member
 * was just mailed. A request within the interval keeps the stored token instead, and no second
 * mail is queued (queueAuthMail compares tokens). Payload's forgot-password stores the token
 * through this update, with `resetPasswordToken` in its data; nothing else sets it.
 */
export const keepRecentResetToken: CollectionBeforeChangeHook<User> = ({
  collection,
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || typeof data?.resetPasswordToken !== 'string' || !originalDoc) {
    return data
  }
  const interval = collection.auth?.forgotPassword?.minRequestInterval ?? 15_000
  const now = Date.now()
  const last = Date.parse(originalDoc.resetPasswordRequestedAt ?? '')
  const hasLiveToken =
    Boolean(originalDoc.resetPasswordToken) &&
    Date.parse(originalDoc.resetPasswordExpiration ?? '') > now
  if (hasLiveToken && now - last < interval) {
    return {
      ...data,
      resetPasswordToken: originalDoc.resetPasswordToken,
      resetPasswordExpiration: originalDoc.resetPasswordExpiration,
    }
  }
  return { ...data, resetPasswordRequestedAt: new Date(now).toISOString() }
}
