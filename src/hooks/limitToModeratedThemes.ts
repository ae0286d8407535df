import type { CollectionBeforeChangeHook } from 'payload'

import { Refused } from '@/access/refused'
import { isModeratorUser, isStaffUser, moderatedThemeIds, type Person } from '@/access/roles'
import { relationKey } from '@/fields/relationId'

/**
 * A moderator's rights end at their themes: what they create or save must stay tagged with at
 * least one theme they moderate, so they cannot move a document out of their reach or into
 * another theme's. Their own proposal (`src/submissions/`) is not theirs to publish, so it may carry
 * any theme: its reviewers decide.
 */
export const limitToModeratedThemes: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = req.user as Person | null
  if (!user || isStaffUser(user) || !isModeratorUser(user)) return data
  if (data.submissionStatus === 'submitted' && relationKey(data.submittedBy) === String(user.id))
    return data
  const allowed = new Set(moderatedThemeIds(user).map(String))
  const themes: unknown[] = Array.isArray(data.themes) ? data.themes : []
  if (!themes.some((theme) => allowed.has(relationKey(theme) ?? ''))) {
    throw new Refused('Tag this item with at least one theme you moderate.')
  }
  return data
}
