import type { FieldAccess, Where } from 'payload'

import { isApprovedMemberUser, isManagerUser, type Person } from '@/access/roles'

/**
 * What a member chooses to show other members (the users collection's `directory` group). Being
 * `listed` puts them in the member directory (`/<locale>/members`), by name; each `show…` adds
 * one detail, wherever another member reads them (pages, REST, GraphQL).
 *
 * Defaults: nobody is listed until they opt in. Organisation and group start shown: they are the
 * confirmed affiliation the site shows as a badge beside a member's name (on theme pages, and
 * forums), which members already saw before the opt-ins existed; country and themes start hidden.
 */
export const DIRECTORY_OPT_INS = [
  'listed',
  'showOrganisation',
  'showGroup',
  'showCountry',
  'showThemes',
] as const
export type DirectoryOptIn = (typeof DIRECTORY_OPT_INS)[number]

export const DIRECTORY_DEFAULTS: Record<DirectoryOptIn, boolean> = {
  listed: false,
  showOrganisation: true,
  showGroup: true,
  showCountry: false,
  showThemes: false,
}

/** Which opt-in shows which field of the users collection. */
export const SHOWN_BY = {
  organisation: 'showOrganisation',
  memberGroup: 'showGroup',
  country: 'showCountry',
  themesOfInterest: 'showThemes',
} as const satisfies Record<string, DirectoryOptIn>
export type DirectoryField = keyof typeof SHOWN_BY

type Shown = { id?: unknown; directory?: Partial<Record<DirectoryOptIn, boolean | null>> | null }

/**
 * The read rule of a field a member may show: the person themselves and managers always; other
 * approved members when the person opted in (a read without the opt-ins, such as a `select` that
 * left them out, shows nothing). A query on the field (no document) is for managers only:
 * otherwise `where[country][equals]=…` would tell who lives where, opted in or not.
 */
export function shownToMembers(field: DirectoryField): FieldAccess {
  return ({ req, doc, id }) => {
    const user = req.user as Person | null
    if (isManagerUser(user)) return true
    if (!user) return false
    const shown = doc as Shown | undefined
    const ownerId = shown?.id ?? id
    if (ownerId !== undefined && String(ownerId) === String(user.id)) return true
    return Boolean(shown && isApprovedMemberUser(user) && shown.directory?.[SHOWN_BY[field]])
  }
}

/** The directory's filters, each of which may only match people who show that detail. */
export type DirectoryFilters = {
  memberGroup?: string
  country?: number
  theme?: number
}

/**
 * Who the directory lists, and how its filters apply: approved members who opted in, filtered on
 * a detail only among those who show it. The one place the directory's query is written, used
 * with the access override (members may not query the private fields themselves), so the
 * opt-ins are part of every condition.
 */
export function directoryWhere({ memberGroup, country, theme }: DirectoryFilters): Where {
  const and: Where[] = [
    { membershipStatus: { equals: 'approved' } },
    { 'directory.listed': { equals: true } },
  ]
  if (memberGroup) {
    and.push({ 'directory.showGroup': { equals: true } }, { memberGroup: { equals: memberGroup } })
  }
  if (country !== undefined) {
    and.push({ 'directory.showCountry': { equals: true } }, { country: { equals: country } })
  }
  if (theme !== undefined) {
    and.push(
      { 'directory.showThemes': { equals: true } },
      { themesOfInterest: { contains: theme } },
    )
  }
  return { and }
}
