import { isApprovedMemberUser, isEditorUser, type Person } from './roles'

/**
 * Who a reader is, as far as what they may read is concerned. The content collections' read
 * rules (`src/access/index.ts`) tell only three kinds of reader apart for content:
 * - visitors (and pending, rejected or suspended accounts): published content, members-only
 *   works without their description, files and links;
 * - approved members: the same, with members-only contents, and who moderates a theme;
 * - editors (staff, moderators, managers, admins): drafts too, each within their own scope.
 * So every visitor reads the same thing, and so does every approved member: each of those two
 * audiences shares one data cache; an editor's reads are theirs alone. Only visitors' pages go
 * into the full-route cache (`src/routing/pageTrees.ts`).
 */
export type Audience = 'visitors' | 'members' | 'editor'

export function audienceOf(user: Person | null | undefined): Audience {
  if (isEditorUser(user)) return 'editor'
  return isApprovedMemberUser(user) ? 'members' : 'visitors'
}
