import { simpleParser, type ParsedMail } from 'mailparser'
import { _internal_resetJobSystemGlobals, createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { MAIL_QUEUE } from '@/email/queue'
import { startMailSink, type MailSink } from '@/email/sink'
import { sendDigests } from '@/following/digest'
import { FOLLOWING_QUEUE } from '@/following/queue'
import { saveFollowingSettings } from '@/following/settingsForm'
import { approveMembership } from '@/membership/decisions'
import { approveSubmission } from '@/submissions/decisions'
import type { Country, Theme, User } from '@/payload-types'

import { httpClient } from '../helpers/http'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, tokenFor, type Cast } from '../helpers/people'
import { createSample } from '../helpers/samples'

/**
 * Following themes and countries: what a member is told about (immediately or in a digest),
 * in their language, once per item, only while approved, never about a draft; and the one-click
 * unsubscribe. Real mail through the SMTP sink; the queues are run by hand.
 */
const SERVER_URL = 'https://cop.example.org'
let sink: MailSink
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let themes: { labour: Theme; skills: Theme; other: Theme }
let laos: Country
let elsewhere: Country

const context = { disableRevalidate: true }

beforeAll(async () => {
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  process.env.SERVER_URL = SERVER_URL
  portal = await bootPortal('following')
  payload = portal.payload
  http = httpClient(portal.config)
  const made = await createThemes(payload)
  const other = (await createSample(payload, 'themes', {
    theme: made.moderated,
  } as never)) as Theme
  themes = { labour: made.moderated, skills: made.other, other }
  await payload.update({
    collection: 'themes',
    id: themes.labour.id,
    locale: 'th',
    data: { title: 'แรงงานทำงานบ้าน' },
    overrideAccess: true,
    context,
  })
  const sample = { theme: themes.labour } as never
  laos = (await createSample(payload, 'countries', sample, { name: 'Lao PDR' })) as Country
  elsewhere = (await createSample(payload, 'countries', sample)) as Country
  cast = await createCast(payload, themes.labour)
})
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await portal?.close()
  await sink?.close()
  delete process.env.SMTP_URL
  delete process.env.SERVER_URL
})
beforeEach(() => {
  sink.messages.splice(0)
})

type Mail = ParsedMail & { recipient: string; raw: string }

/** Runs the mail queue and reads what arrived, each with its recipient and raw source. */
async function deliver(): Promise<Mail[]> {
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

/**
 * The fan-out jobs waiting on the following queue. Only `notifyFollowers`: the digests'
 * scheduled jobs share the queue, and Payload's scheduler may queue one whenever a run of the
 * queue happens to cross its time, which made counts of the whole queue flaky.
 */
const followingJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        queue: { equals: FOLLOWING_QUEUE },
        taskSlug: { equals: 'notifyFollowers' },
      },
      pagination: false,
      overrideAccess: true,
    })
  ).docs

let people = 0
async function person(data: Partial<User>): Promise<User> {
  people += 1
  return payload.create({
    collection: 'users',
    data: {
      email: `follower${people}@example.org`,
      password: PASSWORD,
      name: `Follower ${people}`,
      membershipStatus: 'approved',
      _verified: true,
      ...data,
    } as User,
    overrideAccess: true,
    context,
  })
}

async function publish(
  collection: 'resources' | 'news' | 'events',
  data: Record<string, unknown>,
  thaiTitle?: string,
) {
  const doc = await createSample(payload, collection, { theme: themes.labour } as never, data)
  if (thaiTitle) {
    await payload.update({
      collection,
      id: doc.id,
      locale: 'th',
      data: { title: thaiTitle },
      overrideAccess: true,
      context,
    })
  }
  return doc as { id: number }
}

/** The time of a run just after the writes before it (timestamps are in milliseconds). */
const justNow = async () => {
  await new Promise((resolve) => setTimeout(resolve, 5))
  return new Date()
}
const oneClickLink = (mail: Mail) =>
  mail.raw.match(/^List-Unsubscribe: <(https:\/\/\S+\/api\/unsubscribe\/(\S+))>/m)

