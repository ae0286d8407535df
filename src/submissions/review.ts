import type { Where } from 'payload'

import { Refused } from '@/access/refused'
import { isManagerUser, moderatedThemeIds, type Person } from '@/access/roles'

import { idOf } from './status'

/**
 * Who may decide on a submission: a manager (or admin), or a moderator of one of the themes it
 * is tagged with, and never the person who submitted it, whatever their roles. The themes are
 * the stored ones, so a moderator cannot retag a submission into their theme to approve it.
 */
export function assertReviewer({
  user,
  themes,
  submitter,
}: {
  user: Person | null
  themes: unknown
  submitter: unknown
}): void {
  if (!user) throw new Refused('Only a manager or a moderator of its themes decides on this.')
  if (idOf(submitter) === String(user.id)) {
    throw new Refused('You cannot approve or reject your own submission.')
  }
  if (isReviewerOf({ user, themes })) return
  throw new Refused(
    'Only a manager or a moderator of one of its themes may approve or reject this submission.',
  )
}

export function isReviewerOf({ user, themes }: { user: Person | null; themes: unknown }): boolean {
  if (isManagerUser(user)) return true
  const mine = new Set(moderatedThemeIds(user).map(String))
  return (Array.isArray(themes) ? themes : []).some((theme) => mine.has(String(idOf(theme))))
}

/** The people to ask for a review: managers, admins and the moderators of these themes. */
export function reviewersOf(themes: unknown): Where {
  const themeIds = (Array.isArray(themes) ? themes : []).map(idOf).filter(Boolean) as string[]
  const approved: Where = { membershipStatus: { equals: 'approved' } }
  return {
    or: [
      { roles: { contains: 'admin' } },
      { and: [{ roles: { contains: 'manager' } }, approved] },
      ...(themeIds.length > 0
        ? [
            {
              and: [
                { roles: { contains: 'moderator' } },
                approved,
                { moderatedThemes: { in: themeIds } },
              ],
            },
          ]
        : []),
    ],
  }
}
