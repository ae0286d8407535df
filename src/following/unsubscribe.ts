import { NotFound, type Payload } from 'payload'

import type { Unsubscription } from './unsubscribeToken'

/**
 * Turns off what a signed link names. The link is the member's authority (it came in their
 * mail), so no session is asked for; it can do nothing but stop mail. A member who no longer
 * exists gets nothing anyway: that is a success too.
 */
export async function applyUnsubscription({
  payload,
  unsubscription,
}: {
  payload: Payload
  unsubscription: Unsubscription
}): Promise<void> {
  try {
    await payload.update({
      collection: 'users',
      id: unsubscription.memberId,
      data: { notifications: 'none' },
      overrideAccess: true,
    })
  } catch (error) {
    if (error instanceof NotFound) return
    throw error
  }
}
