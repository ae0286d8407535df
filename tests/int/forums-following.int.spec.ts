import { simpleParser, type ParsedMail } from 'mailparser'
import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { MAIL_QUEUE } from '@/email/queue'
import { startMailSink, type MailSink } from '@/email/sink'
import { sendDigests } from '@/following/digest'
import { saveFollowingSettings } from '@/following/settingsForm'
import { FORUM_NOTICES_QUEUE, FORUM_NOTICES_TASK } from '@/forums/notices/tasks'
import { effectiveLevel, setWatchLevel } from '@/forums/watching'
import type { Discussion, Post, Theme, User } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/lexical'

import { httpClient } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, tokenFor, type Cast } from '../helpers/people'
import { createSample } from '../helpers/samples'

/**
 * Following discussions (issue 12, item 5): watch levels, and the mail a post sends through the
 * jobs queue: to watchers and mentioned members, never the author, never someone who read it,
 * at most one immediate mail per thread per 10 minutes, digests merged with the content digest,
 * one-click unsubscribe, retries. Real mail through the SMTP sink; the queues are run by hand.
 */
const SERVER_URL = 'https://cop.example.org'
const TEN_MINUTES = 10 * 60 * 1000
let sink: MailSink
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let themes: { moderated: Theme; other: Theme }
let clockOffset = 0
const tokens = new Map<number, string>()
const context = { disableRevalidate: true }

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  process.env.SERVER_URL = SERVER_URL
  portal = await bootPortal('forums-following')
  payload = portal.payload
  http = httpClient(portal.config)
  themes = await createThemes(payload)
  cast = await createCast(payload, themes.moderated)
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

type Mail = ParsedMail & { recipient: string; raw: string }

/** Runs the forum notices queue (the post's job), then the mail queue, and reads what arrived. */
async function deliver(): Promise<Mail[]> {
  await payload.jobs.run({ queue: FORUM_NOTICES_QUEUE, limit: 100, silent: true })
  await payload.jobs.run({ queue: MAIL_QUEUE, limit: 500, silent: true })
  const mails = await Promise.all(
    sink.messages.map(async (mail) => ({
      ...(await simpleParser(mail.raw)),
      recipient: mail.to[0],
      raw: mail.raw.replace(/\r?\n[ \t]+/g, ' '),
    })),
  )
  sink.messages.splice(0)
  return mails
}
const to = (mails: Mail[], person: User) => mails.filter((mail) => mail.recipient === person.email)

/**
 * A post's notice jobs still queued: none once its job ran to the end (completed jobs are deleted,
 * `deleteJobOnComplete`), one waiting for a retry if it failed (the runs here are silent).
 */
const noticeJobsOf = async (post: Post) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: FORUM_NOTICES_TASK } },
      pagination: false,
      overrideAccess: true,
    })
  ).docs.filter((job) => (job.input as { post?: string }).post === String(post.id))

/** Moves the jobs' clock forward (backoffs, waitUntil), as if the time had passed. */
function skipAhead(ms: number) {
  clockOffset += ms
  _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + clockOffset)
}

let people = 0
async function member(data: Partial<User> = {}): Promise<User> {
  people += 1
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `reader${people}@example.org`,
      password: PASSWORD,
      name: `Reader ${people}`,
      membershipStatus: 'approved',
      approvedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
      notifications: 'none',
      _verified: true,
      ...data,
    } as User,
    overrideAccess: true,
    context,
  })
  tokens.set(user.id, (await tokenFor(payload, user))!)
  return user
}

const words = (text: string) => paragraphsToRichText([text])

async function startDiscussion(author: User, title: string, theme = themes.moderated) {
  const answer = await http.rest('POST', '/discussions', {
    token: tokens.get(author.id),
    json: { title, themes: [theme.id], body: words(`${title}: what do you all know about it?`) },
  })
  expect(answer.status, answer.text).toBe(201)
  return answer.body.doc as Discussion
}

async function reply(author: User, discussion: Discussion, text: string) {
  const answer = await http.rest('POST', '/posts', {
    token: tokens.get(author.id),
    json: { discussion: discussion.id, body: words(text) },
  })
  expect(answer.status, answer.text).toBe(201)
  return answer.body.doc as Post
}

