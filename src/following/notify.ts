import type { Payload } from 'payload'

import { mailText } from '@/email/compose'
import { mailKey } from '@/email/message'

import { tellMember } from './deliver'
import { followers, groupForMember, readGroupNames } from './followers'
import { composeFollowMail, inLanguage } from './mail'
import { readItem } from './sources'

/**
 * The fan-out of one first publication (the `notifyFollowers` job): a mail to each approved
 * member with immediate notifications who follows one of the item's themes or countries, each
 * in its own transaction with its notices-sent record, so a rerun of the job mails nobody twice.
 * The item is read as a visitor: one unpublished again before the job runs tells nobody.
 */
export async function notifyFollowersOf({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: string
  id: string
}): Promise<{ mailed: number }> {
  const item = await readItem({ payload, collection, id })
  if (!item) return { mailed: 0 }
  const names = await readGroupNames(payload)
  let mailed = 0
  for await (const follower of followers({ payload, setting: 'immediate', item })) {
    const groups = groupForMember({ items: [item], follower, names, perGroup: 1 })
    if (groups.length === 0) continue
    const title = inLanguage(item.titles, follower.locale).text
    const message = composeFollowMail({
      payload,
      member: follower,
      locale: follower.locale,
      key: mailKey('notice', follower.id, `${item.collection}:${item.id}`),
      subject: mailText(follower.locale, 'noticeSubject', { title }),
      intro: mailText(follower.locale, 'noticeIntro', { group: groups[0].title }),
      groups,
    })
    if (await tellMember({ payload, memberId: follower.id, items: [item], message })) mailed += 1
  }
  return { mailed }
}
