import type { Payload, PayloadRequest } from 'payload'

import { SEARCH_DESCRIPTORS } from './descriptors'
import { SEARCHABLE, type SearchableCollection } from './documents'
import { ensureIndex, indexingClient } from './index'
import { queueSearchSync } from './queue'

type Work = { collection: SearchableCollection; id: string }

const PAGE = 500

/**
 * Queues a sync of every work a theme labels, after its slug changed or it was deleted: their
 * search documents carry the slug in their `themes` facet. They are found in the database, page
 * by page through the Local API, in every collection whose descriptor names a theme field; and in
 * the index, under the slug they were indexed with, since a deleted theme's links leave the
 * database with it (SQLite deletes them) and the index is then the only record of what it
 * labelled. Each work's own job re-reads it, so a work edited meanwhile ends up right too.
 */
export async function queueLabelledWorks({
  payload,
  req,
  theme,
  slug,
}: {
  payload: Payload
  req?: PayloadRequest
  /** The theme's id. */
  theme: string
  /** The slug the works were indexed with. */
  slug: string
}): Promise<{ queued: number }> {
  const works = new Map<string, Work>()
  const add = (work: Work) => works.set(`${work.collection}/${work.id}`, work)
  // The index first: were Meilisearch down, the job fails before queueing anything.
  ;(await worksIndexedUnder(slug)).forEach(add)
  for (const { collection, themeField } of Object.values(SEARCH_DESCRIPTORS)) {
    if (!themeField) continue
    for (let page = 1; ; page += 1) {
      const found = await payload.find({
        collection,
        where: { [themeField]: { in: [theme] } },
        // Only the ids.
        select: {},
        depth: 0,
        limit: PAGE,
        page,
        sort: 'id',
        overrideAccess: true,
        req,
      })
      found.docs.forEach((doc) => add({ collection, id: String(doc.id) }))
      if (!found.hasNextPage) break
    }
  }
  for (const work of works.values()) await queueSearchSync({ payload, req, ...work })
  return { queued: works.size }
}

/** The works whose search documents carry this theme slug now, read in one snapshot. */
async function worksIndexedUnder(slug: string): Promise<Work[]> {
  const index = indexingClient().client.index(await ensureIndex())
  const filter = `themes = "${slug.replace(/["\\]/g, '\\$&')}"`
  // One request is one consistent view: paging while syncs remove the slug would skip works.
  for (let limit = 10_000; ; limit *= 4) {
    const { results, total } = await index.getDocuments<{ workId: string }>({
      filter,
      fields: ['workId'],
      limit,
    })
    if (results.length >= total) {
      return [...new Set(results.map((result) => result.workId))].flatMap(workOf)
    }
  }
}

// Longest first: a resource centre's work id starts with "resource-" too.
const TYPES = Object.entries(SEARCHABLE)
  .map(([collection, type]) => ({ collection: collection as SearchableCollection, type }))
  .sort((a, b) => b.type.length - a.type.length)

/** The collection and id of a work id (`${type}-${id}`, see documents.ts). */
function workOf(workId: string): Work[] {
  const match = TYPES.find(({ type }) => workId.startsWith(`${type}-`))
  return match ? [{ collection: match.collection, id: workId.slice(match.type.length + 1) }] : []
}
