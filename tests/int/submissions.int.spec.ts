import { simpleParser, type ParsedMail } from 'mailparser'
import { _internal_resetJobSystemGlobals, createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { MAIL_QUEUE } from '@/email/queue'
import { startMailSink, type MailSink } from '@/email/sink'
import { mailStrings } from '@/i18n/strings/mail'
import type { Country, Event, News, Theme, User } from '@/payload-types'
import { parseSearchParams } from '@/search/params'
import { searchContent } from '@/search/query'
import { approveSubmission } from '@/submissions/decisions'
import { decideFromForm, proposeFromForm } from '@/submissions/site'

import { httpClient } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { removeMeiliData, startTestMeilisearch, type TestMeili } from '../helpers/meili'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, tokenFor, type Cast } from '../helpers/people'
import { MINIMAL_PDF } from '../helpers/samples'

/**
 * Members' proposals with prior approval: a member with the right to submit proposes, a manager
 * or a moderator of its themes approves (publishing it) or rejects it with a reason, over REST,
 * GraphQL and the site's functions; nothing waiting leaks to visitors through pages, search,
 * iCalendar or feeds; the submitter and the reviewers are mailed; the audit log keeps each decision.
 */
const SITE = 'https://cop.example.org'
/** The cache tags expired, as the portal's `revalidateTag` would be told them. */
const expired = vi.hoisted(() => [] as string[])
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  revalidateTag: (tag: string) => {
    expired.push(tag)
  },
}))
let sink: MailSink
let meili: TestMeili
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let theme: Theme
let otherTheme: Theme
let country: Country
/** A member with the right to submit, a moderator who may submit too, and a moderator of the other theme. */
let submitter: User
let moderatorSubmitter: User
let otherModerator: User
const tokens: Record<string, string | undefined> = {}
// Modules that read the Payload config are imported once bootPortal has chosen the database.
let events: typeof import('@/data/events')
let calendarFeed: typeof import('@/app/(frontend)/cached/[locale]/events/calendar.ics/route').GET
let eventFile: typeof import('@/app/(frontend)/cached/[locale]/events/[slug]/event.ics/route').GET
let newsRss: typeof import('@/app/(frontend)/cached/[locale]/feeds/news.xml/route').GET
let news: typeof import('@/data/news')
let submissions: typeof import('@/data/submissions')
let sitemapIndex: typeof import('@/app/sitemap.xml/route').GET
let sitemapFile: typeof import('@/app/sitemaps/[file]/route').GET

const YEAR = new Date().getUTCFullYear() + 2

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  process.env.SERVER_URL = SITE
  meili = await startTestMeilisearch()
  portal = await bootPortal('submissions')
  payload = portal.payload
  http = httpClient(portal.config)
  const themes = await createThemes(payload)
  theme = themes.moderated
  otherTheme = themes.other
  cast = await createCast(payload, theme)
  country = await payload.create({
    collection: 'countries',
    data: { name: 'Thailand', iso: 'TH', region: 'south-east-asia', role: 'origin' },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  const person = (key: string, data: Partial<User>) =>
    payload.create({
      collection: 'users',
      data: {
        email: `${key}@example.org`,
        password: PASSWORD,
        name: `${key[0].toUpperCase()}${key.slice(1)} Person`,
        roles: ['member'],
        membershipStatus: 'approved',
        _verified: true,
        ...data,
      } as User,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  submitter = await person('submitter', { maySubmit: true, preferredLanguage: 'th' })
  moderatorSubmitter = await person('modsubmitter', {
    roles: ['moderator'],
    moderatedThemes: [theme.id],
    maySubmit: true,
  })
  otherModerator = await person('othermoderator', {
    roles: ['moderator'],
    moderatedThemes: [otherTheme.id],
  })
  for (const [key, user] of Object.entries({
    ...cast,
    submitter,
    moderatorSubmitter,
    otherModerator,
  })) {
    tokens[key] = await tokenFor(payload, user)
  }
  events = await import('@/data/events')
  news = await import('@/data/news')
  submissions = await import('@/data/submissions')
  sitemapIndex = (await import('@/app/sitemap.xml/route')).GET
  sitemapFile = (await import('@/app/sitemaps/[file]/route')).GET
  calendarFeed = (await import('@/app/(frontend)/cached/[locale]/events/calendar.ics/route')).GET
  eventFile = (await import('@/app/(frontend)/cached/[locale]/events/[slug]/event.ics/route')).GET
  newsRss = (await import('@/app/(frontend)/cached/[locale]/feeds/news.xml/route')).GET
  await drainJobs()
}, 180_000)
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await portal?.close()
  await sink?.close()
  await meili?.stop()
  if (meili) removeMeiliData(meili)
  delete process.env.SMTP_URL
  delete process.env.SERVER_URL
})
beforeEach(() => {
  sink.messages.splice(0)
})