const watch = (
  user: User,
  scope: Parameters<typeof setWatchLevel>[0]['scope'],
  level = 'watching',
) => setWatchLevel({ payload, user, scope, level: level as 'watching' })

const oneClick = (mail: Mail) =>
  mail.raw.match(/^List-Unsubscribe: <(https:\/\/\S+\/api\/unsubscribe\/(\S+))>/m)

describe('watch levels', () => {
  it('should watch a thread one starts or replies to, unless one set a level for it before', async () => {
    const [starter, replier, quiet] = [await member(), await member(), await member()]
    const discussion = await startDiscussion(starter, 'Watch levels of the writers')
    await watch(quiet, { discussion: discussion.id }, 'muted')
    await reply(replier, discussion, 'A reply that makes its writer watch the thread.')
    await reply(quiet, discussion, 'A reply by someone who had muted the thread before.')
    const level = (user: User) => effectiveLevel({ payload, memberId: user.id, discussion })
    expect(await level(starter)).toBe('watching')
    expect(await level(replier)).toBe('watching')
    expect(await level(quiet)).toBe('muted')
    await deliver()
  })

  it('should take the thread’s own level first, else the highest of its themes, else normal', async () => {
    const reader = await member()
    const discussion = await payload.create({
      collection: 'discussions',
      data: {
        title: 'A discussion in two themes',
        themes: [themes.moderated.id, themes.other.id],
        body: words('Two themes, and a reader who set levels for both of them.'),
      } as never,
      user: cast.member,
      overrideAccess: false,
    })
    const level = () => effectiveLevel({ payload, memberId: reader.id, discussion })
    expect(await level()).toBe('normal')
    await watch(reader, { theme: themes.moderated.id }, 'muted')
    await watch(reader, { theme: themes.other.id }, 'tracking')
    expect(await level()).toBe('tracking')
    await watch(reader, { discussion: discussion.id }, 'muted')
    expect(await level()).toBe('muted')
    // Setting it again updates the one row (member + scope is unique).
    await watch(reader, { discussion: discussion.id }, 'watching')
    const rows = await payload.find({
      collection: 'forum-subscriptions',
      where: { member: { equals: reader.id } },
      user: reader,
      overrideAccess: false,
    })
    expect(rows.totalDocs).toBe(3)
    expect(await level()).toBe('watching')
    await deliver()
  })

  it('should let members read and change only their own levels through REST and GraphQL, and refuse pending applicants', async () => {
    const [owner, other] = [await member(), await member()]
    await watch(owner, { theme: themes.other.id }, 'watching')
    const mine = await http.rest('GET', '/forum-subscriptions', { token: tokens.get(owner.id) })
    expect(mine.status).toBe(200)
    expect(mine.body.totalDocs).toBe(1)
    const theirs = await http.rest('GET', '/forum-subscriptions', { token: tokens.get(other.id) })
    expect(theirs.body.totalDocs).toBe(0)
    const changed = await http.rest('PATCH', `/forum-subscriptions/${mine.body.docs[0].id}`, {
      token: tokens.get(other.id),
      json: { level: 'muted' },
    })
    expect(changed.status).toBe(403)
    const query = '{ ForumSubscriptions { totalDocs docs { level } } }'
    const asOwner = await http.graphql(query, { token: tokens.get(owner.id) })
    expect(asOwner.body.data.ForumSubscriptions).toEqual({
      totalDocs: 1,
      docs: [{ level: 'watching' }],
    })
    const asOther = await http.graphql(query, { token: tokens.get(other.id) })
    expect(asOther.body.data.ForumSubscriptions.totalDocs).toBe(0)
    const asVisitor = await http.graphql(query)
    expect(asVisitor.body.errors[0].message).toBe('You are not allowed to perform this action.')
    await expect(
      setWatchLevel({
        payload,
        user: cast.pending!,
        scope: { theme: themes.other.id },
        level: 'watching',
      }),
    ).rejects.toMatchObject({ status: 403 })
    const pending = await tokenFor(payload, cast.pending)
    const refused = await http.rest('POST', '/forum-subscriptions', {
      token: pending,
      json: { scope: `theme:${themes.other.id}`, theme: themes.other.id, level: 'watching' },
    })
    expect(refused.status).toBe(403)
  })
})

