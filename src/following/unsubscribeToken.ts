import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * What an unsubscribe link turns off, so one link never turns off more than the mail it came in:
 * - `notifications`: the member's notifications of new content (set to none);
 * - `thread`: mail about one discussion (`discussionId`; the thread is muted);
 * - `forum`: all forum mail (the three forum mail settings set to none);
 * - `digest`: the digest a mail was (content notifications, and forum mail sent in digests).
 */
export const UNSUBSCRIBE_PURPOSES = ['notifications', 'thread', 'forum', 'digest'] as const
export type UnsubscribePurpose = (typeof UNSUBSCRIBE_PURPOSES)[number]

export type Unsubscription = {
  memberId: string
  purpose: UnsubscribePurpose
  /** The discussion a `thread` link is about. */
  discussionId?: string
}

/** The token's middle part: the purpose, and for a thread its discussion (`thread-12`). */
const purposePart = ({ purpose, discussionId }: Omit<Unsubscription, 'memberId'>) =>
  purpose === 'thread' ? `thread-${discussionId}` : purpose

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
  discussionId,
}: { secret: string } & Unsubscription): string {
  const id = String(memberId)
  if (!ID.test(id)) throw new Error(`"${id}" is not a member id`)
  if (purpose === 'thread' && !ID.test(String(discussionId))) {
    throw new Error(`"${discussionId}" is not a discussion id`)
  }
  const part = purposePart({ purpose, discussionId })
  return `${id}.${part}.${signatureOf(secret, id, part)}`
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
  const [memberId, part, signature, ...rest] = token.split('.')
  if (rest.length > 0 || !memberId || !ID.test(memberId) || !signature || !part) return undefined
  const thread = /^thread-([A-Za-z0-9]{1,40})$/.exec(part)
  const purpose = thread ? 'thread' : part
  if (!UNSUBSCRIBE_PURPOSES.includes(purpose as UnsubscribePurpose)) return undefined
  if (purpose === 'thread' && !thread) return undefined
  const expected = Buffer.from(signatureOf(secret, memberId, part))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return {
    memberId,
    purpose: purpose as UnsubscribePurpose,
    ...(thread ? { discussionId: thread[1] } : {}),
  }
}
