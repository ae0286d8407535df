import type { CollectionBeforeChangeHook } from 'payload'

import { isEditorUser, type Person } from '@/access/roles'

/**
 * A file a member uploads with a proposal is for editors only, whatever they send, until the
 * work it belongs to is approved and published (`src/uploads/fileAudience.ts` then opens it to
 * the work's audience). So a member cannot use the portal to publish a file nobody reviewed.
 */
export const keepProposedFilesPrivate: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || isEditorUser(req.user as unknown as Person)) return data
  return { ...data, visibility: 'editors' }
}
