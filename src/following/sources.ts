import type { Payload, Where } from 'payload'

import { eventsInDigests } from '@collections/Events/digest'
import { newsInDigests } from '@collections/News/digest'
import { resourcesInDigests } from '@collections/Resources/digest'

import type { DigestItem, DigestSource, RawDoc } from './descriptor'

/** Every collection whose new items members hear about. The forums add their discussions here. */
export const DIGEST_SOURCES: readonly DigestSource[] = [
  resourcesInDigests,
  newsInDigests,
  eventsInDigests,
]

export const sourceOf = (collection: string): DigestSource | undefined =>
  DIGEST_SOURCES.find((source) => source.collection === collection)

/**
 * Items of one source, read as a visitor (`user: null` through the collections' read rules), so
 * a draft or an unpublished item never reaches a mail, whoever it goes to: a mail is copied and
 * forwarded like a feed. Members-only works are published and listed (their titles and summaries
 * are public; their contents stay behind the member's sign-in).
 */
async function readItems(payload: Payload, source: DigestSource, where: Where) {
  const { docs } = await payload.find({
    collection: source.collection,
    where,
    select: { ...source.select, [source.newSince]: true },
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    sort: `-${source.newSince}`,
    user: null,
    overrideAccess: false,
  })
  return (docs as RawDoc[]).map((doc): DigestItem => ({
    collection: source.collection,
    id: String(doc.id),
    kind: source.kind,
    firstPublishedAt: doc[source.newSince] ? String(doc[source.newSince]) : '',
    ...source.toItem(doc),
  }))
}

/** Items of every source that became public in [since, until), newest first. */
export async function readNewItems({
  payload,
  since,
  until,
}: {
  payload: Payload
  since: Date
  until: Date
}): Promise<DigestItem[]> {
  const lists = await Promise.all(
    DIGEST_SOURCES.map((source) =>
      readItems(payload, source, {
        and: [
          { [source.newSince]: { greater_than_equal: since.toISOString() } },
          { [source.newSince]: { less_than: until.toISOString() } },
        ],
      }),
    ),
  )
  return lists.flat().sort((a, b) => b.firstPublishedAt.localeCompare(a.firstPublishedAt))
}

/** One published item, or undefined when it is not (or no longer) public. */
export async function readItem({
  payload,
  collection,
  id,
}: {
  payload: Payload
  collection: string
  id: string
}): Promise<DigestItem | undefined> {
  const source = sourceOf(collection)
  if (!source) return undefined
  const [item] = await readItems(payload, source, { id: { equals: id } })
  return item?.firstPublishedAt ? item : undefined
}
