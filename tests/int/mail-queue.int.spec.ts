import { simpleParser, type ParsedMail } from 'mailparser'
import {
  _internal_jobSystemGlobals,
  _internal_resetJobSystemGlobals,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { queueVerificationMail } from '@/email/authMail'
import { MAIL_QUEUE, queueMail } from '@/email/queue'
import { FOLLOWING_QUEUE } from '@/following/queue'
import { releaseStalledJobs } from '@/jobs/stalled'
import { startMailSink, type MailSink } from '@/email/sink'
import type { User } from '@/payload-types'

import { httpClient } from '../helpers/http'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, ROLES_IN_ORDER, type Cast } from '../helpers/people'

/**
 * Every mail leaves through the `mail` jobs queue, over real SMTP to the local sink, which the
 * tests stop and restart on the same port to play an outage. The queue is run by hand, and the
 * jobs' clock is moved forward instead of waiting out the retry backoff.
 */
const SERVER_URL = 'https://cop.example.org'
let sink: MailSink
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let clockOffset = 0

beforeAll(async () => {
  sink = await startMailSink({ refuse: (address) => address.endsWith('@refused.example.org') })
  process.env.SMTP_URL = sink.url
  process.env.SERVER_URL = SERVER_URL
  portal = await bootPortal('mail-queue')
  payload = portal.payload
  http = httpClient(portal.config)
})
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await portal?.close()
  await sink?.close()
  delete process.env.SMTP_URL
  delete process.env.SERVER_URL
})
beforeEach(async () => {
  await sink.restart()
  sink.messages.splice(0)
})

/** Moves the jobs' clock past any backoff, as if the time had passed. */
function skipAhead(ms: number) {
  clockOffset += ms
  _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + clockOffset)
}

const runMailQueue = () => payload.jobs.run({ queue: MAIL_QUEUE, limit: 100, silent: true })

async function mailJobs() {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: MAIL_QUEUE } },
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

const received = (): Promise<ParsedMail[]> =>
  Promise.all(sink.messages.map((mail) => simpleParser(mail.raw)))

async function createPerson(key: string, data: Partial<User> = {}): Promise<User> {
  return payload.create({
    collection: 'users',
    data: {
      email: `${key}@example.org`,
      password: PASSWORD,
      name: `${key[0].toUpperCase()}${key.slice(1)} Person`,
      membershipStatus: 'approved',
      _verified: true,
      ...data,
    } as User,
    overrideAccess: true,
  })
}

const linkIn = (text: string | undefined, path: string) =>
  text?.match(new RegExp(`https?://\\S+${path}/([a-f0-9]+)`))

