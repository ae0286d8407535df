import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isManagerUser, type Person } from '@/access/roles'
import type { User } from '@/payload-types'

const AFFILIATION = ['organisation', 'organisationEntry', 'memberGroup'] as const

const idOf = (value: unknown) =>
  String(
    typeof value === 'object' && value !== null ? (value as { id: unknown }).id : (value ?? ''),
  )

const rawId = <T extends { id: number }>(value: number | T): number =>
  typeof value === 'object' ? value.id : value
const hasIds = (value: unknown) => Array.isArray(value) && value.length > 0

/**
 * A member approved without follows starts following their themes of interest and country, as
 * they stand after the request; follows they chose already are theirs to keep.
 */
function followsToSeed({ data, before }: { data: Partial<User>; before: User }) {
  const follows = { ...before.follows, ...data.follows }
  if (hasIds(follows.themes) || hasIds(follows.countries)) return {}
  const themes = data.themesOfInterest ?? before.themesOfInterest ?? []
  const country = 'country' in data ? data.country : before.country
  return {
    follows: {
      themes: themes.map(rawId),
      countries: country ? [rawId(country)] : [],
    },
  }
}

/**
 * What a membership decision carries with it, whichever API makes it:
 * - approving confirms the member's organisation and group as they stand after the request (a
 *   manager corrects them in the same request), which the site shows as a badge, and seeds what
 *   they follow (`followsToSeed`);
 * - a rejection needs a reason in the same request (a 400 on `rejectionReason` without one),
 *   and any other decision clears an earlier reason;
 * - a member who changes their own organisation or group loses the confirmation until a manager
 *   confirms again.
 * Who may decide is the guard's business (`guardPrivilegedFields`), checked before this runs.
 */
export const decideMembership: CollectionBeforeChangeHook<User> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const before = (operation === 'update' ? originalDoc : undefined) as User | undefined
  const status = data.membershipStatus ?? before?.membershipStatus
  const decided = status !== (before?.membershipStatus ?? undefined)

  if (decided && status === 'rejected') {
    const reason = typeof data.rejectionReason === 'string' ? data.rejectionReason.trim() : ''
    if (!reason) {
      throw new ValidationError(
        {
          collection: 'users',
          errors: [
            {
              path: 'rejectionReason',
              message: 'Give the applicant the reason for rejecting their application.',
            },
          ],
          req,
        },
        req.t,
      )
    }
    return { ...data, rejectionReason: reason, affiliationConfirmed: false }
  }
  if (decided && operation === 'update') {
    const approved =
      status === 'approved'
        ? { affiliationConfirmed: true, ...followsToSeed({ data, before: before! }) }
        : {}
    return { ...data, rejectionReason: null, ...approved }
  }
  if (before && !isManagerUser(req.user as Person | null)) {
    const moved = AFFILIATION.some(
      (field) => field in data && idOf(data[field]) !== idOf(before[field]),
    )
    if (moved) return { ...data, affiliationConfirmed: false }
  }
  return data
}
