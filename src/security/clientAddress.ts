import { isIP } from 'node:net'

import { trustedProxyHops } from './limits/config'

/**
 * Written by the server itself on every request, from the TCP connection
 * (`src/security/peerAddress.ts`); whatever a client sends under this name is overwritten there.
 * Next hands route handlers no connection address of its own: it fills X-Forwarded-For from the
 * socket only when the client sent none, so that header alone would let anyone pick an address.
 */
export const PEER_ADDRESS_HEADER = 'x-portal-peer-address'

/** Requests whose address nobody can vouch for share one budget (see `clientAddress`). */
export const UNKNOWN_ADDRESS = 'unknown'

/**
 * The address a visitor's budget is kept under. Behind TRUST_PROXY=n proxies it is the n-th
 * X-Forwarded-For entry from the right (the one our outermost proxy appended); otherwise the
 * connection's. Without either (a Local API call given no headers, a test calling a handler
 * in-process) every such request shares one budget, so that no header a client writes can buy
 * it a fresh one. IPv6 addresses count by their /64: one home line gets a whole /64 and could
 * otherwise try from 2^64 addresses.
 */
export function clientAddress(headers: Headers | undefined, hops = trustedProxyHops()): string {
  if (!headers) return UNKNOWN_ADDRESS
  if (hops > 0) {
    const chain = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
    const client = chain[chain.length - hops]
    if (client) return budgetKey(client)
  }
  const peer = headers.get(PEER_ADDRESS_HEADER)
  return peer ? budgetKey(peer) : UNKNOWN_ADDRESS
}

function budgetKey(address: string): string {
  const plain = address.replace(/^\[|\](:\d+)?$/g, '').replace(/^::ffff:(?=\d+\.)/i, '')
  if (isIP(plain) === 4) return plain
  if (isIP(plain) === 6) return `${expandIpv6(plain).slice(0, 4).join(':')}::/64`
  // Not an address at all (a proxy misconfigured, or a forged value under TRUST_PROXY): keep it
  // as given, bounded, so it still gets exactly one budget.
  return `other:${plain.slice(0, 64)}`
}

function expandIpv6(address: string): string[] {
  const [head, tail] = address.split('::')
  const groups = (part?: string) => (part ? part.split(':') : [])
  const left = groups(head)
  const right = groups(tail)
  const missing = tail === undefined ? 0 : 8 - left.length - right.length
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) =>
    group.toLowerCase().replace(/^0+(?=.)/, ''),
  )
}
