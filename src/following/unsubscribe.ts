import { NotFound, type Payload } from 'payload'

import type { ForumMailSetting } from '@/forums/options'
import { muteThreadFor } from '@/forums/watching'
import type { User } from '@/payload-types'

import type { Unsubscription } from './unsubscribeToken'

type ForumMail = NonNullable<User['forumMail']>

/** What each link turns off, as a change to the member's account. */
function changeFor(purpose: Unsubscription['purpose'], forumMail: ForumMail): Partial<User> {
  const none = 'none' as ForumMailSetting
  if (purpose === 'forum') {
    return { forumMail: { participating: none, mentions: none, watching: none } }
  }
  if (purpose === 'digest') {
    // The digest carried content and the forum posts sent in digests: both stop; immediate
    // forum mail, which did not come in this mail, stays.
    const inDigest = (setting?: string | null) =>
      setting === 'daily' || setting === 'weekly' ? none : (setting as ForumMailSetting)
    return {
      notifications: 'none',
      forumMail: {
        participating: inDigest(forumMail.participating),
        mentions: inDigest(forumMail.mentions),
        watching: inDigest(forumMail.watching),
      },
    }
  }
  return { notifications: 'none' }
}

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
  const { memberId, purpose, discussionId } = unsubscription
  try {
    if (purpose === 'thread') {
      if (discussionId) await muteThreadFor({ payload, memberId, discussionId })
      return
    }
    const member = await payload.findByID({
      collection: 'users',
      id: memberId,
      select: { forumMail: true },
      depth: 0,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'users',
      id: memberId,
      data: changeFor(purpose, member.forumMail ?? {}),
      overrideAccess: true,
    })
  } catch (error) {
    if (error instanceof NotFound) return
    throw error
  }
}
