import type { Payload } from 'payload'

/**
 * How long a job may go without a word from its runner before it counts as abandoned. Payload
 * updates a job when it starts it and after each of its tasks; the portal's tasks take seconds
 * (a digest or a theme's relabelling queues its work as further jobs), so a job silent for this
 * long was being run by a process that stopped: a restart, a deploy, a crash.
 */
export const STALLED_AFTER_MS = 5 * 60_000

const SWEEP_EVERY_MS = 60_000

/**
 * Payload 3.90 marks a job `processing` while a runner has it, and runners take only jobs that
 * are not: a job whose server stopped mid-run stays `processing` for ever, so its mail is never
 * sent and its search update never made. This hands such jobs back to the queue (each is then
 * retried like any other; a task that had half run runs again, which the portal's tasks allow:
 * a search sync rewrites the same documents, a mail job checks its delivery record first).
 * Judged by the job's last update, not the server's start, so a runner of another process that
 * is still working is left alone.
 */
export async function releaseStalledJobs(
  payload: Payload,
  { now = Date.now() }: { now?: number } = {},
): Promise<number> {
  const { docs, errors } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(now - STALLED_AFTER_MS).toISOString() } },
      ],
    },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  for (const { message } of errors)
    payload.logger.error(`could not release a stalled job: ${message}`)
  if (docs.length > 0) {
    const queues = [...new Set(docs.map((job) => job.queue ?? 'default'))].join(', ')
    payload.logger.warn(
      `${docs.length} job(s) left running by a stopped process handed back to their queues (${queues})`,
    )
  }
  return docs.length
}

/** In the process that runs the jobs: a sweep at start, then every minute. */
export function watchStalledJobs(payload: Payload): void {
  const sweep = () =>
    releaseStalledJobs(payload).catch((error: unknown) =>
      payload.logger.error(
        `stalled jobs check failed: ${error instanceof Error ? error.message : String(error)}`,
      ),
    )
  void sweep()
  setInterval(sweep, SWEEP_EVERY_MS).unref()
}
