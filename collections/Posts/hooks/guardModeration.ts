import type { CollectionBeforeChangeHook } from 'payload'

import { Refused } from '@/access/refused'
import { MODERATION_CONTEXT } from '@/forums/moderation'
import type { Post } from '@/payload-types'

const MODERATED = new Set(['hidden', 'flagged'])

const sameModeration = (a: Post['moderation'], b: Post['moderation']) =>
  JSON.stringify({ reason: a?.reason ?? null, at: a?.at ?? null }) ===
  JSON.stringify({ reason: b?.reason ?? null, at: b?.at ?? null })

/**
 * Hiding and showing a post are moderators' actions with a reason, an audit entry and a mail
 * (`POST /api/posts/:id/hide`, `/show`, the review page's decisions: src/forums/moderation.ts).
 * A plain edit never puts a post into or out of `hidden` or `flagged`, nor writes its
 * moderation record, whoever sends it: an author cannot unhide their own post.
 */
export const guardModeration: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
  context,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  if (context?.[MODERATION_CONTEXT] || context?.forumBookkeeping || !req.user) return data
  const before = originalDoc as Post
  const state = data.state ?? before.state
  if (state !== before.state && (MODERATED.has(state) || MODERATED.has(before.state))) {
    throw new Refused(
      'Moderators hide and show posts with the hide and show actions, which tell the author.',
    )
  }
  if (data.moderation !== undefined && !sameModeration(data.moderation, before.moderation)) {
    throw new Refused('A post’s moderation record is written by the hide and show actions only.')
  }
  return data
}
