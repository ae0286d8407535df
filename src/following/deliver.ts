import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import type { MailMessage } from '@/email/message'
import { queueMail } from '@/email/queue'
import { slugs } from '@collections/slugs'

import type { DigestItem } from './descriptor'

const isDuplicate = (error: unknown) =>
  /unique|E11000|duplicate key/i.test(
    `${String(error)} ${JSON.stringify((error as { data?: unknown })?.data ?? '')}`,
  )

/**
 * Records the items a member is told about and queues the mail that tells them, in ONE
 * transaction: if another run (a rerun, a second scheduled job, a concurrent worker) already
 * told them about any of these items, the unique index of notices-sent refuses the insert, the
 * transaction rolls back with its mail, and this returns false. A mail is never queued without
 * its record, nor the record without the mail.
 */
export async function tellMember({
  payload,
  memberId,
  items,
  message,
  coveredUntil,
}: {
  payload: Payload
  memberId: number | string
  /** Content items, or forum posts (`posts`): what notices-sent records. */
  items: Pick<DigestItem, 'collection' | 'id'>[]
  message: MailMessage
  /** A digest: what it covered ends here (its overflow too), so the next one starts here. */
  coveredUntil?: Date
}): Promise<boolean> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    for (const item of items) {
      // Adapter-level: no hooks or validation to run on a system record, and no re-read.
      await payload.db.create({
        collection: slugs.noticesSent,
        data: {
          member: memberId,
          itemCollection: item.collection,
          itemId: item.id,
          mailKey: message.key,
        },
        req,
        returning: false,
      })
    }
    if (coveredUntil) {
      await payload.db.updateOne({
        collection: slugs.users,
        id: memberId,
        data: { digestCoveredUntil: coveredUntil.toISOString() },
        req,
        returning: false,
      })
    }
    await queueMail({ req, message })
    await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    if (isDuplicate(error)) return false
    throw error
  }
}

/** The keys (`collection:id`) of these items already sent to this member. */
export async function alreadySent({
  payload,
  memberId,
  items,
}: {
  payload: Payload
  memberId: number | string
  items: Pick<DigestItem, 'collection' | 'id'>[]
}): Promise<Set<string>> {
  if (items.length === 0) return new Set()
  const { docs } = await payload.find({
    collection: slugs.noticesSent,
    where: {
      and: [
        { member: { equals: memberId } },
        { itemId: { in: [...new Set(items.map((item) => item.id))] } },
      ],
    },
    select: { itemCollection: true, itemId: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((doc) => `${doc.itemCollection}:${doc.itemId}`))
}

export const itemKey = (item: Pick<DigestItem, 'collection' | 'id'>) =>
  `${item.collection}:${item.id}`
