import type { CollectionAfterChangeHook } from 'payload'

import { FORUM_NOTICES_QUEUE, FORUM_NOTICES_TASK } from '@/forums/notices/tasks'

/**
 * A stored post queues ONE job, in the post's transaction, that tells its readers (watchers,
 * mentioned members) by mail: the writer's request never waits for a mail, and a post that rolls
 * back tells nobody. Who hears, and when, is decided by the job (src/forums/notices/). Seeds and
 * benchmarks that store posts in bulk pass `context.skipForumNotices` (nobody is to hear of them).
 */
export const queueForumNotices: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context?.skipForumNotices) return doc
  await req.payload.jobs.queue({
    task: FORUM_NOTICES_TASK,
    input: { post: String(doc.id) },
    queue: FORUM_NOTICES_QUEUE,
    req,
  })
  return doc
}
