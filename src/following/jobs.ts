import type { TaskConfig } from 'payload'

import { sendDigests } from './digest'
import { notifyFollowersOf } from './notify'
import { FOLLOWING_QUEUE } from './queue'
import type { DigestCadence } from './settings'

/** Every attempt is safe to repeat: notices-sent lets each item reach a member once. */
const retries = { attempts: 5, backoff: { type: 'exponential' as const, delay: 30_000 } }

/** Queued by `queueFollowerNotices` when an item is first published. */
export const notifyFollowersTask = {
  slug: 'notifyFollowers',
  label: 'Tell followers of a new item',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  retries,
  handler: async ({ input, req }) => {
    const { collection, id } = input as { collection: string; id: string }
    return { output: await notifyFollowersOf({ payload: req.payload, collection, id }) }
  },
} as TaskConfig

/**
 * The digests, on Payload's scheduler: the autoRun of the `following` queue queues each at its
 * time (once: Payload skips a schedule whose previous job is still waiting or running) and runs
 * it. Daily at 06:00 UTC (the morning across the region, 12:00–14:00 in the Mekong), weekly on
 * Mondays.
 */
const digestTask = (cadence: DigestCadence, cron: string) =>
  ({
    slug: cadence === 'daily' ? 'sendDailyDigests' : 'sendWeeklyDigests',
    label: `Send the ${cadence} digests`,
    schedule: [{ cron, queue: FOLLOWING_QUEUE }],
    retries,
    handler: async ({ req }) => ({ output: await sendDigests({ payload: req.payload, cadence }) }),
  }) as TaskConfig

export const followingTasks = [
  notifyFollowersTask,
  digestTask('daily', '0 0 6 * * *'),
  digestTask('weekly', '0 0 6 * * 1'),
]
