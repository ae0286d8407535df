import type { Payload, Where } from 'payload'

import { recipientLocale } from '@/email/compose'
import type { Locale } from '@/i18n/languages'

import { relationIds, type DigestItem, type Localised } from './descriptor'
import type { MailGroup } from './mail'
import { inLanguage } from './mail'
import type { NotificationSetting } from './settings'

export type Follower = {
  id: number | string
  email: string
  name?: string | null
  locale: Locale
  themes: string[]
  countries: string[]
  /** The end of what their last digest covered (ISO), if they had one. */
  digestCoveredUntil?: string | null
}

const PAGE = 500

/**
 * Approved members with this notification setting (pending, rejected and suspended accounts
 * get nothing, whatever they follow); with `item`, only those who follow one of its themes or
 * countries (none for an item in neither: undefined).
 */
export function followerWhere({
  setting,
  item,
}: {
  setting: NotificationSetting
  item?: Pick<DigestItem, 'themes' | 'countries'>
}): Where | undefined {
  const conditions: Where[] = [
    { membershipStatus: { equals: 'approved' } },
    { notifications: { equals: setting } },
  ]
  if (item) {
    const either: Where[] = []
    if (item.themes.length) either.push({ 'follows.themes': { in: item.themes } })
    if (item.countries.length) either.push({ 'follows.countries': { in: item.countries } })
    if (either.length === 0) return undefined
    conditions.push({ or: either })
  }
  return { and: conditions }
}

/** The members `followerWhere` names, page by page in id order. */
export async function* followers({
  payload,
  setting,
  item,
}: {
  payload: Payload
  setting: NotificationSetting
  item?: Pick<DigestItem, 'themes' | 'countries'>
}): AsyncGenerator<Follower> {
  const where = followerWhere({ setting, item })
  if (!where) return
  let after: number | string | undefined
  for (;;) {
    const { docs } = await payload.find({
      collection: 'users',
      where: after === undefined ? where : { and: [where, { id: { greater_than: after } }] },
      select: {
        email: true,
        name: true,
        preferredLanguage: true,
        follows: true,
        digestCoveredUntil: true,
      },
      sort: 'id',
      depth: 0,
      limit: PAGE,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) {
      if (!doc.email) continue
      yield {
        id: doc.id,
        email: doc.email,
        name: doc.name,
        locale: recipientLocale(doc),
        themes: relationIds(doc.follows?.themes),
        countries: relationIds(doc.follows?.countries),
        digestCoveredUntil: doc.digestCoveredUntil,
      }
    }
    if (docs.length < PAGE) return
    after = docs[docs.length - 1].id
  }
}

/** A theme or country: its name in every language, and its page (after the locale). */
export type GroupName = { names: Localised; path: string }
/** The themes and countries, to head a mail's groups. */
export type GroupNames = { themes: Map<string, GroupName>; countries: Map<string, GroupName> }

export async function readGroupNames(payload: Payload): Promise<GroupNames> {
  const common = {
    locale: 'all' as const,
    depth: 0,
    limit: 0,
    pagination: false as const,
    user: null,
    overrideAccess: false as const,
  }
  const [themes, countries] = await Promise.all([
    payload.find({ collection: 'themes', select: { title: true, slug: true }, ...common }),
    payload.find({ collection: 'countries', select: { name: true, iso: true }, ...common }),
  ])
  return {
    themes: new Map(
      themes.docs.map((doc) => [
        String(doc.id),
        { names: (doc.title ?? {}) as Localised, path: `/themes/${doc.slug}` },
      ]),
    ),
    countries: new Map(
      countries.docs.map((doc) => [
        String(doc.id),
        { names: (doc.name ?? {}) as Localised, path: `/countries/${doc.iso.toLowerCase()}` },
      ]),
    ),
  }
}

/**
 * A member's new items grouped by what they follow: their themes, then their countries, each by
 * its name in their language. An item in two followed groups belongs to the first; a group
 * lists at most `perGroup` items, the newest (items come newest first), and counts the rest.
 */
export function groupForMember({
  items,
  follower,
  names,
  perGroup,
}: {
  items: DigestItem[]
  follower: Pick<Follower, 'themes' | 'countries' | 'locale'>
  names: GroupNames
  perGroup: number
}): MailGroup[] {
  const titled = (ids: string[], lookup: Map<string, GroupName>, field: 'themes' | 'countries') =>
    ids
      .filter((id) => lookup.has(id))
      .map((id) => ({
        id,
        field,
        path: lookup.get(id)!.path,
        title: inLanguage(lookup.get(id)!.names, follower.locale).text,
      }))
      .sort((a, b) => a.title.localeCompare(b.title, follower.locale))
  const order = [
    ...titled(follower.themes, names.themes, 'themes'),
    ...titled(follower.countries, names.countries, 'countries'),
  ]
  const listed = new Set<DigestItem>()
  const groups: MailGroup[] = []
  for (const group of order) {
    const all = items.filter((item) => !listed.has(item) && item[group.field].includes(group.id))
    if (all.length === 0) continue
    all.forEach((item) => listed.add(item))
    groups.push({
      title: group.title,
      path: group.path,
      items: all.slice(0, perGroup),
      more: Math.max(0, all.length - perGroup),
    })
  }
  return groups
}