describe('password reset through the mail queue', () => {
  it('should answer a forgotten-password request at once while the SMTP server is down, and mail a working link to the configured server when it returns', async () => {
    const person = await createPerson('forgetful')
    await sink.stop()

    const started = Date.now()
    const answer = await http.rest('POST', '/users/forgot-password', {
      json: { email: person.email },
      headers: { Host: 'attacker.example', 'X-Forwarded-Host': 'attacker.example' },
    })
    expect(answer.status, answer.text).toBe(200)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(await mailJobs()).toHaveLength(1)

    await runMailQueue()
    expect(sink.messages).toHaveLength(0)
    const [waiting] = await mailJobs()
    expect(waiting.totalTried).toBe(1)
    expect(waiting.hasError).toBeFalsy()

    await sink.restart()
    skipAhead(60_000)
    await runMailQueue()
    const [mail] = await received()
    expect(sink.messages).toHaveLength(1)
    expect(sink.messages[0].to).toEqual([person.email])
    expect(mail.subject).toBe('Reset your password')
    expect(mail.text).toContain(`${SERVER_URL}/en/account/reset-password/`)
    expect(mail.html).toContain(`href="${SERVER_URL}/en/account/reset-password/`)
    expect(`${mail.text}${mail.html}`).not.toContain('attacker.example')
    expect(await mailJobs()).toHaveLength(0)

    const token = linkIn(mail.text, '/account/reset-password')?.[1]
    expect(token).toBeTruthy()
    const reset = await http.rest('POST', '/users/reset-password', {
      json: { token, password: 'a-new-password-for-me' },
    })
    expect(reset.status, reset.text).toBe(200)
    const login = await http.rest('POST', '/users/login', {
      json: { email: person.email, password: 'a-new-password-for-me' },
    })
    expect(login.status, login.text).toBe(200)
  })

  it('should mail one link for two requests within the interval, and keep that link working', async () => {
    const person = await createPerson('impatient')
    for (let request = 0; request < 2; request += 1) {
      const answer = await http.rest('POST', '/users/forgot-password', {
        json: { email: person.email },
      })
      expect(answer.status, answer.text).toBe(200)
    }
    expect(await mailJobs()).toHaveLength(1)
    await runMailQueue()
    const [mail] = await received()
    expect(sink.messages).toHaveLength(1)
    const token = linkIn(mail.text, '/account/reset-password')?.[1]
    const reset = await http.rest('POST', '/users/reset-password', {
      json: { token, password: 'another-new-password' },
    })
    expect(reset.status, reset.text).toBe(200)
  })

  it('should answer an unknown address exactly as a known one, and queue nothing', async () => {
    const answer = await http.rest('POST', '/users/forgot-password', {
      json: { email: 'nobody-here@example.org' },
    })
    expect(answer.status).toBe(200)
    expect(await mailJobs()).toHaveLength(0)
  })
})

describe('verification mail', () => {
  // A sign-up queues its verification mail through queueAuthMail (auth.verify is on); these
  // tests call queueVerificationMail directly to choose the language and the token.
  it('should queue the verification mail in the recipient’s language and deliver it after an outage', async () => {
    const person = await createPerson('newcomer', { membershipStatus: 'pending' })
    await sink.stop()
    const req = await createLocalReq({}, payload)
    await queueVerificationMail({
      req,
      user: { ...person, preferredLanguage: 'th' },
      token: 'a1b2c3d4e5f6',
    })
    await runMailQueue()
    expect(sink.messages).toHaveLength(0)

    await sink.restart()
    skipAhead(60_000)
    await runMailQueue()
    const [mail] = await received()
    expect(sink.messages[0].to).toEqual([person.email])
    expect(mail.subject).toBe('ยืนยันที่อยู่อีเมลของคุณ')
    expect(mail.text).toContain(`${SERVER_URL}/th/account/verify/a1b2c3d4e5f6`)
    expect(mail.text).toContain('ชุมชนนักปฏิบัติ')
    expect(mail.html).toContain('lang="th"')
    expect(mail.html).toContain(`href="${SERVER_URL}/th/account/verify/a1b2c3d4e5f6"`)
  })

  it('should queue one verification mail for a sign-up, and none for an account created verified', async () => {
    const answer = await http.rest('POST', '/users', {
      json: {
        email: 'applicant@example.org',
        password: PASSWORD,
        name: 'Applicant',
        organisation: 'Migrant Workers Union',
        memberGroup: 'trade-union',
      },
    })
    expect(answer.status, answer.text).toBe(201)
    await createPerson('created-verified')
    const jobs = await mailJobs()
    expect(jobs).toHaveLength(1)
    expect((jobs[0].input as { to: string }).to).toBe('applicant@example.org')
    await runMailQueue()
    expect(await mailJobs()).toHaveLength(0)
  })
})

