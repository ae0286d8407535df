import type { Access, FieldAccess, Where } from 'payload'

import {
  isAdminUser,
  isApprovedMemberUser,
  isEditorUser,
  isManagerUser,
  isStaffUser,
  moderatedThemeIds,
  type Person,
} from './roles'
import { audienceOf, isLockedFor, readsMembersOnly, visibleTo } from './audience'

export * from './roles'

const personOf = (user: unknown) => user as Person | null

export const anyone: Access = () => true
export const nobody: Access = () => false

export const isAdmin: Access = ({ req }) => isAdminUser(personOf(req.user))
export const isManager: Access = ({ req }) => isManagerUser(personOf(req.user))
export const isStaff: Access = ({ req }) => isStaffUser(personOf(req.user))
export const isApprovedMember: Access = ({ req }) => isApprovedMemberUser(personOf(req.user))

/** Staff create anything; moderators create within their themes (checked by `limitToModeratedThemes`). */
export const canCreateContent: Access = ({ req }) => isEditorUser(personOf(req.user))

/** Staff edit everything; a moderator edits documents tagged with a theme they moderate. */
export const canEditThemedContent: Access = ({ req }) => {
  const user = personOf(req.user)
  if (isStaffUser(user)) return true
  const themes = moderatedThemeIds(user)
  if (themes.length === 0) return false
  return { themes: { in: themes } }
}

/** Removing content is final, so only managers and admins may do it. */
export const canDeleteContent: Access = isManager

const published: Where = { _status: { equals: 'published' } }

/** Drafts are for editors; everyone else reads published versions only. */
export const publishedOrEditor: Access = ({ req }) => {
  if (audienceOf(personOf(req.user)) === 'editor') return true
  return published
}

/**
 * Resources: everyone reads published works, so a members-only work shows its title and summary
 * with a clear "members only" state (the brief wants people to see what membership gives);
 * what it contains (description, files, links) is for approved members, see `memberContentField`.
 * Editors read drafts too.
 */
export const publishedForAudience: Access = publishedOrEditor

/** Approved members, or a document everyone may read in full. */
const readsMemberContent = (user: unknown, doc: unknown) =>
  !isLockedFor(
    audienceOf(personOf(user)),
    doc === undefined || doc === null ? undefined : (doc as { visibility?: string }).visibility,
  )

/**
 * Field twin of `publishedForAudience`: the contents of a members-only work are read by approved
 * members only. Without a document (a `where` on the field) only members may use it, so nobody can
 * probe members-only contents by query.
 */
export const memberContentField: FieldAccess = ({ req, doc }) => readsMemberContent(req.user, doc)

/**
 * The same rule for a localised rich-text field, applied in two halves. Payload 3.90 runs a
 * rich-text field's afterRead hooks for every locale (`locale=all`) even after field access has
 * removed the value, and fails on the missing object (a 500 for any visitor listing a members-only
 * work in all languages). So the field refuses only queries (no document), and
 * `hideMemberContent` removes the value once every field hook has run.
 */
export const memberContentQueryField: FieldAccess = ({ req, doc }) =>
  doc !== undefined || readsMembersOnly(audienceOf(personOf(req.user)))

export { readsMemberContent }

/** Files follow the work they belong to: members-only files stay with members, drafts with editors. */
export const filesForAudience: Access = ({ req }) => visibleTo(audienceOf(personOf(req.user)))

/** Field twin: a person's private fields are visible to themselves and to managers only. */
export const selfOrManagerField: FieldAccess = ({ req, doc, id }) => {
  const user = personOf(req.user)
  if (isManagerUser(user)) return true
  if (!user) return false
  const ownerId = doc?.id ?? id
  return ownerId !== undefined && String(ownerId) === String(user.id)
}

export const managerField: FieldAccess = ({ req }) => isManagerUser(personOf(req.user))
export const staffField: FieldAccess = ({ req }) => isStaffUser(personOf(req.user))
