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
 * - a member whose affiliation is confirmed and who changes their organisation, through any API,
 *   proposes it instead (`proposedOrganisation`, which managers are told of and decide on:
 *   src/membership/organisation.ts): the confirmed organisation and its badge stay meanwhile;
 * - a member who changes their group, or an organisation nobody confirmed yet, loses the
 *   confirmation until a manager confirms again.
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
  if (operation === 'create' && status === 'approved' && !data.approvedAt) {
    // An account a manager creates approved (or an import) is a member from now.
    data = { ...data, approvedAt: new Date().toISOString() }
  }

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
        ? {
            affiliationConfirmed: true,
            // The first approval starts the forums' newcomer period (src/forums/protection.ts).
            approvedAt: before?.approvedAt ?? new Date().toISOString(),
            ...followsToSeed({ data, before: before! }),
          }
        : {}
    return { ...data, rejectionReason: null, ...approved }
  }
  if (before && !isManagerUser(req.user as Person | null)) {
    const changed = (field: (typeof AFFILIATION)[number]) =>
      field in data && idOf(data[field]) !== idOf(before[field])
    const proposal = before.affiliationConfirmed ? organisationProposal(data, before) : undefined
    // The group has no proposal of its own; an organisation nobody confirmed changes at once.
    const losesConfirmation = proposal ? changed('memberGroup') : AFFILIATION.some(changed)
    const next = proposal ?? data
    return losesConfirmation ? { ...next, affiliationConfirmed: false } : next
  }
  return data
}

/**
 * A confirmed member's change of organisation, as a proposal: the data keeps the organisation
 * they have and carries the one they asked for in `proposedOrganisation`. Undefined when the
 * organisation stays (the data may hold the whole document here, sent or not).
 */
function organisationProposal(data: Partial<User>, before: User): Partial<User> | undefined {
  if (!('organisation' in data) && !('organisationEntry' in data)) return undefined
  const sentEntry = data.organisationEntry
  const entry =
    typeof sentEntry === 'object' && sentEntry !== null ? sentEntry.id : (sentEntry ?? null)
  const name = data.organisation ?? null
  const isSame =
    entry !== null
      ? idOf(entry) === idOf(before.organisationEntry)
      : !before.organisationEntry && name === (before.organisation ?? null)
  if (isSame) return undefined
  return {
    ...data,
    organisation: before.organisation ?? null,
    organisationEntry: before.organisationEntry ?? null,
    proposedOrganisation: { name, entry, proposedAt: new Date().toISOString() },
  }
}
