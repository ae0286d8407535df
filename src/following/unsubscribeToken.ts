import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * What an unsubscribe link turns off. `notifications` sets the member's notifications to none;
 * the forums' watched replies will be another purpose, so one link never turns off more than the
 * mail it came in.
 */
export const UNSUBSCRIBE_PURPOSES = ['notifications'] as const
export type UnsubscribePurpose = (typeof UNSUBSCRIBE_PURPOSES)[number]

export type Unsubscription = { memberId: string; purpose: UnsubscribePurpose }

const ID = /^[A-Za-z0-9]{1,40}$/
const SIGNATURE_LENGTH = 32

/** A key for these links alone, derived from the portal's secret (PAYLOAD_SECRET). */
const keyFrom = (secret: string) => createHmac('sha256', secret).update('unsubscribe').digest()

const signatureOf = (secret: string, memberId: string, purpose: string) =>
  createHmac('sha256', keyFrom(secret))
    .update(`${memberId}.${purpose}`)
    .digest('base64url')
    .slice(0, SIGNATURE_LENGTH)

/**
 * `<member id>.<purpose>.<HMAC>`: it says whom and what, and only the portal can make one. It
 * does not expire: a link in a mail of last year still unsubscribes (and does nothing else).
 */
export function signUnsubscribeToken({
  secret,
  memberId,
  purpose,
}: { secret: string } & Unsubscription): string {
  const id = String(memberId)
  if (!ID.test(id)) throw new Error(`"${id}" is not a member id`)
  return `${id}.${purpose}.${signatureOf(secret, id, purpose)}`
}

/** The member and purpose a token names, or undefined when it is not one the portal signed. */
export function readUnsubscribeToken({
  secret,
  token,
}: {
  secret: string
  token: unknown
}): Unsubscription | undefined {
  if (typeof token !== 'string' || token.length > 120) return undefined
  const [memberId, purpose, signature, ...rest] = token.split('.')
  if (rest.length > 0 || !memberId || !ID.test(memberId) || !signature) return undefined
  if (!UNSUBSCRIBE_PURPOSES.includes(purpose as UnsubscribePurpose)) return undefined
  const expected = Buffer.from(signatureOf(secret, memberId, purpose))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return { memberId, purpose: purpose as UnsubscribePurpose }
}