describe('delivery exactly once', () => {
  it('should deliver a verification, a reset and ten immediate notifications queued during an SMTP outage exactly once each when it returns', async () => {
    const applicant = await createPerson('applicant-two', { membershipStatus: 'pending' })
    const member = await createPerson('resetter')
    const theme = await payload.create({
      collection: 'themes',
      data: { title: 'Fishers', slug: 'fishers', summary: 'Migrant fishers.' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const followers: User[] = []
    for (let index = 0; index < 10; index += 1) {
      followers.push(
        await createPerson(`reader${index}`, {
          notifications: 'immediate',
          follows: { themes: [theme.id] },
        }),
      )
    }
    await sink.stop()

    const req = await createLocalReq({}, payload)
    await queueVerificationMail({ req, user: applicant, token: 'f00dcafe' })
    const reset = await http.rest('POST', '/users/forgot-password', {
      json: { email: member.email },
    })
    expect(reset.status).toBe(200)
    // A first publication: one job tells the ten immediate followers, a queued mail each.
    await payload.create({
      collection: 'news',
      data: {
        title: 'Fishers win a contract',
        slug: 'fishers-win-a-contract',
        date: '2026-12-01T00:00:00.000Z',
        kind: 'country-news',
        summary: 'A new standard contract for migrant fishers.',
        themes: [theme.id],
        _status: 'published',
      },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    await payload.jobs.run({ queue: FOLLOWING_QUEUE, limit: 10, silent: true })
    expect(await mailJobs()).toHaveLength(12)

    // Two failed rounds while the server is down.
    await runMailQueue()
    skipAhead(60_000)
    await runMailQueue()
    expect(sink.messages).toHaveLength(0)
    expect((await mailJobs()).every((job) => job.totalTried === 2)).toBe(true)

    await sink.restart()
    skipAhead(10 * 60_000)
    await runMailQueue()
    skipAhead(10 * 60_000)
    await runMailQueue()

    const mails = await received()
    const ids = mails.map((mail) => mail.messageId)
    expect(ids).toHaveLength(12)
    expect(new Set(ids).size).toBe(12)
    expect(ids.filter((id) => id?.startsWith('<notice.'))).toHaveLength(10)
    expect(ids.filter((id) => id?.startsWith('<reset-password.'))).toHaveLength(1)
    expect(ids.filter((id) => id?.startsWith('<verify-email.'))).toHaveLength(1)
    const notified = sink.messages
      .flatMap((mail) => mail.to)
      .filter((to) => to.startsWith('reader'))
    expect(notified.sort()).toEqual(followers.map((follower) => follower.email).sort())
    expect(await mailJobs()).toHaveLength(0)
  })

  it('should send a message once when its job runs twice, at the same time or after it was sent', async () => {
    const req = await createLocalReq({}, payload)
    const message = {
      key: 'notification.twice.test',
      to: 'twice@example.org',
      subject: 'Once only',
      text: 'This message must arrive once.',
    }
    await queueMail({ req, message })
    await queueMail({ req, message })
    await runMailQueue()
    // The copy that found the message being sent waits and then finds it sent.
    skipAhead(60_000)
    await runMailQueue()
    // A job run again after the server accepted the message (a crash before it was marked
    // complete) finds the delivery recorded.
    await queueMail({ req, message })
    await runMailQueue()

    expect(sink.messages).toHaveLength(1)
    expect((await received())[0].messageId).toBe('<notification.twice.test@cop.example.org>')
    expect(await mailJobs()).toHaveLength(0)
    const { docs } = await payload.find({
      collection: 'mail-deliveries',
      where: { key: { equals: message.key } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].sentAt).toBeTruthy()
  })

  it('should hand back to the queue a job its stopped server left running, after five silent minutes, and send its mail once', async () => {
    const req = await createLocalReq({}, payload)
    await queueMail({
      req,
      message: {
        key: 'notification.stalled.test',
        to: 'stalled@example.org',
        subject: 'After a restart',
        text: 'This message was queued just before the server stopped.',
      },
    })
    // The server took the job and stopped before finishing it: Payload leaves it so.
    const [job] = await mailJobs()
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: true },
      overrideAccess: true,
    })
    await runMailQueue()
    expect(sink.messages).toHaveLength(0)

    // Four minutes on, the process running it may still be at work: left alone.
    expect(await releaseStalledJobs(payload, { now: Date.now() + 4 * 60_000 })).toBe(0)
    expect(await releaseStalledJobs(payload, { now: Date.now() + 6 * 60_000 })).toBe(1)
    await runMailQueue()

    expect(sink.messages).toHaveLength(1)
    expect((await received())[0].subject).toBe('After a restart')
    expect(await mailJobs()).toHaveLength(0)
    expect(await releaseStalledJobs(payload, { now: Date.now() + 60 * 60_000 })).toBe(0)
  })

  it('should leave no mail job when the write that queued it rolls back', async () => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const person = await payload.create({
      collection: 'users',
      data: {
        email: 'rolled-back@example.org',
        password: PASSWORD,
        name: 'Rolled Back',
        roles: ['member'],
        membershipStatus: 'pending',
      },
      overrideAccess: true,
      req,
    })
    await queueMail({
      req,
      message: {
        key: `welcome.${person.id}.rollback`,
        to: person.email,
        subject: 'Welcome',
        text: 'Welcome to the community.',
      },
    })
    await killTransaction(req)

    expect(await mailJobs()).toHaveLength(0)
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: 'rolled-back@example.org' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  it('should not retry a message the SMTP server refuses for good', async () => {
    const req = await createLocalReq({}, payload)
    await queueMail({
      req,
      message: {
        key: 'notification.refused.test',
        to: 'gone@refused.example.org',
        subject: 'Nobody home',
        text: 'This address does not exist.',
      },
    })
    await runMailQueue()
    skipAhead(24 * 60 * 60_000)
    await runMailQueue()

    expect(sink.messages).toHaveLength(0)
    const [job] = await mailJobs()
    expect(job.hasError).toBe(true)
    expect(job.totalTried ?? 0).toBeLessThanOrEqual(1)
    expect(JSON.stringify(job.error)).toContain('550')
    await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  })
})

describe('mail-deliveries access', () => {
  let cast: Cast
  beforeAll(async () => {
    const themes = await createThemes(payload)
    cast = await createCast(payload, themes.moderated)
  })

  const outcome = async (action: () => Promise<unknown>) => {
    try {
      await action()
      return 'allowed'
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 401 || status === 403 || status === 404) return 'refused'
      throw error
    }
  }

  it.each(ROLES_IN_ORDER)(
    'should let a %s read and delete delivery records only if an admin, and write them never',
    async (role) => {
      const user = cast[role]
      const as = { user, overrideAccess: false as const }
      const record = await payload.create({
        collection: 'mail-deliveries',
        data: { key: `access.${role}.test`, to: 'someone@example.org' },
        overrideAccess: true,
      })
      const expected = role === 'admin' ? 'allowed' : 'refused'
      const read = () => payload.findByID({ collection: 'mail-deliveries', id: record.id, ...as })
      expect(await outcome(read), `read by ${role}`).toBe(expected)
      const create = () =>
        payload.create({
          collection: 'mail-deliveries',
          data: { key: `forged.${role}.test` },
          ...as,
        })
      expect(await outcome(create), `create by ${role}`).toBe('refused')
      const update = () =>
        payload.update({
          collection: 'mail-deliveries',
          id: record.id,
          data: { sentAt: new Date().toISOString() },
          ...as,
        })
      expect(await outcome(update), `update by ${role}`).toBe('refused')
      const remove = () => payload.delete({ collection: 'mail-deliveries', id: record.id, ...as })
      expect(await outcome(remove), `delete by ${role}`).toBe(expected)
    },
  )

  it('should refuse a member listing delivery records through REST and show them to an admin', async () => {
    // A failed sign-in would make the member's 403 a visitor's: each must succeed.
    const login = async (user: User | null) => {
      const signedIn = await http.rest('POST', '/users/login', {
        json: { email: user?.email, password: PASSWORD },
      })
      expect(signedIn.status, user?.email).toBe(200)
      return signedIn.body.token as string
    }
    const asMember = await http.rest('GET', '/mail-deliveries', {
      token: await login(cast.member),
    })
    expect(asMember.status).toBe(403)
    const asAdmin = await http.rest('GET', '/mail-deliveries', { token: await login(cast.admin) })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.totalDocs).toBeGreaterThan(0)
  })
})
