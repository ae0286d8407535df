import type { TaskConfig } from 'payload'

/**
 * A queue of their own, run every second: a busy forum's notices never wait behind the
 * following queue's digests, nor those behind them.
 */
export const FORUM_NOTICES_QUEUE = 'forum-notices'

/** Queued by the posts' `queueForumNotices` hook: the immediate mail of one stored post. */
export const FORUM_NOTICES_TASK = 'sendForumNotices'
/** Queued for the end of a member's 10-minute window on a thread (immediate.ts). */
export const FORUM_CATCH_UP_TASK = 'sendForumCatchUp'

/** Every attempt is safe to repeat: notices-sent lets each post reach a member once. */
const retries = { attempts: 5, backoff: { type: 'exponential' as const, delay: 30_000 } }

// The handlers import the mail machinery lazily: the hooks import this file for the slugs.
export const forumNoticeTasks = [
  {
    slug: FORUM_NOTICES_TASK,
    label: 'Tell watchers and mentioned members of a new forum post',
    inputSchema: [{ name: 'post', type: 'text', required: true }],
    retries,
    handler: async ({ input, req }) => {
      const { noticeForumPost } = await import('./immediate')
      const { post } = input as { post: string }
      return { output: await noticeForumPost({ payload: req.payload, postId: post }) }
    },
  },
  {
    slug: FORUM_CATCH_UP_TASK,
    label: 'Send what a 10-minute window held back of a forum thread',
    inputSchema: [
      { name: 'discussion', type: 'text', required: true },
      { name: 'member', type: 'text', required: true },
      { name: 'since', type: 'text', required: true },
    ],
    retries,
    handler: async ({ input, req }) => {
      const { mailThread } = await import('./immediate')
      const { discussion, member, since } = input as Record<string, string>
      return {
        output: await mailThread({
          payload: req.payload,
          threadId: discussion,
          since,
          onlyMember: member,
        }),
      }
    },
  },
] as TaskConfig[]
