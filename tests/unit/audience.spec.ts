import { describe, expect, it } from 'vitest'

import {
  audienceOf,
  isLockedFor,
  readsMembersOnly,
  visibilityFilter,
  visibleTo,
} from '@/access/audience'
import type { Person } from '@/access/roles'

const person = (roles: Person['roles'], membershipStatus: Person['membershipStatus']): Person =>
  ({ id: 1, roles, membershipStatus, moderatedThemes: [] }) as Person

/**
 * Readers who share a data cache must read exactly the same content: the audiences follow the
 * read rules of src/access (drafts for editors, members-only contents for approved members).
 */
describe('the audience of a reader', () => {
  it('should put anonymous, pending, rejected and suspended readers with the visitors', () => {
    expect(audienceOf(null)).toBe('visitors')
    expect(audienceOf(person(['member'], 'pending'))).toBe('visitors')
    expect(audienceOf(person(['member'], 'rejected'))).toBe('visitors')
    expect(audienceOf(person(['member'], 'suspended'))).toBe('visitors')
    // A suspended moderator loses their rights at once, their drafts included.
    expect(audienceOf(person(['moderator'], 'suspended'))).toBe('visitors')
  })

  it('should put approved members together, and every editor on their own', () => {
    expect(audienceOf(person(['member'], 'approved'))).toBe('members')
    for (const role of ['staff', 'moderator', 'manager', 'admin'] as const)
      expect(audienceOf(person([role], 'approved')), role).toBe('editor')
    // Admins are exempt from the status check (roles.ts), so they stay editors.
    expect(audienceOf(person(['admin'], 'suspended'))).toBe('editor')
  })
})

describe('what each audience reads of members-only works', () => {
  it("should keep a members-only work's contents from visitors only, and treat an unknown visibility as members-only", () => {
    expect(isLockedFor('visitors', 'members')).toBe(true)
    expect(isLockedFor('visitors', 'public')).toBe(false)
    expect(isLockedFor('visitors', undefined)).toBe(true)
    expect(isLockedFor('visitors', null)).toBe(true)
    expect(isLockedFor('members', 'members')).toBe(false)
    expect(isLockedFor('editor', 'members')).toBe(false)
    expect(isLockedFor('members', undefined)).toBe(false)
    expect(readsMembersOnly('visitors')).toBe(false)
    expect(readsMembersOnly('members')).toBe(true)
  })

  it('should say the same thing as a Payload query and as a search filter', () => {
    expect(visibleTo('visitors')).toEqual({ visibility: { equals: 'public' } })
    expect(visibleTo('members')).toEqual({ visibility: { in: ['public', 'members'] } })
    // Files of unpublished works are for editors only.
    expect(visibleTo('editor')).toEqual({ visibility: { in: ['public', 'members', 'editors'] } })
    expect(visibilityFilter('visitors')).toBe('visibility = "public"')
    expect(visibilityFilter('members')).toBe('visibility IN ["public", "members"]')
  })
})