/** Runs the mail and search queues until nothing is left. */
async function drainJobs() {
  for (let round = 0; round < 50; round++) {
    await payload.jobs.run({ queue: MAIL_QUEUE, limit: 200, silent: true })
    await payload.jobs.run({ queue: 'search', limit: 200, silent: true })
    // Only these queues: the scheduler keeps the next digests waiting in theirs until they are due.
    const left = await payload.count({
      collection: 'payload-jobs',
      where: { queue: { in: [MAIL_QUEUE, 'search'] } },
      overrideAccess: true,
    })
    if (left.totalDocs === 0) return
  }
  throw new Error('jobs did not drain')
}
/** Runs the queues and reads the mail that arrived, each with its recipient. */
async function deliver(): Promise<(ParsedMail & { recipient: string })[]> {
  await drainJobs()
  const mails = await Promise.all(
    sink.messages.map(async (mail) => ({
      ...(await simpleParser(mail.raw)),
      recipient: mail.to[0],
    })),
  )
  sink.messages.splice(0)
  return mails
}

let proposals = 0
/** A complete event as the site's form sends it. */
function eventProposal(overrides: Record<string, unknown> = {}) {
  proposals += 1
  return {
    title: `Proposed workshop ${proposals}`,
    slug: `proposed-workshop-${proposals}`,
    kind: 'training',
    start: `${YEAR}-06-10T02:00:00.000Z`,
    start_tz: 'Asia/Bangkok',
    end: `${YEAR}-06-10T05:00:00.000Z`,
    end_tz: 'Asia/Bangkok',
    mode: 'in-person',
    place: 'Chiang Mai',
    country: country.id,
    themes: [theme.id],
    summary: `A morning on domestic workers’ contracts, number ${proposals}.`,
    ...overrides,
  }
}
function newsProposal(overrides: Record<string, unknown> = {}) {
  proposals += 1
  return {
    title: `Proposed story ${proposals}`,
    slug: `proposed-story-${proposals}`,
    date: `${YEAR - 2}-01-15`,
    kind: 'country-news',
    summary: `What our union did, number ${proposals}.`,
    themes: [theme.id],
    ...overrides,
  }
}

async function propose(json: Record<string, unknown>, token = tokens.submitter) {
  const created = await http.rest('POST', '/events', { token, json })
  expect(created.status, created.text).toBe(201)
  return created.body.doc as Event
}
const stored = (collection: 'events' | 'news', id: number) =>
  payload.findByID({ collection, id, depth: 0, overrideAccess: true, draft: false })
async function auditOf(subject: number) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { subject: { equals: subject } },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}
const searchTitles = async (q: string, user: User | null = null) =>
  (await searchContent({ params: parseSearchParams(new URLSearchParams({ q })), user })).hits.map(
    (hit) => hit.title.replace(/<\/?mark>/g, ''),
  )
async function calendarText() {
  const response = await calendarFeed(new Request(`${SITE}/en/events/calendar.ics`), {
    params: Promise.resolve({ locale: 'en' }),
  })
  expect(response.status).toBe(200)
  return response.text()
}
const icsStatus = async (slug: string) =>
  (
    await eventFile(new Request(`${SITE}/en/events/${slug}/event.ics`), {
      params: Promise.resolve({ locale: 'en', slug }),
    })
  ).status
