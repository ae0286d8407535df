import type { CollectionAfterReadHook } from 'payload'

import { readsMemberContent } from '@/access'

/** Fields read by `memberContentQueryField`: removed here for readers who may not see them. */
const MEMBER_RICH_TEXT = ['description'] as const

/** The second half of `memberContentQueryField` (see there for why it is a hook). */
export const hideMemberContent: CollectionAfterReadHook = ({ doc, req }) => {
  if (readsMemberContent(req.user, doc)) return doc
  for (const field of MEMBER_RICH_TEXT) delete doc[field]
  return doc
}
