import { describe, expect, it } from 'vitest'

import { readUnsubscribeToken, signUnsubscribeToken } from '@/following/unsubscribeToken'

const secret = 'a-secret-for-tests-only'

describe('unsubscribe tokens', () => {
  it('should read back the member and purpose a token was signed for', () => {
    const token = signUnsubscribeToken({ secret, memberId: '42', purpose: 'notifications' })
    expect(token).toMatch(/^42\.notifications\.[A-Za-z0-9_-]{32}$/)
    expect(readUnsubscribeToken({ secret, token })).toEqual({
      memberId: '42',
      purpose: 'notifications',
    })
  })

  it('should refuse a token signed with another secret', () => {
    const token = signUnsubscribeToken({
      secret: 'another',
      memberId: '42',
      purpose: 'notifications',
    })
    expect(readUnsubscribeToken({ secret, token })).toBeUndefined()
  })

  it('should refuse a token whose member id was changed', () => {
    const token = signUnsubscribeToken({ secret, memberId: '42', purpose: 'notifications' })
    expect(readUnsubscribeToken({ secret, token: token.replace(/^42/, '43') })).toBeUndefined()
  })

  it('should refuse an unknown purpose, even with a signature made for it', () => {
    const token = signUnsubscribeToken({ secret, memberId: '42', purpose: 'notifications' })
    const [id, , signature] = token.split('.')
    expect(readUnsubscribeToken({ secret, token: `${id}.everything.${signature}` })).toBeUndefined()
  })

  it.each([
    ['an empty string', ''],
    ['no signature', '42.notifications'],
    ['a short signature', '42.notifications.abc'],
    ['an extra part', `42.notifications.${'A'.repeat(32)}.x`],
    ['a strange id', `4/2.notifications.${'A'.repeat(32)}`],
    ['something very long', 'x'.repeat(500)],
    ['not a string', 42],
  ])('should refuse %s', (_, token) => {
    expect(readUnsubscribeToken({ secret, token })).toBeUndefined()
  })

  it('should refuse to sign for something that is not a member id', () => {
    expect(() =>
      signUnsubscribeToken({ secret, memberId: '../42', purpose: 'notifications' }),
    ).toThrow('is not a member id')
  })
})