describe('following on approval', () => {
  it('should start an approved member following their themes of interest and country, and keep follows they chose', async () => {
    const applicant = await person({
      membershipStatus: 'pending',
      themesOfInterest: [themes.labour.id, themes.skills.id],
      country: laos.id,
    })
    const chooser = await person({
      membershipStatus: 'pending',
      themesOfInterest: [themes.labour.id],
      follows: { themes: [themes.other.id] },
    })
    const req = await createLocalReq({ user: cast.manager }, payload)
    await approveMembership({ req, id: applicant.id })
    await approveMembership({ req, id: chooser.id })

    const read = (id: number) =>
      payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
    const approved = await read(applicant.id)
    expect(approved.follows?.themes).toEqual([themes.labour.id, themes.skills.id])
    expect(approved.follows?.countries).toEqual([laos.id])
    expect(approved.notifications).toBe('weekly')
    expect((await read(chooser.id)).follows?.themes).toEqual([themes.other.id])
    // Out of the way of the digests below.
    for (const { id } of [applicant, chooser]) {
      await payload.update({
        collection: 'users',
        id,
        data: { notifications: 'none' },
        overrideAccess: true,
      })
    }
    await deliver()
  })
})

describe('digests', () => {
  it('should mail a member following two themes and a country one digest grouping the new items in their language, and skip what was sent before', async () => {
    const reader = await person({
      preferredLanguage: 'th',
      notifications: 'weekly',
      follows: { themes: [themes.labour.id, themes.skills.id], countries: [laos.id] },
    })
    await publish(
      'resources',
      { title: 'Recruitment fees guide', themes: [themes.labour.id] },
      'คู่มือค่าธรรมเนียมการจัดหางาน',
    )
    await publish('news', { title: 'Skills pact signed', themes: [themes.skills.id] })
    await publish('resources', {
      title: 'Members-only toolkit',
      themes: [themes.skills.id],
      visibility: 'members',
    })
    await publish('events', {
      title: 'Vientiane dialogue',
      themes: [themes.other.id],
      country: laos.id,
    })
    await publish('resources', { title: 'Unfollowed study', themes: [themes.other.id] })
    await publish('resources', {
      title: 'Draft in progress',
      themes: [themes.labour.id],
      _status: 'draft',
    })

    const first = await sendDigests({ payload, cadence: 'weekly', now: await justNow() })
    expect(first.mailed).toBe(1)
    const [mail, ...others] = await deliver()
    expect(others).toHaveLength(0)
    expect(mail.recipient).toBe(reader.email)
    expect(mail.subject).toBe('สรุปประจำสัปดาห์ของคุณจากชุมชนนักปฏิบัติด้านการย้ายถิ่นเพื่อการทำงาน')
    const text = mail.text ?? ''
    // Grouped under each followed theme, then the country, by name in the reader's language
    // (collated in Thai: Thai before Latin), each item once.
    const sections = ['แรงงานทำงานบ้าน', 'Skilled migration', 'Lao PDR'].map((name) =>
      text.indexOf(`\n${name}\n`),
    )
    expect(
      sections.every((at) => at >= 0),
      text,
    ).toBe(true)
    expect([...sections].sort((a, b) => a - b)).toEqual(sections)
    const sectionOf = (title: string) => {
      const at = text.indexOf(title)
      expect(at, title).toBeGreaterThan(0)
      return sections.filter((start) => start < at).length - 1
    }
    expect(sectionOf('คู่มือค่าธรรมเนียมการจัดหางาน')).toBe(0)
    expect(sectionOf('Skills pact signed')).toBe(1)
    expect(sectionOf('Members-only toolkit')).toBe(1)
    expect(sectionOf('Vientiane dialogue')).toBe(2)
    expect(text).toContain('Skills pact signed (ภาษาอังกฤษ)')
    expect(text).not.toContain('คู่มือค่าธรรมเนียมการจัดหางาน (ภาษาอังกฤษ)')
    expect(text).toContain(`${SERVER_URL}/th/library/`)
    expect(text).not.toContain('Unfollowed study')
    expect(text).not.toContain('Draft in progress')
    expect(mail.html).toContain('lang="th"')
    expect(mail.html).toContain('<h2>Lao PDR</h2>')
    expect(mail.html).not.toContain('Draft in progress')
    expect(oneClickLink(mail)?.[1]).toMatch(`${SERVER_URL}/api/unsubscribe/${reader.id}.`)
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m)
    expect(text).toContain(`${SERVER_URL}/th/account/unsubscribe/${reader.id}.notifications.`)
    expect(text).toContain(`${SERVER_URL}/th/account/notifications`)

    // Again: nothing new, so nothing at all, even for a concurrent second run.
    const [again, concurrent] = await Promise.all([
      sendDigests({ payload, cadence: 'weekly', now: await justNow() }),
      sendDigests({ payload, cadence: 'weekly', now: await justNow() }),
    ])
    expect(again.mailed + concurrent.mailed).toBe(0)
    expect(await deliver()).toHaveLength(0)

    // One new item: the next digest lists it alone.
    await publish('news', { title: 'Fresh fees news', themes: [themes.labour.id] })
    expect((await sendDigests({ payload, cadence: 'weekly', now: await justNow() })).mailed).toBe(1)
    const [next] = await deliver()
    expect(next.text).toContain('Fresh fees news')
    expect(next.text).not.toContain('Skills pact signed')
    expect(next.text).not.toContain('คู่มือค่าธรรมเนียมการจัดหางาน')
  })

  it('should mail only approved members with that cadence, and never pending, rejected or suspended ones', async () => {
    const follows = { themes: [themes.other.id], countries: [] }
    const approved = await person({ notifications: 'daily', follows })
    for (const membershipStatus of ['pending', 'rejected', 'suspended'] as const) {
      await person({
        notifications: 'daily',
        follows,
        membershipStatus,
        rejectionReason: membershipStatus === 'rejected' ? 'Not eligible.' : undefined,
      })
    }
    await person({ notifications: 'weekly', follows })
    await person({ notifications: 'none', follows })
    await publish('resources', { title: 'Daily reading', themes: [themes.other.id] })

    const run = await sendDigests({ payload, cadence: 'daily', now: await justNow() })
    expect(run.mailed).toBe(1)
    const mails = await deliver()
    expect(mails.map((mail) => mail.recipient)).toEqual([approved.email])
    expect(mails[0].subject).toBe(
      'Your daily digest from the Labour Migration Community of Practice',
    )
    expect(mails[0].text).toContain('Daily reading')
  })
})

