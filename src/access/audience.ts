import type { Where } from 'payload'

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
 *
 * This module is the one place that says what each audience may read of members-only works.
 * The collections' access rules, the search filter, the feeds, the sitemap and the pages'
 * "members only" state all ask it; feeds and the sitemap are always read as visitors, because
 * what they hold is copied to readers and crawlers.
 */
export type Audience = 'visitors' | 'members' | 'editor'

export function audienceOf(user: Person | null | undefined): Audience {
  if (isEditorUser(user)) return 'editor'
  return isApprovedMemberUser(user) ? 'members' : 'visitors'
}

/** A work's (and its files') visibility: `editors` is a file whose work is not published yet. */
export type Visibility = 'public' | 'members' | 'editors'

const VISIBLE_TO: Record<Audience, readonly Visibility[]> = {
  visitors: ['public'],
  members: ['public', 'members'],
  editor: ['public', 'members', 'editors'],
}

/** The visibilities an audience reads in full. */
export const visibilitiesFor = (audience: Audience): readonly Visibility[] => VISIBLE_TO[audience]

/** Whether this audience reads a members-only work's description, files and links. */
export const readsMembersOnly = (audience: Audience): boolean =>
  VISIBLE_TO[audience].includes('members')

/**
 * Whether a work's contents (description, files, links) are kept from this audience, and the
 * work shown as "members only". A work whose visibility is unknown (not read) counts as
 * members-only: the safe side.
 */
export const isLockedFor = (audience: Audience, visibility: string | null | undefined): boolean =>
  visibility !== 'public' && !readsMembersOnly(audience)

/** The same rule as a Payload query on a `visibility` field. */
export function visibleTo(audience: Audience): Where {
  const visibilities = VISIBLE_TO[audience]
  return visibilities.length === 1
    ? { visibility: { equals: visibilities[0] } }
    : { visibility: { in: [...visibilities] } }
}

/** The same rule as a Meilisearch filter on the documents' `visibility` attribute. */
export function visibilityFilter(audience: Audience): string {
  const visibilities = VISIBLE_TO[audience]
  return visibilities.length === 1
    ? `visibility = "${visibilities[0]}"`
    : `visibility IN [${visibilities.map((value) => `"${value}"`).join(', ')}]`
}
