import type { CollectionAfterChangeHook } from 'payload'

import { relationIds } from '@/following/descriptor'
import { watchAsWriter } from '@/forums/watching'

/**
 * Starting a discussion (its first post comes through here too) or replying watches the thread,
 * unless the writer chose a level for it before; in the post's own transaction.
 */
export const watchWhatYouWrite: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const [author] = relationIds(doc.author)
  const [discussion] = relationIds(doc.discussion)
  if (!author || !discussion) return doc
  await watchAsWriter({ req, memberId: author, discussionId: discussion })
  return doc
}