describe('a long digest', () => {
  it('should list ten items a group, count the rest with a link to the theme, and not offer those again', async () => {
    const busy = (await createSample(payload, 'themes', { theme: themes.labour } as never)) as Theme
    const reader = await person({
      notifications: 'daily',
      follows: { themes: [busy.id], countries: [] },
    })
    for (let n = 1; n <= 12; n += 1) {
      await publish('news', { title: `Busy news ${n}.`, themes: [busy.id] })
    }
    expect((await sendDigests({ payload, cadence: 'daily', now: await justNow() })).mailed).toBe(1)
    const [mail] = (await deliver()).filter((each) => each.recipient === reader.email)
    const listed = mail.text?.match(/Busy news \d+\./g) ?? []
    expect(listed).toHaveLength(10)
    expect(mail.text).toContain(`and 2 more: ${SERVER_URL}/en/themes/${busy.slug}`)

    expect((await sendDigests({ payload, cadence: 'daily', now: await justNow() })).mailed).toBe(0)
    await publish('news', { title: 'Busy news 13.', themes: [busy.id] })
    await sendDigests({ payload, cadence: 'daily', now: await justNow() })
    const [next] = (await deliver()).filter((each) => each.recipient === reader.email)
    expect(next.text?.match(/Busy news \d+\./g)).toEqual(['Busy news 13.'])
  })
})

describe('immediate notifications', () => {
  it('should queue one job when an item is first published (not as a draft, not on later edits) and mail each immediate follower once', async () => {
    const follows = { themes: [], countries: [elsewhere.id] }
    const readers = [
      await person({ notifications: 'immediate', follows }),
      await person({ notifications: 'immediate', follows, preferredLanguage: 'vi' }),
    ]
    await person({ notifications: 'immediate', follows, membershipStatus: 'suspended' })
    await person({ notifications: 'weekly', follows })

    const draft = await publish('resources', {
      title: 'Return and reintegration',
      themes: [themes.labour.id],
      countries: [elsewhere.id],
      _status: 'draft',
    })
    expect(await followingJobs()).toHaveLength(0)
    await payload.update({
      collection: 'resources',
      id: draft.id,
      data: { _status: 'published' },
      overrideAccess: true,
      context,
    })
    await payload.update({
      collection: 'resources',
      id: draft.id,
      data: { summary: 'Edited after publication.' },
      overrideAccess: true,
      context,
    })
    const jobs = await followingJobs()
    expect(jobs).toHaveLength(1)
    expect(jobs[0].taskSlug).toBe('notifyFollowers')

    await payload.jobs.run({ queue: FOLLOWING_QUEUE, limit: 10, silent: true })
    // Completed jobs are deleted (deleteJobOnComplete); one that failed would stay.
    expect(await followingJobs()).toEqual([])
    const mails = await deliver()
    expect(mails.map((mail) => mail.recipient).sort()).toEqual(
      readers.map((reader) => reader.email).sort(),
    )
    const vietnamese = mails.find((mail) => mail.recipient === readers[1].email)!
    expect(vietnamese.subject).toContain('Mới tại')
    expect(vietnamese.text).toContain('Return and reintegration (bằng tiếng Anh)')
    expect(vietnamese.text).toContain(`${SERVER_URL}/vi/library/`)

    // The job run again (a retry): nobody hears twice; nor does a later digest repeat it.
    await payload.jobs.queue({
      task: 'notifyFollowers',
      input: { collection: 'resources', id: String(draft.id) },
      queue: FOLLOWING_QUEUE,
    })
    await payload.jobs.run({ queue: FOLLOWING_QUEUE, limit: 10, silent: true })
    // The retry ran to completion: a crashing one (silent here) would also send nothing.
    expect(await followingJobs()).toEqual([])
    await payload.update({
      collection: 'users',
      id: readers[0].id,
      data: { notifications: 'daily' },
      overrideAccess: true,
    })
    await sendDigests({ payload, cadence: 'daily', now: await justNow() })
    expect(await deliver()).toHaveLength(0)
  })
})

