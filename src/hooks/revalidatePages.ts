import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

/**
 * Expires the cached reads that depend on this collection, so an edit shows on the public pages
 * within a request (see src/data/cache.ts). Seeds and tests that run outside a Next server pass
 * `context.disableRevalidate`; anywhere else without a server (a CLI script) there is nothing to
 * expire and Next's "outside a request" error is expected.
 */
export const revalidatePages: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({
  collection,
  context,
  doc,
}) => {
  if (context?.disableRevalidate) return doc
  try {
    revalidateTag(collection.slug, { expire: 0 })
  } catch {
    // Not inside a Next server: no cache to expire.
  }
  return doc
}
