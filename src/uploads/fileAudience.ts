import type {
  CollectionSlug,
  DataFromCollectionSlug,
  PayloadRequest,
  SelectType,
  Where,
} from 'payload'

import type { Visibility } from '@/access/audience'
import { relationKey } from '@/fields/relationId'
import { slugs } from '@collections/slugs'

import { FILE_CARRIERS } from './fileCarriers'

/**
 * A file is served to the audience of the published documents that carry it, whichever
 * collection they are in (a resource's editions, a news item's picture): public when any public
 * published document has it, members when only members-only ones do, editors otherwise (a
 * document not yet published or unpublished, a file new in a draft or dropped from the published
 * version, a deleted document). The direct file URL checks the same rule, so a leaked link does
 * not leak it.
 *
 * The audience is read from the published documents in the database, not from the document a
 * hook is handed: a draft saved over a published document (which writes a version only, and is
 * what hooks then see) leaves the published version, and so its files, exactly as they were.
 */

/** What a collection that carries files tells this rule, from its own `files.ts`. */
export type FileCarrier<Slug extends CollectionSlug> = {
  collection: Slug
  /**
   * Its upload fields to `media`, as a query names them: `image`, `editions.file`. Read in the
   * default locale: a localised upload field would need its locales read too.
   */
  fileFields: readonly string[]
  /** The other fields `opensFilesTo` reads. */
  audienceFields?: readonly (keyof DataFromCollectionSlug<Slug> & string)[]
  /** Who a published document is for: its files are opened to them. */
  opensFilesTo: (doc: DataFromCollectionSlug<Slug>) => Exclude<Visibility, 'editors'>
}

/** Any collection's carrier, read alike: its `opensFilesTo` is handed its own documents only. */
type AnyCarrier = {
  collection: CollectionSlug
  fileFields: readonly string[]
  audienceFields?: readonly string[]
  opensFilesTo: (doc: never) => Exclude<Visibility, 'editors'>
}

const RANK: Record<Visibility, number> = { editors: 0, members: 1, public: 2 }

/** The media ids at one field path, through arrays (`editions.file`) and hasMany values. */
function valuesAt(doc: unknown, path: string): string[] {
  let values: unknown[] = [doc]
  for (const name of path.split('.')) {
    values = values.flatMap((value) => {
      const inner = (value as Record<string, unknown> | null | undefined)?.[name]
      return Array.isArray(inner) ? inner : [inner]
    })
  }
  return values.flatMap((value) => relationKey(value) ?? [])
}

/** The media ids a document carries, as text. */
export const filesOf = (carrier: AnyCarrier, doc: unknown): string[] =>
  carrier.fileFields.flatMap((path) => valuesAt(doc, path))

/** `editions.file` → `{ editions: { file: true } }`: a read of the file fields only. */
export function selectOf(paths: readonly string[]): SelectType {
  const select: SelectType = {}
  for (const path of paths) {
    let level = select
    const names = path.split('.')
    names.forEach((name, i) => {
      if (i === names.length - 1) level[name] = true
      else level = (level[name] ??= {}) as SelectType
    })
  }
  return select
}

const hasDrafts = (req: PayloadRequest, collection: CollectionSlug): boolean =>
  Boolean(req.payload.collections[collection].config.versions?.drafts)

/** The documents of one collection, as last published, that carry any of these files. */
async function publishedCarrying(req: PayloadRequest, carrier: AnyCarrier, ids: string[]) {
  const carries: Where = { or: carrier.fileFields.map((path) => ({ [path]: { in: ids } })) }
  const { docs } = await req.payload.find({
    collection: carrier.collection,
    // Without `draft`, Payload reads the documents themselves: each as last published.
    where: hasDrafts(req, carrier.collection)
      ? { and: [carries, { _status: { equals: 'published' } }] }
      : carries,
    select: selectOf([...carrier.fileFields, ...(carrier.audienceFields ?? [])]),
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

/** Brings these files' visibility in line with the published documents that carry them now. */
export async function syncFileAudience(req: PayloadRequest, fileIds: string[]): Promise<void> {
  // Keyed by the id as text: numbers on SQLite, ObjectIds' text on MongoDB.
  const ids = [...new Set(fileIds)]
  if (ids.length === 0) return
  const audience = new Map<string, Visibility>(ids.map((id) => [id, 'editors']))
  for (const carrier of Object.values(FILE_CARRIERS) as AnyCarrier[]) {
    for (const doc of await publishedCarrying(req, carrier, ids)) {
      const theirs = carrier.opensFilesTo(doc as never)
      for (const id of filesOf(carrier, doc)) {
        const current = audience.get(id)
        if (current !== undefined && RANK[theirs] > RANK[current]) audience.set(id, theirs)
      }
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

/** The carrier of this collection, from `fileCarriers.ts`. */
export function carrierOf(collection: CollectionSlug): AnyCarrier {
  const carrier = (FILE_CARRIERS as Partial<Record<CollectionSlug, AnyCarrier>>)[collection]
  if (!carrier)
    throw new Error(`${collection} carries no files: add it to src/uploads/fileCarriers.ts`)
  return carrier
}
