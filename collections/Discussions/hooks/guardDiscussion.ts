import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isForumMemberUser, moderatesDiscussion } from '@/access/forums'
import { Refused } from '@/access/refused'
import { isManagerUser, type Person } from '@/access/roles'
import { MODERATION_CONTEXT } from '@/forums/moderation'
import type { Discussion } from '@/payload-types'

import { changedFields, summaryIsPublishable } from '../moderationFields'
import { relationId } from '@/fields/relationId'

/** What only a moderator of the discussion (or a manager) changes. */
const MODERATORS_ONLY = new Set([
  'pinned',
  'status',
  'themes',
  'crossTheme',
  'facilitation.facilitator',
  'facilitation.opensAt',
  'facilitation.closesAt',
  'facilitation.summaryPublic',
])

/**
 * Keeps each person to what they may change on an existing discussion, whatever the API:
 * - its author: the title and tags (the author is let in by `canEditDiscussion`);
 * - a moderator of the discussion (of one of its themes, any moderator for a cross-theme one)
 *   and managers: besides, pin, lock, move, the facilitated period and its facilitator, the
 *   summary and whether it is public;
 * - the facilitator: the summary, even if they moderate nothing.
 * A moderator of another theme never reaches this (update access finds no such discussion: 403).
 * `answer` and `poll` are guarded by `guardAnswerAndPoll`; `mergedInto` changes only through the
 * merge (src/forums/moderation.ts). The rights are judged on the discussion as stored, before
 * the change.
 *
 * Moving: the mover must moderate the discussion before the move, and may then move it into any
 * themes, including ones they do not moderate. A misfiled discussion usually belongs to another
 * theme than the moderator's own; handing it over to that theme's moderators is the point of
 * moving it, and the audit log records where it came from. Managers move anything anywhere.
 */
export const guardDiscussion: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
  context,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  // The forums' own bookkeeping (activity counters, a merge) checked its right already; server
  // code without a person acts with authority.
  if (context?.forumBookkeeping || context?.[MODERATION_CONTEXT] || !req.user) return data
  const user = req.user as Person
  const before = originalDoc as Discussion
  const changed = changedFields(before, data)
  if (changed.length === 0) return data

  if (changed.includes('mergedInto')) {
    throw new Refused(
      'Discussions are merged with the merge action (POST /api/discussions/:id/merge).',
    )
  }
  const moderates = isForumMemberUser(user) && moderatesDiscussion(user, before)
  const isAuthor = String(relationId(before.author)) === String(user.id)
  const isFacilitator =
    before.facilitation?.facilitator !== undefined &&
    before.facilitation?.facilitator !== null &&
    String(relationId(before.facilitation.facilitator)) === String(user.id)

  for (const field of changed) {
    if (field === 'answer' || field === 'poll') continue
    if (MODERATORS_ONLY.has(field)) {
      if (!moderates) {
        throw new Refused(
          'Only a moderator of this discussion’s themes or a manager may pin, lock, move it or change its facilitation.',
        )
      }
    } else if (field === 'facilitation.summary') {
      if (!moderates && !isFacilitator) {
        throw new Refused('Only the facilitator or a moderator writes the facilitator’s summary.')
      }
    } else if (field === 'title' || field === 'tags') {
      if (!moderates && !isAuthor) {
        throw new Refused('Only its author or a moderator changes a discussion’s title and tags.')
      }
    } else if (!isManagerUser(user) && !moderates) {
      throw new Refused('You may not change this part of the discussion.')
    }
  }

  const after = {
    ...before,
    ...data,
    facilitation: { ...before.facilitation, ...data.facilitation },
  }
  if (
    after.facilitation?.summaryPublic &&
    changed.some((field) => field.startsWith('facilitation.'))
  ) {
    const problem = summaryIsPublishable(after as Discussion)
    if (problem) {
      throw new ValidationError(
        {
          collection: 'discussions',
          errors: [{ path: 'facilitation.summaryPublic', message: problem }],
          req,
        },
        req.t,
      )
    }
  }
  return data
}