async function newsFeedText() {
  const response = await newsRss(new Request(`${SITE}/en/feeds/news.xml`), {
    params: Promise.resolve({ locale: 'en' }),
  })
  expect(response.status).toBe(200)
  return response.text()
}
/** Every address the sitemap gives crawlers, as a crawler reads it: the index, then its files. */
async function sitemapUrls() {
  const index = await (await sitemapIndex()).text()
  const urls: string[] = []
  for (const [, file] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const name = file!.slice(`${SITE}/sitemaps/`.length)
    const response = await sitemapFile(new Request(file!), {
      params: Promise.resolve({ file: name }),
    })
    urls.push(...[...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!))
  }
  return urls
}
const readAs = (id: number, token?: string) => http.rest('GET', `/events/${id}`, { token })
/** A request as a reviewer on the site (server actions call the domain functions with it). */
const siteReq = async (user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

describe('a member’s proposal', () => {
  it('should be answered 201 as a waiting draft whatever the member asked for, and readable only by them and reviewers', async () => {
    const event = await propose(
      eventProposal({
        title: 'Union workshop in Chiang Mai',
        _status: 'published',
        submissionStatus: 'approved',
        rejectionReason: 'forged',
      }),
    )
    expect(event).toMatchObject({
      title: 'Union workshop in Chiang Mai',
      _status: 'draft',
      submissionStatus: 'submitted',
      rejectionReason: null,
    })
    expect(typeof event.submittedBy === 'object' ? event.submittedBy?.id : event.submittedBy).toBe(
      submitter.id,
    )
    expect((await stored('events', event.id))._status).toBe('draft')

    expect((await readAs(event.id, tokens.submitter)).status).toBe(200)
    expect((await readAs(event.id, tokens.moderator)).status).toBe(200)
    expect((await readAs(event.id, tokens.manager)).status).toBe(200)
    expect((await readAs(event.id)).status).toBe(404)
    expect((await readAs(event.id, tokens.member)).status).toBe(404)
    const listed = await http.rest('GET', '/events?limit=100&depth=0', { token: tokens.member })
    expect(listed.body.docs.map((doc: Event) => doc.id)).not.toContain(event.id)
    const graphql = await http.graphql('{ Events(limit: 100) { docs { id title } } }', {
      token: tokens.member,
    })
    expect(graphql.body.data.Events.docs.map((doc: { id: number }) => doc.id)).not.toContain(
      event.id,
    )
    const own = await http.graphql('{ Events(limit: 100) { docs { id submissionStatus } } }', {
      token: tokens.submitter,
    })
    expect(own.body.data.Events.docs).toContainEqual({
      id: event.id,
      submissionStatus: 'submitted',
    })

    const mails = await deliver()
    expect(mails.map((mail) => mail.recipient).sort()).toEqual([
      'admin@example.org',
      'manager@example.org',
      'moderator@example.org',
      'modsubmitter@example.org',
    ])
    for (const mail of mails) {
      expect(mail.subject).toBe('A submission to review: Union workshop in Chiang Mai')
      expect(mail.text).toContain('Submitter Person proposed “Union workshop in Chiang Mai”')
      expect(mail.text).toContain(`${SITE}/en/account/review`)
    }
  })

  it('should stay out of the pages, search, iCalendar, feeds and sitemap until approved, and appear in all of them after', async () => {
    expired.splice(0)
    const event = await propose(eventProposal({ title: 'Harvest season hiring clinic' }))
    const proposedNews = await http.rest('POST', '/news', {
      token: tokens.submitter,
      json: newsProposal({ title: 'Union opens a migrant desk' }),
    })
    expect(proposedNews.status, proposedNews.text).toBe(201)
    const story = proposedNews.body.doc as News
    await deliver()

    const invisible = async () => {
      for (const user of [null, cast.member, submitter]) {
        expect(await events.getEvent({ user, locale: 'en', slug: event.slug })).toBeNull()
        const listing = await events.listEvents({ user, locale: 'en', limit: 100 })
        expect(listing.events.map((item) => item.slug)).not.toContain(event.slug)
        expect(await news.getNews({ user, locale: 'en', slug: story.slug })).toBeNull()
      }
      expect(await searchTitles('harvest hiring clinic')).not.toContain(
        'Harvest season hiring clinic',
      )
      expect(await searchTitles('migrant desk', submitter)).not.toContain(
        'Union opens a migrant desk',
      )
      expect(await calendarText()).not.toContain('Harvest season hiring clinic')
      expect(await icsStatus(event.slug)).toBe(404)
      expect(await newsFeedText()).not.toContain('Union opens a migrant desk')
      const urls = await sitemapUrls()
      expect(urls).not.toContain(`${SITE}/en/events/${event.slug}`)
      expect(urls).not.toContain(`${SITE}/en/news/${story.slug}`)
    }
    await invisible()
    // A proposal changes nothing the public sees: no page is expired for it.
    expect(expired).toEqual([])

    const approved = await http.rest('PATCH', `/events/${event.id}`, {
      token: tokens.moderator,
      json: { submissionStatus: 'approved' },
    })
    expect(approved.status, approved.text).toBe(200)
    expect(approved.body.doc).toMatchObject({ _status: 'published', submissionStatus: 'approved' })
    // The site's review page decides through the same function, as the signed-in reviewer.
    await approveSubmission({ req: await siteReq(cast.manager), collection: 'news', id: story.id })
    expect((await stored('news', story.id))._status).toBe('published')

    // Approval is a publish: the pages built from events and news are expired at once.
    expect([...new Set(expired)].sort()).toEqual(['events', 'news'])
    const mails = await deliver()
    expect(await events.getEvent({ user: null, locale: 'en', slug: event.slug })).not.toBeNull()
    const urls = await sitemapUrls()
    expect(urls).toContain(`${SITE}/en/events/${event.slug}`)
    expect(urls).toContain(`${SITE}/en/news/${story.slug}`)
    expect(await news.getNews({ user: null, locale: 'en', slug: story.slug })).not.toBeNull()
    expect(await searchTitles('harvest hiring clinic')).toContain('Harvest season hiring clinic')
    expect(await searchTitles('migrant desk')).toContain('Union opens a migrant desk')
    expect(await calendarText()).toContain('Harvest season hiring clinic')
    expect(await icsStatus(event.slug)).toBe(200)
    expect(await newsFeedText()).toContain('Union opens a migrant desk')

    // The submitter reads Thai: both decisions reach them in it, with a link to the page.
    const subject = (title: string) =>
      mailStrings.submissionApprovedSubject.th.replace('{title}', title)
    const mailAbout = (title: string) => mails.find((mail) => mail.subject === subject(title))
    expect(mails.map((mail) => mail.recipient)).toEqual([
      'submitter@example.org',
      'submitter@example.org',
    ])
    expect(mailAbout('Harvest season hiring clinic')?.text).toContain(
      `${SITE}/th/events/${event.slug}`,
    )
    expect(mailAbout('Union opens a migrant desk')?.text).toContain(`${SITE}/th/news/${story.slug}`)

    const audit = (await auditOf(submitter.id)).filter((entry) =>
      entry.action.startsWith('submission-'),
    )
    expect(audit.slice(-2).map((entry) => [entry.action, entry.actor, entry.details])).toEqual([
      [
        'submission-approved',
        cast.moderator.id,
        { collection: 'events', id: event.id, title: 'Harvest season hiring clinic' },
      ],
      [
        'submission-approved',
        cast.manager.id,
        { collection: 'news', id: story.id, title: 'Union opens a migrant desk' },
      ],
    ])
  })

  it('should require a reason to reject, never publish a rejected one, and tell the submitter why', async () => {
    const event = await propose(eventProposal({ title: 'A clinic nobody approved' }))
    await deliver()
    const bare = await http.rest('PATCH', `/events/${event.id}`, {
      token: tokens.manager,
      json: { submissionStatus: 'rejected' },
    })
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].data.errors).toEqual([
      {
        path: 'rejectionReason',
        message: 'Give the member the reason for rejecting their submission.',
      },
    ])
    const rejected = await http.rest('PATCH', `/events/${event.id}`, {
      token: tokens.manager,
      json: { submissionStatus: 'rejected', rejectionReason: '  The dates clash with the forum. ' },
    })
    expect(rejected.status, rejected.text).toBe(200)
    expect(rejected.body.doc).toMatchObject({
      _status: 'draft',
      submissionStatus: 'rejected',
      rejectionReason: 'The dates clash with the forum.',
    })

    const [mail, ...others] = await deliver()
    expect(others).toHaveLength(0)
    expect(mail.recipient).toBe('submitter@example.org')
    expect(mail.subject).toBe(
      mailStrings.submissionRejectedSubject.th.replace('{title}', 'A clinic nobody approved'),
    )
    expect(mail.text).toContain('The dates clash with the forum.')
    expect(mail.text).toContain(`${SITE}/th/account/submissions`)
    const [entry] = (await auditOf(submitter.id)).slice(-1)
    expect(entry).toMatchObject({
      action: 'submission-rejected',
      actor: cast.manager.id,
      reason: 'The dates clash with the forum.',
      details: { collection: 'events', id: event.id, title: 'A clinic nobody approved' },
    })

    // Decided is decided: nobody approves it afterwards, and its submitter no longer edits it.
    const late = await http.rest('PATCH', `/events/${event.id}`, {
      token: tokens.manager,
      json: { submissionStatus: 'approved' },
    })
    expect(late.status).toBe(403)
    expect(late.body.errors[0].message).toBe('This submission has already been decided.')
    const published = await http.rest('PATCH', `/events/${event.id}`, {
      token: tokens.manager,
      json: { _status: 'published' },
    })
    expect(published.status).toBe(403)
    expect(published.body.errors[0].message).toBe(
      'This submission was rejected: it cannot be published.',
    )
    const edit = await http.rest('PATCH', `/events/${event.id}`, {
      token: tokens.submitter,
      json: { summary: 'Please look again.' },
    })
    expect(edit.status).toBe(403)
    expect(await events.getEvent({ user: null, locale: 'en', slug: event.slug })).toBeNull()
    expect(await calendarText()).not.toContain('A clinic nobody approved')
    expect(await searchTitles('clinic nobody approved')).not.toContain('A clinic nobody approved')
    await expect(
      approveSubmission({ req: await siteReq(cast.manager), collection: 'events', id: event.id }),
    ).rejects.toThrow('This submission has already been decided.')
  })

  it('should let the submitter revise it while it waits, and keep it waiting', async () => {
    const event = await propose(eventProposal())
    const revised = await http.rest('PATCH', `/events/${event.id}`, {
      token: tokens.submitter,
      json: { summary: 'Now with lunch.' },
    })
    expect(revised.status, revised.text).toBe(200)
    expect(revised.body.doc).toMatchObject({
      summary: 'Now with lunch.',
      _status: 'draft',
      submissionStatus: 'submitted',
    })
    const other = await http.rest('PATCH', `/events/${event.id}`, {
      token: tokens.member,
      json: { summary: 'Hijacked.' },
    })
    expect(other.status).toBe(403)
  })
})

