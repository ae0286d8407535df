import { JobCancelledError, type TaskConfig } from 'payload'

import { claimDelivery, markDelivered, releaseDelivery } from './deliveries'
import { messageIdFor, type MailMessage } from './message'
import { describeSmtpError, isPermanentRefusal } from './refusal'

/**
 * Payload waits 2^n × 10 s after the n-th failure (10 s, 20 s, 40 s … 11 h, 23 h): 14 retries,
 * 15 attempts over about 45 hours. Early tries catch a relay that restarts; later ones ride out
 * a long outage without hammering it. After an outage of length T, mail waits at most about T
 * more. A job that runs out of attempts stays in payload-jobs with its error (see the README).
 */
export const MAIL_RETRIES = 14
const FIRST_DELAY_MS = 10_000

export const sendMailTask = {
  slug: 'sendMail',
  label: 'Send mail',
  inputSchema: [
    { name: 'key', type: 'text', required: true },
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea' },
    { name: 'headers', type: 'json' },
  ],
  retries: {
    attempts: MAIL_RETRIES,
    backoff: { type: 'exponential', delay: FIRST_DELAY_MS },
  },
  handler: async ({ input, job, req }) => {
    const message = input as MailMessage
    const { payload } = req
    const attempt = (job.totalTried ?? 0) + 1
    const claim = await claimDelivery({ payload, key: message.key, to: message.to })
    // Jobs run at least once: this key was sent by an earlier run, so this one sends nothing.
    if (claim === 'delivered') return { output: { key: message.key, sent: false } }
    if (claim === 'busy') {
      payload.logger.warn(`mail: ${message.key} is being sent by another attempt, will look again`)
      throw new Error(`${message.key} is being sent by another attempt`)
    }
    try {
      await payload.sendEmail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
        headers: message.headers ?? undefined,
        messageId: messageIdFor(message.key, payload.config.serverURL),
      })
    } catch (error) {
      await releaseDelivery({ payload, key: message.key })
      // One short line per attempt instead of Payload's full job dump (the runner is silent).
      const reason = describeSmtpError(error)
      if (isPermanentRefusal(error)) {
        payload.logger.error(
          `mail: ${message.key} refused by the SMTP server, not retried: ${reason}`,
        )
        throw new JobCancelledError(`refused by the SMTP server: ${reason}`)
      }
      const last = attempt > MAIL_RETRIES
      payload.logger[last ? 'error' : 'warn'](
        `mail: ${message.key} not sent (attempt ${attempt} of ${MAIL_RETRIES + 1}${last ? ', giving up' : ', will retry'}): ${reason}`,
      )
      throw error
    }
    // Between the SMTP server's acceptance and this line a crash would send the message again
    // (after the claim expires); the unchanged Message-ID lets the relay or reader drop the copy.
    await markDelivered({ payload, key: message.key })
    return { output: { key: message.key, sent: true } }
  },
} as TaskConfig
