import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isContentTag } from '@/data/contentTags'
import { expireContent } from '@/data/freshness'

import { isDraftSave } from './drafts'

/**
 * Expires the cached reads and pages that depend on this collection, so an edit shows on the
 * public pages at once (`src/data/freshness.ts`), from this server, a job or a command-line
 * process alike. A draft save changes nothing the public sees, so it expires nothing; publishing,
 * unpublishing and deleting do. Seeds and tests that write many records pass
 * `context.disableRevalidate` and expire everything once at the end.
 */
export const revalidatePages: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({
  collection,
  context,
  doc,
  req,
}) => {
  if (context?.disableRevalidate || isDraftSave(context)) return doc
  // Not awaited: outside a request the refresh is an HTTP call to the portal, which must not hold
  // up the write (nor fail it when no portal is running).
  if (isContentTag(collection.slug)) void expireContent([collection.slug], req.payload.secret)
  return doc
}