describe('who may submit and decide', () => {
  const approveByGraphql = (id: number, token?: string, data = '{ submissionStatus: approved }') =>
    http.graphql(`mutation { updateEvent(id: ${id}, data: ${data}) { id submissionStatus } }`, {
      token,
    })

  it('should refuse a moderator who approves a submission outside the themes they moderate, through REST and GraphQL', async () => {
    const event = await propose(eventProposal())
    const rest = await http.rest('PATCH', `/events/${event.id}`, {
      token: tokens.otherModerator,
      json: { submissionStatus: 'approved' },
    })
    expect(rest.status).toBe(403)
    const graphql = await approveByGraphql(event.id, tokens.otherModerator)
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    // Staff edit every theme, yet deciding is for managers and moderators of its themes.
    const staff = await http.rest('PATCH', `/events/${event.id}`, {
      token: tokens.staff,
      json: { submissionStatus: 'approved' },
    })
    expect(staff.status).toBe(403)
    expect(staff.body.errors[0].message).toBe(
      'Only a manager or a moderator of one of its themes may approve or reject this submission.',
    )
    expect(await stored('events', event.id)).toMatchObject({
      _status: 'draft',
      submissionStatus: 'submitted',
    })
  })

  it('should refuse a submitter who approves or publishes their own submission, even a moderator of its theme', async () => {
    const own = await propose(eventProposal())
    for (const json of [{ submissionStatus: 'approved' }, { _status: 'published' }]) {
      const response = await http.rest('PATCH', `/events/${own.id}`, {
        token: tokens.submitter,
        json,
      })
      expect(response.status, JSON.stringify(json)).toBe(403)
      expect(response.body.errors[0].message).toBe(
        'You cannot approve or reject your own submission.',
      )
    }
    expect(
      (await approveByGraphql(own.id, tokens.submitter)).body.errors[0].extensions.statusCode,
    ).toBe(403)

    const moderators = await propose(
      eventProposal({ submissionStatus: 'submitted' }),
      tokens.moderatorSubmitter,
    )
    expect(moderators).toMatchObject({ _status: 'draft', submissionStatus: 'submitted' })
    const rest = await http.rest('PATCH', `/events/${moderators.id}`, {
      token: tokens.moderatorSubmitter,
      json: { submissionStatus: 'approved' },
    })
    expect(rest.status).toBe(403)
    const graphql = await approveByGraphql(
      moderators.id,
      tokens.moderatorSubmitter,
      '{ _status: published }',
    )
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    expect((await stored('events', moderators.id))._status).toBe('draft')
    for (const event of [own, moderators]) {
      expect(await events.getEvent({ user: null, locale: 'en', slug: event.slug })).toBeNull()
    }
  })

  it('should refuse a member without the right to submit, and a visitor, through REST and GraphQL', async () => {
    const before = await payload.count({ collection: 'events', overrideAccess: true })
    for (const token of [tokens.member, tokens.pending, undefined]) {
      const rest = await http.rest('POST', '/events', { token, json: eventProposal() })
      expect(rest.status).toBe(403)
      const graphql = await http.graphql(
        'mutation ($data: mutationNewsInput!) { createNews(data: $data) { id } }',
        { token, variables: { data: newsProposal({ kind: 'country_news' }) } },
      )
      expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    }
    expect(await payload.count({ collection: 'events', overrideAccess: true })).toEqual(before)
  })

  it('should not take submissionStatus approved nor _status published from a submitter’s create, through GraphQL either', async () => {
    const created = await http.graphql(
      'mutation ($data: mutationNewsInput!) { createNews(data: $data) { id _status submissionStatus } }',
      {
        token: tokens.submitter,
        variables: {
          data: newsProposal({
            kind: 'country_news',
            submissionStatus: 'approved',
            _status: 'published',
          }),
        },
      },
    )
    expect(created.body.errors, created.text).toBeUndefined()
    expect(created.body.data.createNews).toMatchObject({
      _status: 'draft',
      submissionStatus: 'submitted',
    })
  })

  it('should refuse a proposal without a theme, or with a theme that does not exist, with a 400', async () => {
    const none = await http.rest('POST', '/events', {
      token: tokens.submitter,
      json: eventProposal({ themes: [] }),
    })
    expect(none.status).toBe(400)
    expect(none.body.errors[0].data.errors[0].path).toBe('themes')
    const unknown = await http.rest('POST', '/events', {
      token: tokens.submitter,
      json: eventProposal({ themes: [999_999] }),
    })
    expect(unknown.status).toBe(400)
  })
})

