import type { Payload } from 'payload'

/**
 * Longer than Nodemailer's slowest send (2 min to connect, 10 min of socket silence): a claim
 * older than this belongs to an attempt that died (a crash, a killed worker) and may be taken over.
 */
const CLAIM_MS = 15 * 60 * 1000

export type Claim = 'claimed' | 'delivered' | 'busy'

const COLLECTION = 'mail-deliveries'

async function findDelivery(payload: Payload, key: string) {
  const { docs } = await payload.find({
    collection: COLLECTION,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  return docs[0]
}

/**
 * Takes the right to send `key`, once across every attempt, job and process: the key's row is
 * unique, so of two attempts creating it one fails and then finds the other's claim (or its
 * finished delivery). A claim left by a dead attempt is taken over once it has expired, by a
 * conditional update that only one taker can win.
 */
export async function claimDelivery({
  payload,
  key,
  to,
}: {
  payload: Payload
  key: string
  to: string
}): Promise<Claim> {
  const now = Date.now()
  const claimedUntil = new Date(now + CLAIM_MS).toISOString()
  try {
    await payload.create({ collection: COLLECTION, data: { key, to, claimedUntil } })
    return 'claimed'
  } catch (error) {
    const existing = await findDelivery(payload, key)
    if (!existing) throw error
    if (existing.sentAt) return 'delivered'
    if (existing.claimedUntil && Date.parse(existing.claimedUntil) > now) return 'busy'
    const { docs } = await payload.update({
      collection: COLLECTION,
      where: {
        and: [
          { key: { equals: key } },
          { sentAt: { exists: false } },
          existing.claimedUntil
            ? { claimedUntil: { equals: existing.claimedUntil } }
            : { claimedUntil: { exists: false } },
        ],
      },
      data: { claimedUntil },
    })
    return docs.length === 1 ? 'claimed' : 'busy'
  }
}

/** The SMTP server accepted the message: from now on every attempt finds it delivered. */
export async function markDelivered({ payload, key }: { payload: Payload; key: string }) {
  await payload.update({
    collection: COLLECTION,
    where: { key: { equals: key } },
    data: { sentAt: new Date().toISOString(), claimedUntil: null },
  })
}

/** The attempt failed before the SMTP server accepted anything: the next one claims afresh. */
export async function releaseDelivery({ payload, key }: { payload: Payload; key: string }) {
  await payload.delete({
    collection: COLLECTION,
    where: { and: [{ key: { equals: key } }, { sentAt: { exists: false } }] },
  })
}
