import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
} from 'payload'

import { isDraftSave } from '@/hooks/drafts'

import { carrierOf, filesOf, selectOf, syncFileAudience } from './fileAudience'

// The hooks of every collection that carries files (`fileCarriers.ts`): each save of the published
// version and each deletion re-reads who the files it touches are for (`fileAudience.ts`). A draft
// save writes a version only and leaves every published document, and so every file's audience,
// as it was: it reads nothing here.

/** The key a document's published files are noted under: ids repeat across collections. */
const notedKey = (collection: CollectionSlug, id: unknown) => `${collection}:${String(id)}`

/**
 * Notes the files of the published version before a save replaces it: a file the save drops no
 * longer belongs to it. (Payload hands hooks the latest version, which may be a draft, as the
 * previous document; the published one is the document itself.)
 */
export const notePublishedFiles: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || isDraftSave(req.context)) return data
  const carrier = carrierOf(collection.slug)
  const published = await req.payload.findByID({
    collection: carrier.collection,
    id: originalDoc.id,
    select: selectOf(carrier.fileFields),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  // Into the request's context as it is now: a Local API call given `req` (the read above)
  // replaces `req.context` with a copy, so the `context` this hook was handed is stale.
  const noted = (req.context.publishedFiles ?? {}) as Record<string, string[]>
  req.context.publishedFiles = {
    ...noted,
    [notedKey(collection.slug, originalDoc.id)]: filesOf(carrier, published),
  }
  return data
}

/** After a save: the files of the document now, and those its published version had before. */
export const syncFileVisibility: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (isDraftSave(req.context)) return doc
  const noted = req.context.publishedFiles as Record<string, string[]> | undefined
  const before = noted?.[notedKey(collection.slug, doc.id)] ?? []
  await syncFileAudience(req, [...filesOf(carrierOf(collection.slug), doc), ...before])
  return doc
}

/** A deleted document's files go back to editors, unless another published document carries them. */
export const closeFilesOfDeletedDocument: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  await syncFileAudience(req, filesOf(carrierOf(collection.slug), doc))
  return doc
}
