import { selectOptions } from '@/fields/options'

/** A discussion is open for replies, or locked by a moderator (read-only). */
export const DISCUSSION_STATUSES = ['open', 'locked'] as const
export type DiscussionStatus = (typeof DISCUSSION_STATUSES)[number]
export const DISCUSSION_STATUS_OPTIONS = selectOptions(DISCUSSION_STATUSES, {
  open: 'Open',
  locked: 'Locked (no new replies)',
})

/**
 * What readers see of a post:
 * - `visible`;
 * - `flagged`: hidden because enough members flagged it, until a moderator decides;
 * - `hidden`: hidden by a moderator, with a reason the author is told;
 * - `deleted`: deleted by its author; a placeholder stays in the thread.
 */
export const POST_STATES = ['visible', 'flagged', 'hidden', 'deleted'] as const
export type PostState = (typeof POST_STATES)[number]
export const POST_STATE_OPTIONS = selectOptions(POST_STATES, {
  visible: 'Visible',
  flagged: 'Hidden by members’ flags (waiting for a moderator)',
  hidden: 'Hidden by a moderator',
  deleted: 'Deleted by its author',
})

/** Discourse's notification levels, per thread and per theme. */
export const WATCH_LEVELS = ['watching', 'tracking', 'normal', 'muted'] as const
export type WatchLevel = (typeof WATCH_LEVELS)[number]
export const WATCH_LEVEL_OPTIONS = selectOptions(WATCH_LEVELS, {
  watching: 'Watching (told of every post)',
  tracking: 'Tracking (unread counts only)',
  normal: 'Normal (told when mentioned)',
  muted: 'Muted',
})

export const REACTION_KINDS = ['helpful'] as const
export type ReactionKind = (typeof REACTION_KINDS)[number]
export const REACTION_KIND_OPTIONS = selectOptions(REACTION_KINDS, { helpful: 'Helpful' })

export const FLAG_STATUSES = ['open', 'upheld', 'dismissed'] as const
export type FlagStatus = (typeof FLAG_STATUSES)[number]
export const FLAG_STATUS_OPTIONS = selectOptions(FLAG_STATUSES, {
  open: 'Waiting for a moderator',
  upheld: 'Upheld (post hidden)',
  dismissed: 'Dismissed (post shown)',
})

/** How forum mail reaches a member: at once, in the daily or weekly digest, or not at all. */
export const FORUM_MAIL_SETTINGS = ['immediate', 'daily', 'weekly', 'none'] as const
export type ForumMailSetting = (typeof FORUM_MAIL_SETTINGS)[number]
export const FORUM_MAIL_OPTIONS = selectOptions(FORUM_MAIL_SETTINGS, {
  immediate: 'At once',
  daily: 'In the daily digest',
  weekly: 'In the weekly digest',
  none: 'Never',
})