describe('a member’s submission', () => {
  it('should tell immediate followers when a manager approves it, and nobody while it waits', async () => {
    const reader = await person({
      notifications: 'immediate',
      follows: { themes: [], countries: [elsewhere.id] },
    })
    const submitter = await person({ maySubmit: true })
    const proposed = await http.rest('POST', '/news', {
      token: await tokenFor(payload, submitter),
      json: {
        title: 'Union opens a migrant desk',
        slug: 'union-opens-a-migrant-desk',
        date: '2026-11-20',
        kind: 'country-news',
        summary: 'What our union did.',
        themes: [themes.other.id],
        countries: [elsewhere.id],
        _status: 'published',
      },
    })
    expect(proposed.status, proposed.text).toBe(201)
    expect(await followingJobs()).toHaveLength(0)

    const req = await createLocalReq(
      { user: { ...cast.manager, collection: 'users' } as never },
      payload,
    )
    await approveSubmission({ req, collection: 'news', id: proposed.body.doc.id })
    expect(await followingJobs()).toHaveLength(1)
    await payload.jobs.run({ queue: FOLLOWING_QUEUE, limit: 10, silent: true })
    const mails = (await deliver()).filter((mail) => mail.recipient === reader.email)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toContain('Union opens a migrant desk')
  })
})

describe('nothing unpublished', () => {
  it('should tell nobody about an item unpublished before its job runs', async () => {
    const reader = await person({
      notifications: 'immediate',
      follows: { themes: [themes.skills.id], countries: [] },
    })
    const item = await publish('news', { title: 'Withdrawn at once', themes: [themes.skills.id] })
    expect(await followingJobs()).toHaveLength(1)
    await payload.update({
      collection: 'news',
      id: item.id,
      data: { _status: 'draft' },
      overrideAccess: true,
      context,
    })
    await payload.jobs.run({ queue: FOLLOWING_QUEUE, limit: 10, silent: true })
    expect(await followingJobs()).toHaveLength(0)
    await payload.update({
      collection: 'users',
      id: reader.id,
      data: { notifications: 'daily' },
      overrideAccess: true,
    })
    await sendDigests({ payload, cadence: 'daily', now: await justNow() })
    // Their digest has the earlier skills items, never the withdrawn one.
    const mails = (await deliver()).filter((mail) => mail.recipient === reader.email)
    expect(mails).toHaveLength(1)
    expect(mails[0].text).toContain('Skills pact signed')
    expect(mails[0].text).not.toContain('Withdrawn at once')
  })
})

