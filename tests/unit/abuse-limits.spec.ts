import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import { clientAddress, PEER_ADDRESS_HEADER, UNKNOWN_ADDRESS } from '@/security/clientAddress'
import { refusalMessage } from '@/security/limits/actions'
import { DEFAULT_LIMITS, limitsFromEnv, trustedProxyHops } from '@/security/limits/config'
import { stampPeerAddresses } from '@/security/peerAddress'
import { sessionCookies } from '@/security/sessionCookies'

const headers = (values: Record<string, string>) => new Headers(values)

describe('limit configuration', () => {
  it('should take the defaults when no variable is set', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS)
    expect(DEFAULT_LIMITS.failedLoginsPerAddressAndIp).toEqual({ count: 5, windowSeconds: 900 })
  })

  it('should read <count>/<window> from the environment', () => {
    const limits = limitsFromEnv({
      LIMIT_FAILED_LOGINS_PER_IP: '250/2d',
      LIMIT_REGISTRATIONS_PER_IP: '10/30m',
    })
    expect(limits.failedLoginsPerIp).toEqual({ count: 250, windowSeconds: 2 * 86_400 })
    expect(limits.registrationsPerIp).toEqual({ count: 10, windowSeconds: 1_800 })
    expect(limits.resetRequestsPerIp).toEqual(DEFAULT_LIMITS.resetRequestsPerIp)
  })

  it('should stop with a line naming the variable when a value is malformed', () => {
    expect(() => limitsFromEnv({ LIMIT_RESET_REQUESTS_PER_ADDRESS: 'three an hour' })).toThrow(
      'LIMIT_RESET_REQUESTS_PER_ADDRESS must be <count>/<window>',
    )
    expect(() => limitsFromEnv({ LIMIT_RESET_REQUESTS_PER_IP: '0/1h' })).toThrow()
    expect(() => trustedProxyHops({ TRUST_PROXY: 'yes please' })).toThrow('TRUST_PROXY')
  })

  it('should say when to retry in words and as a time', () => {
    const now = Date.parse('2026-12-07T10:27:00Z')
    expect(refusalMessage('login', 900, now)).toBe(
      'Too many failed sign-in attempts. Try again in 15 minutes (after 10:42 UTC).',
    )
    expect(refusalMessage('reset', 45, now)).toMatch(/Try again in 45 seconds/)
    expect(refusalMessage('registration', 86_400, now)).toMatch(/Try again in 24 hours/)
  })
})

describe('client address', () => {
  it('should use the connection’s address and ignore X-Forwarded-For without TRUST_PROXY', () => {
    const request = headers({ [PEER_ADDRESS_HEADER]: '203.0.113.5', 'x-forwarded-for': '1.2.3.4' })
    expect(clientAddress(request, 0)).toBe('203.0.113.5')
    expect(clientAddress(headers({ 'x-forwarded-for': '1.2.3.4' }), 0)).toBe(UNKNOWN_ADDRESS)
    expect(clientAddress(undefined, 0)).toBe(UNKNOWN_ADDRESS)
  })

  it('should take the address the nth trusted proxy appended, whatever the client wrote before it', () => {
    const chain = headers({
      [PEER_ADDRESS_HEADER]: '10.0.0.2',
      'x-forwarded-for': 'forged, 198.51.100.1, 10.0.0.1',
    })
    expect(clientAddress(chain, 1)).toBe('10.0.0.1')
    expect(clientAddress(chain, 2)).toBe('198.51.100.1')
    expect(clientAddress(headers({ [PEER_ADDRESS_HEADER]: '10.0.0.2' }), 1)).toBe('10.0.0.2')
  })

  it('should count an IPv6 address by its /64 and an IPv4-mapped address as IPv4', () => {
    const of = (address: string) => clientAddress(headers({ [PEER_ADDRESS_HEADER]: address }), 0)
    expect(of('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(of('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64')
    expect(of('::ffff:192.0.2.1')).toBe('192.0.2.1')
  })

  it('should overwrite a client’s own peer-address header with the connection’s address', async () => {
    stampPeerAddresses()
    const server = http.createServer((request, response) => {
      response.end(String(request.headers[PEER_ADDRESS_HEADER]))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const answer = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [PEER_ADDRESS_HEADER]: '1.2.3.4' },
    })
    expect(await answer.text()).toBe('127.0.0.1')
    await new Promise((resolve) => server.close(resolve))
  })
})

describe('session cookie', () => {
  it('should be Secure exactly when the portal is served over https', () => {
    expect(sessionCookies('https://cop.example.org')).toEqual({ secure: true, sameSite: 'Lax' })
    expect(sessionCookies('http://localhost:3000')).toEqual({ secure: false, sameSite: 'Lax' })
  })
})
