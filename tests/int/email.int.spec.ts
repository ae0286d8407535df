import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startMailSink, type MailSink } from '@/email/sink'

import { bootPortal, type Portal } from '../helpers/payload'

/** Mail leaves through Nodemailer over real SMTP, to the local sink in tests and development. */
let sink: MailSink
let portal: Portal

beforeAll(async () => {
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  portal = await bootPortal('email')
})
afterAll(async () => {
  await portal?.close()
  await sink?.close()
  delete process.env.SMTP_URL
})

describe('email', () => {
  it('should deliver a message through SMTP with the portal as sender, in any script', async () => {
    await portal.payload.sendEmail({
      to: 'member@example.org',
      subject: 'ยินดีต้อนรับสู่ชุมชน',
      text: 'Your membership of the Labour Migration Community of Practice was approved.',
    })
    await expect.poll(() => sink.messages.length, { timeout: 5_000 }).toBe(1)
    const mail = await simpleParser(sink.messages[0].raw)
    expect(sink.messages[0].to).toEqual(['member@example.org'])
    expect(mail.from?.text).toContain('Labour Migration CoP')
    expect(mail.subject).toBe('ยินดีต้อนรับสู่ชุมชน')
    expect(mail.text).toContain('membership')
  })
})
