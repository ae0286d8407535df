import type { PayloadRequest } from 'payload'

import { assertMailKey, type MailMessage } from './message'

export const MAIL_QUEUE = 'mail'

/**
 * Queues one message for the `sendMail` task. Pass the `req` of the write that causes the mail:
 * the job is then stored in that write's transaction, so a write that rolls back leaves no mail,
 * and a write that commits cannot lose it, whatever the SMTP server is doing.
 */
export async function queueMail({ req, message }: { req: PayloadRequest; message: MailMessage }) {
  assertMailKey(message.key)
  return req.payload.jobs.queue({
    task: 'sendMail',
    input: message,
    queue: MAIL_QUEUE,
    req,
  })
}
