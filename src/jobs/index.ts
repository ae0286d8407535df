import type { JobsConfig, PayloadRequest } from 'payload'
import { isNextBuild } from 'payload/shared'

import { isAdminUser, type Person } from '@/access/roles'

import { sendMailTask } from '@/email/jobs'
import { followingTasks } from '@/following/jobs'
import { FOLLOWING_QUEUE } from '@/following/queue'
import { FORUM_NOTICES_QUEUE, forumNoticeTasks } from '@/forums/notices/tasks'
import { MAIL_QUEUE } from '@/email/queue'
import { SEARCH_QUEUE, syncLabelledWorksTask, syncSearchTask } from '@/search/jobs'

/**
 * Work done after a write commits, on Payload's jobs queue (the `payload-jobs` collection), one
 * queue per kind so a backlog of one never delays the other: `search` keeps Meilisearch in step,
 * `mail` sends every message the portal writes, `following` tells members what is new in what
 * they follow (a job per first publication, and the scheduled digests), `forum-notices` tells
 * forum readers what was written (a job per post), all by queueing mail.
 */
/**
 * Only admins run, queue or cancel jobs through the API (`/api/payload-jobs/run`): Payload lets
 * any signed-in person do it by default, and a member could then drive the mail and search
 * runners at will. The portal's own code queues through the Local API, which is not asked.
 */
const adminsOnly = ({ req }: { req: PayloadRequest }) => isAdminUser(req.user as Person | null)

/**
 * Whether this process runs the queues (the server does; tests and benchmarks that drive the
 * queues by hand set JOBS_AUTORUN=false, and so does a server whose jobs a worker runs). Never
 * while Next builds the pages, when Payload starts no runner either.
 */
export const runsJobs = () => process.env.JOBS_AUTORUN !== 'false' && !isNextBuild()

export const jobs: JobsConfig = {
  access: { run: adminsOnly, queue: adminsOnly, cancel: adminsOnly },
  tasks: [
    syncSearchTask,
    syncLabelledWorksTask,
    sendMailTask,
    ...followingTasks,
    ...forumNoticeTasks,
  ],
  // Jobs run inside the server process every second; a dedicated worker (`payload jobs:run`)
  // can take over when the portal scales out. JOBS_AUTORUN=false turns the in-process runner off.
  autoRun: [
    { cron: '* * * * * *', queue: SEARCH_QUEUE, limit: 100, silent: true },
    { cron: '* * * * * *', queue: MAIL_QUEUE, limit: 50, silent: true },
    { cron: '* * * * * *', queue: FORUM_NOTICES_QUEUE, limit: 50, silent: true },
    // Also queues the scheduled digests when they are due (Payload's `schedule`).
    { cron: '*/5 * * * * *', queue: FOLLOWING_QUEUE, limit: 5, silent: true },
  ],
  shouldAutoRun: runsJobs,
  // A sent mail is recorded in mail-deliveries; a job that failed for good stays for inspection.
  deleteJobOnComplete: true,
}