describe('the watch-level form', () => {
  it('should show a member the level that counts for a thread in their language, and nothing to a pending applicant', async () => {
    const { WatchLevel } = await import('@/components/forums/WatchLevel')
    const reader = await member()
    const discussion = await startDiscussion(reader, 'A thread whose form shows its level')
    const html = renderToStaticMarkup(
      (await WatchLevel({ scope: { discussion }, viewer: reader, locale: 'th' }))!,
    )
    expect(html).toContain(`name="scope" value="discussion:${discussion.id}"`)
    expect(html).toContain(`name="back" value="/th/forums/${discussion.slug}"`)
    expect(html).toContain('<option value="watching" selected="">ติดตาม: ทุกโพสต์ใหม่</option>')
    expect(html).toContain('<button type="submit">บันทึก</button>')
    expect(
      await WatchLevel({ scope: { discussion }, viewer: cast.pending!, locale: 'en' }),
    ).toBeNull()
    await deliver()
  })
})

describe('mail about a new post', () => {
  it('should mail each watcher exactly once and the author never, with the post’s link, excerpt and one-click unsubscribe, in the reader’s language', async () => {
    const starter = await member()
    const writer = await member()
    const thai = await member({
      preferredLanguage: 'th',
      forumMail: { participating: 'immediate', mentions: 'immediate', watching: 'immediate' },
    })
    const discussion = await startDiscussion(starter, 'Recruitment fees in the corridor')
    expect(await deliver()).toHaveLength(0)
    await watch(thai, { discussion: discussion.id })
    const post = await reply(writer, discussion, 'The 2023 survey of workers has a table on fees.')
    // Nothing is sent inside the request: one job is queued, in the post's transaction.
    expect(sink.messages).toHaveLength(0)
    const queued = await payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: FORUM_NOTICES_QUEUE } },
      overrideAccess: true,
    })
    expect(queued.docs.map((job) => job.input)).toEqual([{ post: String(post.id) }])
    const mails = await deliver()
    expect(to(mails, writer)).toHaveLength(0)
    expect(to(mails, starter)).toHaveLength(1)
    expect(to(mails, thai)).toHaveLength(1)
    expect(mails).toHaveLength(2)

    const [mail] = to(mails, starter)
    expect(mail.subject).toBe(`${writer.name} in “Recruitment fees in the corridor”`)
    const link = `${SERVER_URL}/en/forums/${discussion.slug}?post=${post.id}#post-${post.id}`
    expect(mail.text).toContain(link)
    expect(mail.text).toContain('The 2023 survey of workers has a table on fees.')
    expect(mail.text).toContain('please reply on the site')
    expect(mail.html).toContain(link.replace('&', '&amp;'))
    expect(oneClick(mail)?.[2]).toMatch(new RegExp(`^${starter.id}\\.thread-${discussion.id}\\.`))
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)

    const [inThai] = to(mails, thai)
    expect(inThai.subject).toBe(`${writer.name} ใน “Recruitment fees in the corridor”`)
    expect(inThai.text).toContain(`${SERVER_URL}/th/forums/${discussion.slug}?post=${post.id}`)
    expect(inThai.text).toContain('โปรดตอบกลับบนเว็บไซต์')

    // The job again (a retry): nobody hears twice.
    await payload.jobs.queue({
      task: 'sendForumNotices',
      input: { post: String(post.id) },
      queue: FORUM_NOTICES_QUEUE,
    })
    expect(await deliver()).toHaveLength(0)
    // It ran to the end and found everyone told: a crash would also have sent nothing.
    expect(await noticeJobsOf(post)).toEqual([])
  })

  it('should not mail a watcher who already read the post on the site', async () => {
    const [starter, writer, reader] = [await member(), await member(), await member()]
    const discussion = await startDiscussion(starter, 'A thread read before its mail')
    await payload.update({
      collection: 'users',
      id: reader.id,
      data: { forumMail: { watching: 'immediate' } },
      overrideAccess: true,
      context,
    })
    await watch(reader, { discussion: discussion.id })
    const post = await reply(writer, discussion, 'A reply the reader opens at once on the site.')
    await payload.create({
      collection: 'read-states',
      data: {
        discussion: discussion.id,
        lastReadAt: post.createdAt,
        lastReadPost: post.id,
      } as never,
      user: reader,
      overrideAccess: false,
    })
    const mails = await deliver()
    expect(to(mails, reader)).toHaveLength(0)
    expect(to(mails, starter)).toHaveLength(1)
  })

  it('should mail a mentioned member once, also when they watch the thread, and not when they muted it', async () => {
    const [starter, writer, named, muter] = [
      await member(),
      await member(),
      await member(),
      await member(),
    ]
    const discussion = await startDiscussion(starter, 'A thread where members are mentioned')
    await watch(muter, { discussion: discussion.id }, 'muted')
    const post = await reply(writer, discussion, 'Asking the people who know about this one.')
    // What the writing helper's preparePost fills in from @handles.
    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { mentions: [named.id, starter.id, muter.id] },
      overrideAccess: true,
      context,
    })
    const mails = await deliver()
    expect(to(mails, named)).toHaveLength(1)
    expect(to(mails, starter)).toHaveLength(1)
    expect(to(mails, muter)).toHaveLength(0)
    expect(to(mails, writer)).toHaveLength(0)
    expect(to(mails, named)[0].subject).toBe(
      `${writer.name} mentioned you in “A thread where members are mentioned”`,
    )
    expect(to(mails, starter)[0].subject).toContain('mentioned you')
  })

  it('should send one immediate mail for replies within 10 minutes, and the held-back replies in one mail when the window ends', async () => {
    const [starter, first, second] = [await member(), await member(), await member()]
    const discussion = await startDiscussion(starter, 'A busy thread within ten minutes')
    await reply(first, discussion, 'The first reply, which is mailed at once.')
    expect(to(await deliver(), starter)).toHaveLength(1)
    const held = await reply(second, discussion, 'The second reply, held for the next mail.')
    expect(to(await deliver(), starter)).toHaveLength(0)
    await reply(first, discussion, 'A third reply inside the same window, held as well.')
    expect(to(await deliver(), starter)).toHaveLength(0)

    const waiting = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendForumCatchUp' } },
      overrideAccess: true,
    })
    expect(
      waiting.docs.filter(
        (job) => (job.input as { member?: string }).member === String(starter.id),
      ),
    ).toHaveLength(1)

    // Ten minutes later: the window has ended (its mail's record is older), and the job is due.
    await payload.db.updateMany({
      collection: 'notices-sent',
      where: { member: { equals: starter.id } },
      data: { createdAt: new Date(Date.now() - TEN_MINUTES - 1000).toISOString() },
    })
    skipAhead(TEN_MINUTES + 1000)
    const later = to(await deliver(), starter)
    expect(later).toHaveLength(1)
    expect(later[0].text).toContain(
      `${SERVER_URL}/en/forums/${discussion.slug}?post=${held.id}#post-${held.id}`,
    )
    expect(later[0].text).toContain('The second reply, held for the next mail.')
    expect(later[0].text).toContain('A third reply inside the same window, held as well.')
    expect(later[0].text).not.toContain('The first reply')
  })

  it('should give a pending or suspended member who watches nothing, even when mentioned', async () => {
    const [starter, writer] = [await member(), await member()]
    const discussion = await startDiscussion(starter, 'A thread a pending applicant watches')
    await payload.create({
      collection: 'forum-subscriptions',
      data: {
        member: cast.pending.id,
        scope: `discussion:${discussion.id}`,
        discussion: discussion.id,
        level: 'watching',
      },
      overrideAccess: true,
    })
    const suspended = await member()
    await watch(suspended, { discussion: discussion.id })
    await payload.update({
      collection: 'users',
      id: suspended.id,
      data: { membershipStatus: 'suspended' },
      overrideAccess: true,
      context,
    })
    const post = await reply(writer, discussion, 'A reply the applicant must not read by mail.')
    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { mentions: [cast.pending.id, suspended.id] },
      overrideAccess: true,
      context,
    })
    const mails = await deliver()
    expect(to(mails, cast.pending as User)).toHaveLength(0)
    expect(to(mails, suspended)).toHaveLength(0)
    expect(to(mails, starter)).toHaveLength(1)
  })

  it('should tell nobody of a post a moderator hid before its job ran', async () => {
    const [starter, writer] = [await member(), await member()]
    const discussion = await startDiscussion(starter, 'A thread with a post hidden at once')
    await deliver()
    const post = await reply(writer, discussion, 'A reply that breaks the rules of the forum.')
    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { state: 'hidden' },
      overrideAccess: true,
      context,
    })
    expect(await noticeJobsOf(post)).toHaveLength(1)
    expect(await deliver()).toHaveLength(0)
    // The job ran and chose to tell nobody: a crash would also have sent nothing.
    expect(await noticeJobsOf(post)).toEqual([])
  })

  it('should stop the next mail after the one-click unsubscribe POST of a thread mail', async () => {
    const [starter, writer, another] = [await member(), await member(), await member()]
    const discussion = await startDiscussion(starter, 'A thread someone stops hearing about')
    await reply(writer, discussion, 'A reply whose mail carries the one-click address.')
    const [mail] = to(await deliver(), starter)
    const token = oneClick(mail)?.[2]
    expect(token).toBeTruthy()
    expect((await http.rest('GET', `/unsubscribe/${token}`)).status).toBe(404)
    const answer = await http.raw('POST', `/unsubscribe/${token}`, {
      contentType: 'application/x-www-form-urlencoded',
      body: 'List-Unsubscribe=One-Click',
    })
    expect(answer.status, answer.text).toBe(200)
    expect(answer.body.message).toBe(
      'Unsubscribed: you will receive no more mail about this discussion.',
    )
    expect(await effectiveLevel({ payload, memberId: starter.id, discussion })).toBe('muted')
    // Another thread's link cannot be made from this one: its signature covers the discussion.
    const forged = token!.replace(`thread-${discussion.id}.`, `thread-${discussion.id + 1}.`)
    expect((await http.rest('POST', `/unsubscribe/${forged}`)).status).toBe(400)

    await reply(another, discussion, 'A later reply the starter no longer hears about.')
    skipAhead(TEN_MINUTES + 1000)
    const after = await deliver()
    expect(to(after, starter)).toHaveLength(0)
    expect(to(after, writer)).toHaveLength(1)

    // The "all forum mail" link turns off the three forum settings, nothing else.
    const all = mail.text?.match(/\/en\/account\/unsubscribe\/(\d+\.forum\.\S+)/)?.[1]
    expect((await http.rest('POST', `/unsubscribe/${all}`)).status).toBe(200)
    const stored = await payload.findByID({
      collection: 'users',
      id: starter.id,
      overrideAccess: true,
    })
    expect(stored.forumMail).toMatchObject({
      participating: 'none',
      mentions: 'none',
      watching: 'none',
    })
  })

  it('should retry a mail whose SMTP send failed, and deliver it once', async () => {
    const [starter, writer] = [await member(), await member()]
    const discussion = await startDiscussion(starter, 'A thread mailed during an outage')
    await sink.stop()
    await reply(writer, discussion, 'A reply written while the mail server is down.')
    expect(await deliver()).toHaveLength(0)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendMail' } },
      overrideAccess: true,
    })
    expect(jobs.docs).toHaveLength(1)
    expect(jobs.docs[0].totalTried).toBe(1)
    await sink.restart()
    skipAhead(60_000)
    const mails = await deliver()
    expect(to(mails, starter)).toHaveLength(1)
    expect(mails).toHaveLength(1)
  })
})