describe('unsubscribing', () => {
  it('should unsubscribe with one POST of the mail’s List-Unsubscribe address, without a session, and not on a GET', async () => {
    const reader = await person({
      notifications: 'weekly',
      follows: { themes: [themes.skills.id], countries: [] },
    })
    await publish('news', { title: 'Skills news', themes: [themes.skills.id] })
    await sendDigests({ payload, cadence: 'weekly', now: await justNow() })
    const mail = (await deliver()).find((each) => each.recipient === reader.email)!
    const token = oneClickLink(mail)?.[2]
    expect(token).toBeTruthy()

    const looked = await http.rest('GET', `/unsubscribe/${token}`)
    expect(looked.status).toBe(404)
    const stored = () =>
      payload.findByID({ collection: 'users', id: reader.id, depth: 0, overrideAccess: true })
    expect((await stored()).notifications).toBe('weekly')

    const answer = await http.raw('POST', `/unsubscribe/${token}`, {
      contentType: 'application/x-www-form-urlencoded',
      body: 'List-Unsubscribe=One-Click',
    })
    expect(answer.status, answer.text).toBe(200)
    expect((await stored()).notifications).toBe('none')
    // Again (a second click): still fine.
    expect((await http.rest('POST', `/unsubscribe/${token}`)).status).toBe(200)
  })

  it('should refuse a forged or damaged token with a readable 400 and change nothing', async () => {
    const reader = await person({ notifications: 'immediate' })
    const forged = `${reader.id}.notifications.${'A'.repeat(32)}`
    for (const token of [forged, 'nonsense', `${reader.id}.everything.${'A'.repeat(32)}`]) {
      const answer = await http.rest('POST', `/unsubscribe/${token}`)
      expect(answer.status).toBe(400)
      expect(answer.body.errors[0].message).toContain('not valid')
    }
    const stored = await payload.findByID({
      collection: 'users',
      id: reader.id,
      overrideAccess: true,
    })
    expect(stored.notifications).toBe('immediate')
  })
})

describe('the account form', () => {
  const formOf = (entries: [string, string][]) => {
    const form = new FormData()
    for (const [name, value] of entries) form.append(name, value)
    return form
  }
  const stored = (id: number) =>
    payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })

  it('should save a member’s own setting, themes and countries, unchecked ones unfollowed', async () => {
    const reader = await person({
      notifications: 'weekly',
      follows: { themes: [themes.labour.id], countries: [laos.id] },
    })
    const form = formOf([
      ['notifications', 'immediate'],
      ['themes', String(themes.skills.id)],
      ['themes', String(themes.other.id)],
    ])
    expect(await saveFollowingSettings({ payload, user: reader, form })).toBe(true)
    const saved = await stored(reader.id)
    expect(saved.notifications).toBe('immediate')
    expect(saved.follows?.themes).toEqual([themes.skills.id, themes.other.id])
    expect(saved.follows?.countries).toEqual([])
  })

  it('should let a pending applicant choose already, and refuse a setting or id the form cannot send', async () => {
    const applicant = await person({ membershipStatus: 'pending', notifications: 'weekly' })
    const save = (entries: [string, string][]) =>
      saveFollowingSettings({ payload, user: applicant, form: formOf(entries) })
    expect(
      await save([
        ['notifications', 'daily'],
        ['countries', String(laos.id)],
      ]),
    ).toBe(true)
    expect(await save([['notifications', 'hourly']])).toBe(false)
    expect(
      await save([
        ['notifications', 'none'],
        ['themes', '987654'],
      ]),
    ).toBe(false)
    const many = Array.from({ length: 101 }, (): [string, string] => [
      'themes',
      String(themes.labour.id),
    ])
    expect(await save([['notifications', 'none'], ...many])).toBe(false)
    const saved = await stored(applicant.id)
    expect(saved.notifications).toBe('daily')
    expect(saved.follows?.countries).toEqual([laos.id])
  })
})

describe('privacy', () => {
  it('should show what a member follows to themselves and managers only', async () => {
    const reader = await person({
      notifications: 'daily',
      follows: { themes: [themes.skills.id], countries: [laos.id] },
    })
    const other = await tokenFor(payload, cast.member)
    const seenByMember = await http.rest('GET', `/users/${reader.id}?depth=0`, { token: other })
    expect(seenByMember.status).toBe(200)
    expect(seenByMember.body.follows).toBeUndefined()
    expect(seenByMember.body.notifications).toBeUndefined()
    const own = await http.rest('GET', `/users/${reader.id}?depth=0`, {
      token: await tokenFor(payload, reader),
    })
    expect(own.body.notifications).toBe('daily')
    expect(own.body.follows.countries).toEqual([laos.id])
    const manager = await http.rest('GET', `/users/${reader.id}?depth=0`, {
      token: await tokenFor(payload, cast.manager),
    })
    expect(manager.body.follows.themes).toEqual([themes.skills.id])
  })

  it('should refuse members the notices-sent records and show them to an admin', async () => {
    const asMember = await http.rest('GET', '/notices-sent', {
      token: await tokenFor(payload, cast.member),
    })
    expect(asMember.status).toBe(403)
    const asAdmin = await http.rest('GET', '/notices-sent', {
      token: await tokenFor(payload, cast.admin),
    })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body.totalDocs).toBeGreaterThan(0)
  })
})
