import type { CollectionAfterChangeHook } from 'payload'

import { isDraftSave } from '@/hooks/drafts'
import type { Resource } from '@/payload-types'

/**
 * A file is served only to the audience of the work it belongs to: public once a public work
 * is published, members once a members-only work is published, editors while it is a draft.
 * The direct file URL checks the same rule, so a leaked link does not leak the file.
 * A draft saved over a published work changes nothing: the published version, and its files,
 * stay live until the draft is published (a file new in the draft stays editors-only by default).
 */
export const syncFileVisibility: CollectionAfterChangeHook<Resource> = async ({
  context,
  doc,
  req,
}) => {
  if (isDraftSave(context)) return doc
  const audience =
    doc._status !== 'published' ? 'editors' : doc.visibility === 'members' ? 'members' : 'public'
  const fileIds = (doc.editions ?? [])
    .map((edition) => (typeof edition.file === 'object' ? edition.file?.id : edition.file))
    .filter((id): id is number => id !== null && id !== undefined)
  for (const id of fileIds) {
    await req.payload.update({
      collection: 'media',
      id,
      data: { visibility: audience },
      overrideAccess: true,
      req,
      context: { ...req.context, isFileVisibilitySync: true },
    })
  }
  return doc
}