describe('forum posts in the digests', () => {
  it('should mail a weekly-digest member one grouped mail with both posts and a followed theme’s new resource', async () => {
    const digestReader = await member({
      notifications: 'weekly',
      follows: { themes: [themes.other.id], countries: [] },
    })
    await watch(digestReader, { theme: themes.other.id })
    const [starter, writer] = [await member(), await member()]
    await createSample(payload, 'resources', { theme: themes.other } as never, {
      title: 'Guide to fair recruitment',
      themes: [themes.other.id],
    })
    const discussion = await startDiscussion(starter, 'Fair recruitment in practice', themes.other)
    await reply(writer, discussion, 'Our agency stopped charging fees to workers last year.')
    // Their setting for watched forums is the weekly digest: no immediate mail.
    expect(to(await deliver(), digestReader)).toHaveLength(0)

    await new Promise((resolve) => setTimeout(resolve, 5))
    await sendDigests({ payload, cadence: 'weekly', now: new Date() })
    const mails = to(await deliver(), digestReader)
    expect(mails).toHaveLength(1)
    const [digest] = mails
    expect(digest.subject).toMatch(/weekly/i)
    expect(digest.text).toContain('Guide to fair recruitment')
    expect(digest.text).toContain('Forums')
    expect(digest.text).toContain('## Fair recruitment in practice')
    expect(digest.text).toContain('Fair recruitment in practice: what do you all know about it?')
    expect(digest.text).toContain('Our agency stopped charging fees to workers last year.')
    expect(digest.text).toContain(`${SERVER_URL}/en/forums/${discussion.slug}?post=`)
    expect(oneClick(digest)?.[2]).toMatch(new RegExp(`^${digestReader.id}\\.digest\\.`))

    // A second run tells nothing again.
    await sendDigests({ payload, cadence: 'weekly', now: new Date() })
    expect(to(await deliver(), digestReader)).toHaveLength(0)
  })
})

