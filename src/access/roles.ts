import type { User } from '@/payload-types'

export const ROLES = ['admin', 'manager', 'moderator', 'staff', 'member'] as const
export type Role = (typeof ROLES)[number]

export const MEMBERSHIP_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

/** What access rules need to know of a signed-in person (the shape saved into the JWT). */
export type Person = Pick<User, 'id' | 'roles' | 'membershipStatus' | 'moderatedThemes'>

type MaybePerson = Person | null | undefined

/**
 * A role only counts while the membership is approved: suspending a moderator removes their
 * rights at once. Admins are exempt so that a mistaken status change cannot lock everyone out.
 */
export function isActive(user: MaybePerson): user is Person {
  if (!user) return false
  return user.membershipStatus === 'approved' || Boolean(user.roles?.includes('admin'))
}

export function hasRole(user: MaybePerson, ...roles: Role[]): boolean {
  return isActive(user) && Boolean(user.roles?.some((role) => roles.includes(role)))
}

export const isAdminUser = (user: MaybePerson): boolean => hasRole(user, 'admin')
/** Managers and admins: assign roles, approve memberships, delete anything. */
export const isManagerUser = (user: MaybePerson): boolean => hasRole(user, 'admin', 'manager')
/** Staff enter and edit content of every theme. */
export const isStaffUser = (user: MaybePerson): boolean =>
  hasRole(user, 'admin', 'manager', 'staff')
export const isModeratorUser = (user: MaybePerson): boolean => hasRole(user, 'moderator')
/** Anyone who edits content in the admin panel, whatever its scope. */
export const isEditorUser = (user: MaybePerson): boolean =>
  isStaffUser(user) || isModeratorUser(user)
/** Approved members (and every active role) read members-only content. */
export const isApprovedMemberUser = (user: MaybePerson): boolean => isActive(user)

/** Ids of the themes a moderator looks after, whether populated or not. */
export function moderatedThemeIds(user: MaybePerson): (number | string)[] {
  if (!isModeratorUser(user)) return []
  return (user?.moderatedThemes ?? []).map((theme) =>
    typeof theme === 'object' && theme !== null ? theme.id : theme,
  )
}

/**
 * Approved members a manager has given the right to submit (`maySubmit`) propose events, news
 * and resources for review. `maySubmit` is not in the JWT: `req.user` is the stored account.
 */
export const maySubmitUser = (
  user: (Person & { maySubmit?: boolean | null }) | null | undefined,
): boolean => isActive(user) && Boolean(user?.maySubmit)
