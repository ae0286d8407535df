import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireContent } from '@/data/freshness'
import type { Discussion } from '@/payload-types'

const idsOf = (themes: Discussion['themes'] | undefined) =>
  JSON.stringify(
    (themes ?? []).map((theme) => (typeof theme === 'object' ? theme.id : theme)).sort(),
  )

/**
 * The theme pages visitors get from the page cache say how many discussions each theme has
 * (`countDiscussions`). Those numbers change when a discussion is started, moved, merged or
 * deleted, and only then: a reply, which updates the discussion's activity fields, expires
 * nothing, so a busy forum does not keep flushing the public pages.
 */
export const expireForumCounts: CollectionAfterChangeHook<Discussion> &
  CollectionAfterDeleteHook<Discussion> = (args) => {
  const { doc, req, context } = args
  if (context?.disableRevalidate) return doc
  const before = 'previousDoc' in args ? args.previousDoc : undefined
  const operation = 'operation' in args ? args.operation : 'delete'
  const changed =
    operation !== 'update' ||
    !before ||
    idsOf(before.themes) !== idsOf(doc.themes) ||
    Boolean(before.crossTheme) !== Boolean(doc.crossTheme) ||
    Boolean(before.mergedInto) !== Boolean(doc.mergedInto)
  // Not awaited, as `revalidatePages`: the write must not wait on (or fail with) the refresh.
  if (changed) void expireContent(['forum-counts'], req.payload.secret)
  return doc
}
