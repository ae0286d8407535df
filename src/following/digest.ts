import type { Payload } from 'payload'

import { mailText } from '@/email/compose'
import { mailKey } from '@/email/message'
import { collectForumDigest, forumPostItem, untoldPart } from '@/forums/notices/digest'
import type { ForumDigestPart } from '@/forums/notices/digest'
import { forumDigestSection } from '@/forums/notices/mail'

import type { DigestItem } from './descriptor'
import { alreadySent, itemKey, tellMember } from './deliver'
import { followers, groupForMember, readGroupNames, type Follower } from './followers'
import { composeFollowMail, digestSubject, type MailGroup } from './mail'
import { CADENCE_PERIOD_MS, type DigestCadence } from './settings'
import { readNewItems } from './sources'

/** Enough for a mail one reads; the rest is a click away on the theme or country page. */
export const DIGEST_ITEMS_PER_GROUP = 10

export type DigestRun = { cadence: DigestCadence; items: number; members: number; mailed: number }

function indexBy(items: DigestItem[], field: 'themes' | 'countries') {
  const index = new Map<string, DigestItem[]>()
  for (const item of items) {
    for (const id of item[field]) index.set(id, [...(index.get(id) ?? []), item])
  }
  return index
}

/**
 * One digest mail per member whose setting is `cadence`: the resources, news and events that
 * became public in the last two periods (a missed run is caught up) in what they follow, grouped
 * by theme and country, in their language, leaving out every item an earlier mail told them
 * about and everything their previous digest covered (a group lists ten, and counts the rest
 * with a link to its page; those are not offered again next time), and the forum posts due in
 * this cadence (src/forums/notices/digest.ts) in a "Forums" section of the same mail. Called by the scheduled jobs, and directly by the tests and the benchmark. Safe to run
 * again or twice at once: notices-sent lets each item reach a member once (deliver.ts).
 */
export async function sendDigests({
  payload,
  cadence,
  now = new Date(),
}: {
  payload: Payload
  cadence: DigestCadence
  now?: Date
}): Promise<DigestRun> {
  const since = new Date(now.getTime() - 2 * CADENCE_PERIOD_MS[cadence])
  const items = await readNewItems({ payload, since, until: now })
  // The forum posts of the period, for members whose forum mail setting is this cadence: merged
  // into the same one mail as their content (a "Forums" section), or a mail of their own.
  const forum = await collectForumDigest({ payload, cadence, since, until: now })
  const run: DigestRun = { cadence, items: items.length, members: 0, mailed: 0 }
  if (items.length === 0 && forum.size === 0) return run
  const names = await readGroupNames(payload)
  const byTheme = indexBy(items, 'themes')
  const byCountry = indexBy(items, 'countries')
  const newestFirst = new Map(items.map((item, position) => [item, position]))

  const send = async (
    member: Pick<Follower, 'id' | 'email' | 'name' | 'locale'>,
    groups: MailGroup[],
    posts: ForumDigestPart | undefined,
    coveredUntil?: Date,
  ) => {
    const listed = groups.flatMap((group) => group.items)
    const postItems = (posts?.threads ?? []).flatMap((entry) => entry.posts.map(forumPostItem))
    if (listed.length + postItems.length === 0) return
    const all = [...listed, ...postItems]
    const key = mailKey('digest', member.id, `${cadence}:${all.map(itemKey).sort().join(',')}`)
    const message = composeFollowMail({
      payload,
      member,
      locale: member.locale,
      key,
      subject: digestSubject(member.locale, cadence),
      intro: mailText(member.locale, 'digestIntro'),
      groups,
      extra: posts
        ? forumDigestSection({ payload, locale: member.locale, threads: posts.threads })
        : undefined,
    })
    if (await tellMember({ payload, memberId: member.id, items: all, message, coveredUntil })) {
      run.mailed += 1
    }
  }

  for await (const follower of followers({ payload, setting: cadence })) {
    run.members += 1
    const posts = await untoldPart({ payload, part: forum.get(String(follower.id)) })
    forum.delete(String(follower.id))
    const candidates = new Set<DigestItem>()
    for (const id of follower.themes) byTheme.get(id)?.forEach((item) => candidates.add(item))
    for (const id of follower.countries) byCountry.get(id)?.forEach((item) => candidates.add(item))
    // Their last digest covered everything before its end, listed or counted in "N more".
    if (follower.digestCoveredUntil) {
      const coveredUntil = new Date(follower.digestCoveredUntil).toISOString()
      for (const item of candidates) {
        if (item.firstPublishedAt < coveredUntil) candidates.delete(item)
      }
    }
    const sent = await alreadySent({ payload, memberId: follower.id, items: [...candidates] })
    const fresh = [...candidates]
      .filter((item) => !sent.has(itemKey(item)))
      .sort((a, b) => newestFirst.get(a)! - newestFirst.get(b)!)
    const groups = groupForMember({
      items: fresh,
      follower,
      names,
      perGroup: DIGEST_ITEMS_PER_GROUP,
    })
    await send(follower, groups, posts, now)
  }
  // Members with forum posts due in this digest whose content setting is another: the forum
  // section alone. Their content digest's coverage is not theirs to move (no coveredUntil).
  for (const part of forum.values()) {
    const posts = await untoldPart({ payload, part })
    if (!posts) continue
    run.members += 1
    await send(part.reader, [], posts)
  }
  return run
}
