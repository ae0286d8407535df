import type { CollectionAfterReadHook, FieldHook } from 'payload'

import { readsMemberContent } from '@/access'

/**
 * The second half of `memberContentQueryField` (see there for why it is not field access):
 * the field hook, which knows whether the caller overrides access (trusted server code such as
 * the search sync does), marks a document read by someone who may not see its description;
 * once every field hook has run, the collection hook removes the value from what it returns.
 */
const readWithoutDescription = new WeakSet<object>()

export const markMemberContent: FieldHook = ({ data, overrideAccess, req, value }) => {
  if (!overrideAccess && data && !readsMemberContent(req.user, data)) {
    readWithoutDescription.add(data)
  }
  return value
}

export const hideMemberContent: CollectionAfterReadHook = ({ doc }) => {
  if (readWithoutDescription.has(doc)) delete doc.description
  return doc
}
