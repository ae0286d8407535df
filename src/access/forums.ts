import type { Access, FieldAccess, Where } from 'payload'

import { isActive, isManagerUser, moderatedThemeIds, type Person } from './roles'

const personOf = (user: unknown) => user as Person | null

/**
 * The forums are for approved members (and every active role): "registered members freely
 * access discussion forums". Visitors, pending, rejected, suspended and closed accounts read
 * nothing of them through any API; the theme pages tell visitors only how many discussions
 * there are (`countDiscussions` in src/data/forums.ts).
 */
export const isForumMemberUser = (user: Person | null | undefined): boolean => isActive(user)

export const forumMember: Access = ({ req }) => isForumMemberUser(personOf(req.user))

type Themed = {
  themes?: (number | string | { id: number | string })[] | null
  crossTheme?: boolean | null
}

const themeIdsOf = (doc: Themed | null | undefined): string[] =>
  (doc?.themes ?? []).map((theme) => String(typeof theme === 'object' ? theme.id : theme))

/**
 * Who moderates a discussion: managers (and admins), moderators of any of its themes, and for a
 * cross-theme discussion any moderator, since it belongs to every theme.
 */
export function moderatesDiscussion(user: Person | null | undefined, discussion: Themed): boolean {
  if (isManagerUser(user)) return true
  const mine = moderatedThemeIds(user).map(String)
  if (mine.length === 0) return false
  if (discussion.crossTheme) return true
  return themeIdsOf(discussion).some((id) => mine.includes(id))
}

/** The same rule as a query on discussions (or on documents that copy a discussion's themes). */
export function moderatedDiscussions(user: Person | null | undefined): Where | boolean {
  if (isManagerUser(user)) return true
  const mine = moderatedThemeIds(user)
  if (mine.length === 0) return false
  return { or: [{ themes: { in: mine } }, { crossTheme: { equals: true } }] }
}

/** Moderators of a theme, managers and admins: anyone who moderates some discussion. */
export const isForumModeratorUser = (user: Person | null | undefined): boolean =>
  moderatedDiscussions(user) !== false

/** A field only moderators read, such as a post's edit history or who hid it. */
export const forumModeratorField: FieldAccess = ({ req }) =>
  isForumModeratorUser(personOf(req.user))