describe('a forum-only digest', () => {
  it('should mail a daily-digest member who follows no content the forum section alone, and stop with its one-click address', async () => {
    const forumOnly = await member({
      forumMail: { participating: 'immediate', mentions: 'immediate', watching: 'daily' },
    })
    await watch(forumOnly, { theme: themes.other.id })
    const [starter, writer] = [await member(), await member()]
    const discussion = await startDiscussion(starter, 'Reintegration after return', themes.other)
    await reply(writer, discussion, 'Returnees in our province found work through the centre.')
    expect(to(await deliver(), forumOnly)).toHaveLength(0)

    await new Promise((resolve) => setTimeout(resolve, 5))
    // Not the weekly digest: their setting for watched forums is daily.
    await sendDigests({ payload, cadence: 'weekly', now: new Date() })
    expect(to(await deliver(), forumOnly)).toHaveLength(0)
    await sendDigests({ payload, cadence: 'daily', now: new Date() })
    const [digest, ...more] = to(await deliver(), forumOnly)
    expect(more).toHaveLength(0)
    expect(digest.subject).toMatch(/daily/i)
    expect(digest.text).toContain('## Reintegration after return')
    expect(digest.text).toContain('Returnees in our province found work through the centre.')
    const token = oneClick(digest)?.[2]
    expect(token).toMatch(new RegExp(`^${forumOnly.id}\\.digest\\.`))
    expect((await http.rest('POST', `/unsubscribe/${token}`)).status).toBe(200)
    const stored = await payload.findByID({
      collection: 'users',
      id: forumOnly.id,
      overrideAccess: true,
    })
    expect(stored.forumMail).toMatchObject({ mentions: 'immediate', watching: 'none' })

    await reply(starter, discussion, 'A later reply that no digest of theirs carries any more.')
    await deliver()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await sendDigests({ payload, cadence: 'daily', now: new Date() })
    expect(to(await deliver(), forumOnly)).toHaveLength(0)
  })
})

describe('forum mail settings', () => {
  it('should start a new member with immediate, immediate and weekly, and save their own choices', async () => {
    const newcomer = await member()
    const stored = await payload.findByID({
      collection: 'users',
      id: newcomer.id,
      overrideAccess: true,
    })
    expect(stored.forumMail).toEqual({
      participating: 'immediate',
      mentions: 'immediate',
      watching: 'weekly',
    })
    const form = new FormData()
    form.set('notifications', 'weekly')
    form.set('forumMail.participating', 'daily')
    form.set('forumMail.mentions', 'immediate')
    form.set('forumMail.watching', 'none')
    expect(await saveFollowingSettings({ payload, user: stored, form })).toBe(true)
    const saved = await payload.findByID({
      collection: 'users',
      id: newcomer.id,
      overrideAccess: true,
    })
    expect(saved.forumMail).toEqual({
      participating: 'daily',
      mentions: 'immediate',
      watching: 'none',
    })
    form.set('forumMail.watching', 'hourly')
    expect(await saveFollowingSettings({ payload, user: saved, form })).toBe(false)
  })
})
