import { describe, expect, it } from 'vitest'

import { audienceOf } from '@/access/audience'
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
