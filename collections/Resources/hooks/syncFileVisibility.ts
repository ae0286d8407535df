import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { relationId, type Id } from '@/fields/relationId'
import type { Media, Resource } from '@/payload-types'

import { slugs } from '../../slugs'

/**
 * A file is served to the audience of the published works that carry it: public when a public
 * published work has it, members when only members-only ones do, editors otherwise (a work not
 * yet published or unpublished, a file new in a draft or dropped from the published version, a
 * deleted work). The direct file URL checks the same rule, so a leaked link does not leak it.
 *
 * The audience is read from the published documents in the database, not from the document a
 * hook is handed: a draft saved over a published work (which writes a version only, and is what
 * hooks then see) leaves the published version, and so its files, exactly as they were.
 */
type Audience = Media['visibility']

const RANK: Record<Audience, number> = { editors: 0, members: 1, public: 2 }

const filesOf = (work: Partial<Resource> | null | undefined): Id[] =>
  (work?.editions ?? []).flatMap((edition) => {
    const file = relationId(edition.file)
    return file === null || file === undefined ? [] : [file]
  })

/** Brings these files' visibility in line with the published works that carry them now. */
async function syncVisibilityOf(req: PayloadRequest, fileIds: Id[]): Promise<void> {
  // Keyed by the id as text: numbers on SQLite, ObjectIds' text on MongoDB.
  const ids = [...new Set(fileIds.map(String))]
  if (ids.length === 0) return
  // Without `draft`, Payload reads the documents themselves: each work as last published.
  const { docs: works } = await req.payload.find({
    collection: slugs.resources,
    where: { and: [{ 'editions.file': { in: ids } }, { _status: { equals: 'published' } }] },
    select: { visibility: true, editions: { file: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const audience = new Map<string, Audience>(ids.map((id) => [id, 'editors']))
  for (const work of works) {
    const theirs: Audience = work.visibility === 'members' ? 'members' : 'public'
    for (const id of filesOf(work).map(String)) {
      const current = audience.get(id)
      if (current !== undefined && RANK[theirs] > RANK[current]) audience.set(id, theirs)
    }
  }
  const { docs: files } = await req.payload.find({
    collection: slugs.media,
    where: { id: { in: ids } },
    select: { visibility: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const file of files) {
    const visibility = audience.get(String(file.id))
    if (visibility === undefined || visibility === file.visibility) continue
    await req.payload.update({
      collection: slugs.media,
      id: file.id,
      data: { visibility },
      overrideAccess: true,
      req,
    })
  }
}

/**
 * Notes the files of the published version before a save replaces it: a file the save drops no
 * longer belongs to it. (Payload hands hooks the latest version, which may be a draft, as the
 * previous document; the published one is the document itself.)
 */
export const notePublishedFiles: CollectionBeforeChangeHook<Resource> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const published = await req.payload.findByID({
    collection: slugs.resources,
    id: originalDoc.id,
    select: { editions: { file: true } },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  // Into the request's context as it is now: a Local API call given `req` (the read above)
  // replaces `req.context` with a copy, so the `context` this hook was handed is stale.
  const noted = (req.context.publishedFiles ?? {}) as Record<string, Id[]>
  req.context.publishedFiles = { ...noted, [String(originalDoc.id)]: filesOf(published) }
  return data
}

export const syncFileVisibility: CollectionAfterChangeHook<Resource> = async ({ doc, req }) => {
  const before = (req.context.publishedFiles as Record<string, Id[]> | undefined)?.[String(doc.id)]
  await syncVisibilityOf(req, [...filesOf(doc), ...(before ?? [])])
  return doc
}

/** A deleted work's files go back to editors, unless another published work carries them. */
export const closeFilesOfDeletedWork: CollectionAfterDeleteHook<Resource> = async ({
  doc,
  req,
}) => {
  await syncVisibilityOf(req, filesOf(doc))
  return doc
}