describe('the site’s forms and review queue', () => {
  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData()
    for (const [name, value] of Object.entries(fields)) {
      for (const one of Array.isArray(value) ? value : [value]) data.append(name, one)
    }
    return data
  }
  const eventForm = (title: string, themeIds: number[] = [theme.id]) =>
    form({
      locale: 'en',
      title,
      kind: 'meeting',
      start: `${YEAR}-09-01T09:00`,
      end: `${YEAR}-09-01T12:30`,
      timezone: 'Asia/Yangon',
      mode: 'in-person',
      place: 'Yangon',
      country: String(country.id),
      themes: themeIds.map(String),
      summary: 'A morning with the returnees’ association.',
    })

  it('should take an event from the proposal form, its times in the event’s own time zone, and list it among the member’s submissions only', async () => {
    const outcome = await proposeFromForm({
      req: await siteReq(submitter),
      collection: 'events',
      form: eventForm('Returnees’ morning in Yangon'),
    })
    expect(outcome.ok).toBe(true)
    const id = (outcome as { id: number }).id
    expect(await stored('events', id)).toMatchObject({
      title: 'Returnees’ morning in Yangon',
      // 09:00 in Yangon (UTC+06:30).
      start: `${YEAR}-09-01T02:30:00.000Z`,
      start_tz: 'Asia/Yangon',
      end: `${YEAR}-09-01T06:00:00.000Z`,
      _status: 'draft',
      submissionStatus: 'submitted',
      submittedBy: submitter.id,
    })
    const own = await submissions.listOwnSubmissions({ user: submitter, locale: 'en' })
    expect(own[0]).toMatchObject({
      collection: 'events',
      id,
      title: 'Returnees’ morning in Yangon',
      status: 'submitted',
    })
    expect(own.map((item) => item.status)).toContain('rejected')
    expect(own.find((item) => item.status === 'rejected')?.reason).toBe(
      'The dates clash with the forum.',
    )
    expect(await submissions.listOwnSubmissions({ user: cast.member, locale: 'en' })).toEqual([])
    // The site's other reads for the same member still show only what is published.
    const listing = await events.listEvents({ user: submitter, locale: 'en', limit: 100 })
    expect(listing.events.map((item) => item.title)).not.toContain('Returnees’ morning in Yangon')
  })

  it('should send a refused form back naming its fields, and a member without the right to submit back with that', async () => {
    const incomplete = form({ locale: 'en', title: '', timezone: 'Asia/Bangkok', summary: 'x' })
    const refused = await proposeFromForm({
      req: await siteReq(submitter),
      collection: 'events',
      form: incomplete,
    })
    expect(refused).toEqual({ ok: false, codes: ['title', 'kind', 'start', 'end', 'themes'] })
    const news = await proposeFromForm({
      req: await siteReq(cast.member),
      collection: 'news',
      form: form({ locale: 'en', title: 'No right', kind: 'country-news', date: '2026-01-01' }),
    })
    expect(news).toEqual({ ok: false, codes: ['forbidden'] })
  })

  it('should list what waits oldest first, within the reviewer’s themes and never their own', async () => {
    const proposeAs = async (user: User, title: string, themeIds: number[]) => {
      const outcome = await proposeFromForm({
        req: await siteReq(user),
        collection: 'events',
        form: eventForm(title, themeIds),
      })
      expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
      return (outcome as { id: number }).id
    }
    const first = await proposeAs(submitter, 'Queue first', [theme.id])
    const elsewhere = await proposeAs(submitter, 'Queue elsewhere', [otherTheme.id])
    const moderators = await proposeAs(moderatorSubmitter, 'Queue moderator’s own', [theme.id])
    const queue = async (user: User) =>
      (await submissions.listReviewQueue({ user, locale: 'en' }))
        .filter((item) => [first, elsewhere, moderators].includes(item.id))
        .map((item) => item.title)

    expect(await queue(cast.manager)).toEqual([
      'Queue first',
      'Queue elsewhere',
      'Queue moderator’s own',
    ])
    expect(await queue(cast.moderator)).toEqual(['Queue first', 'Queue moderator’s own'])
    expect(await queue(moderatorSubmitter)).toEqual(['Queue first'])
    expect(await queue(otherModerator)).toEqual(['Queue elsewhere'])
    expect(await submissions.listReviewQueue({ user: cast.member, locale: 'en' })).toEqual([])
    expect(await submissions.listReviewQueue({ user: cast.staff, locale: 'en' })).toEqual([])
    const everything = await submissions.listReviewQueue({ user: cast.manager, locale: 'en' })
    const times = everything.map((item) => item.createdAt)
    expect(times).toEqual([...times].sort())
    expect(everything.every((item) => item.status === 'submitted')).toBe(true)
    expect(everything.find((item) => item.id === first)?.submitter).toBe('Submitter Person')

    const decide = async (user: User, id: number, decision: 'approve' | 'reject', reason = '') =>
      decideFromForm({ req: await siteReq(user), collection: 'events', id, decision, reason })
    expect(await decide(otherModerator, first, 'approve')).toEqual({
      ok: false,
      codes: ['forbidden'],
    })
    expect(await decide(cast.moderator, first, 'reject')).toEqual({ ok: false, codes: ['reason'] })
    expect(await decide(cast.moderator, first, 'approve')).toEqual({ ok: true })
    expect(await decide(otherModerator, elsewhere, 'reject', 'Not for this theme.')).toEqual({
      ok: true,
    })
    expect(await queue(cast.manager)).toEqual(['Queue moderator’s own'])
    expect((await stored('events', first))._status).toBe('published')
    expect((await stored('events', elsewhere)).rejectionReason).toBe('Not for this theme.')
  })

  it('should take a resource with its file, keep the file for editors until approval, and refuse a disguised file', async () => {
    const resourceForm = () =>
      form({
        locale: 'en',
        title: 'Recruitment fee guide',
        kind: 'manual',
        language: 'th',
        themes: [String(theme.id)],
        countries: [String(country.id)],
        summary: 'What workers may be charged, and what not.',
      })
    const good = resourceForm()
    good.append(
      'file',
      new File([new Uint8Array(MINIMAL_PDF)], 'fee-guide.pdf', { type: 'application/pdf' }),
    )
    const outcome = await proposeFromForm({
      req: await siteReq(submitter),
      collection: 'resources',
      form: good,
    })
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
    const id = (outcome as { id: number }).id
    const resource = await payload.findByID({
      collection: 'resources',
      id,
      depth: 0,
      overrideAccess: true,
    })
    expect(resource).toMatchObject({
      _status: 'draft',
      submissionStatus: 'submitted',
      editions: [{ language: 'th', title: 'Recruitment fee guide' }],
    })
    const fileId = resource.editions[0].file as number
    const file = () => payload.findByID({ collection: 'media', id: fileId, overrideAccess: true })
    expect((await file()).visibility).toBe('editors')
    expect((await http.rest('GET', `/media/${fileId}`)).status).toBe(404)

    await approveSubmission({ req: await siteReq(cast.manager), collection: 'resources', id })
    expect((await file()).visibility).toBe('public')
    expect((await http.rest('GET', `/media/${fileId}`)).status).toBe(200)

    const mediaBefore = await payload.count({ collection: 'media', overrideAccess: true })
    const resourcesBefore = await payload.count({ collection: 'resources', overrideAccess: true })
    const disguised = resourceForm()
    disguised.append('file', new File(['<html><script>alert(1)</script>'], 'guide.pdf'))
    expect(
      await proposeFromForm({
        req: await siteReq(submitter),
        collection: 'resources',
        form: disguised,
      }),
    ).toEqual({ ok: false, codes: ['file'] })
    const noThemes = resourceForm()
    noThemes.delete('themes')
    noThemes.append(
      'file',
      new File([new Uint8Array(MINIMAL_PDF)], 'fee-guide.pdf', { type: 'application/pdf' }),
    )
    expect(
      await proposeFromForm({
        req: await siteReq(submitter),
        collection: 'resources',
        form: noThemes,
      }),
    ).toEqual({ ok: false, codes: ['themes'] })
    // Neither refusal leaves a file or a work behind.
    expect(await payload.count({ collection: 'media', overrideAccess: true })).toEqual(mediaBefore)
    expect(await payload.count({ collection: 'resources', overrideAccess: true })).toEqual(
      resourcesBefore,
    )
  })

  it('should keep a file a member uploads over REST for editors, whatever visibility they send', async () => {
    const upload = new FormData()
    upload.append(
      'file',
      new Blob([new Uint8Array(MINIMAL_PDF)], { type: 'application/pdf' }),
      'mine.pdf',
    )
    upload.append('_payload', JSON.stringify({ visibility: 'public' }))
    const response = await http.rest('POST', '/media', { token: tokens.submitter, form: upload })
    expect(response.status, response.text).toBe(201)
    expect(response.body.doc.visibility).toBe('editors')
    const refused = await http.rest('POST', '/media', { token: tokens.member, form: upload })
    expect(refused.status).toBe(403)
  })
})
