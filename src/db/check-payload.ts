import type { CollectionSlug, Payload } from 'payload'

import type { RecordId } from './check-types'

export type Doc = Record<string, unknown>
/** A record as Payload reads it, or why it cannot. */
export type Read = { id: RecordId; doc: Doc } | { id: RecordId; error: string }

const CHUNK = 100
const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
const isNotFound = (error: unknown) => (error as { status?: number })?.status === 404

/**
 * Reads the records through Payload's Local API, as the admin panel and the API do: a page at a
 * time, and one by one when a page fails, to find which record broke it. Collections with drafts
 * are read twice, because their lists (the admin panel's) read each record's latest version.
 */
export async function* readRecords({
  payload,
  slug,
  ids,
  hasDrafts,
}: {
  payload: Payload
  slug: CollectionSlug
  ids: RecordId[]
  hasDrafts: boolean
}): AsyncGenerator<Read> {
  const common = {
    collection: slug,
    depth: 0,
    locale: 'all',
    overrideAccess: true,
    trash: true,
  } as const
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK)
    let docs = new Map<string, Doc>()
    try {
      const page = { ...common, where: { id: { in: chunk } }, limit: chunk.length } as const
      const found = await payload.find({ ...page, draft: false })
      if (hasDrafts) await payload.find({ ...page, draft: true })
      docs = new Map(found.docs.map((doc) => [String(doc.id), doc as unknown as Doc]))
    } catch {
      // One of them cannot be read; the loop below finds which.
    }
    for (const id of chunk) {
      const doc = docs.get(String(id))
      if (doc) {
        yield { id, doc }
        continue
      }
      try {
        const one = { ...common, id } as const
        const read = await payload.findByID({ ...one, draft: false })
        if (hasDrafts) await payload.findByID({ ...one, draft: true })
        yield { id, doc: read as unknown as Doc }
      } catch (error) {
        // Deleted since the ids were listed (a job that finished, an editor's delete): skip it.
        if (!isNotFound(error)) yield { id, error: message(error) }
      }
    }
  }
}

export async function countVersions({
  payload,
  slug,
  id,
}: {
  payload: Payload
  slug: CollectionSlug
  id: RecordId
}): Promise<number> {
  const where = { parent: { equals: id } }
  return (await payload.countVersions({ collection: slug, where, overrideAccess: true })).totalDocs
}

/**
 * Writes the version Payload would have written last, had the write finished (`saveVersion`
 * after a create): the record as the adapter stores it, every locale, marked latest.
 */
export async function createVersion({
  payload,
  slug,
  id,
}: {
  payload: Payload
  slug: CollectionSlug
  id: RecordId
}): Promise<void> {
  const stored = await payload.db.findOne<Doc & { id: RecordId }>({
    collection: slug,
    where: { id: { equals: id } },
  })
  if (!stored) return
  // What `sanitizeInternalFields` removes before Payload saves a version (MongoDB's keys).
  const versionData: Doc = { ...stored }
  delete versionData._id
  delete versionData.__v
  const now = new Date().toISOString()
  await payload.db.createVersion({
    collectionSlug: slug,
    parent: id,
    versionData,
    autosave: false,
    createdAt: now,
    updatedAt: now,
    returning: false,
  })
}
