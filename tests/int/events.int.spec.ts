import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { EventItem } from '@/data/events'
import { parseEventsQuery } from '@/events/query'
import { eventDayKeys, monthWeeks, monthWindow } from '@/events/time'

import { bootPortal, type Portal } from '../helpers/payload'

/** Events reach visitors as lists, a month grid and iCalendar files: published only, each in its own time zone. */
const SITE = 'https://cop.example.org'
process.env.SERVER_URL = SITE

let portal: Portal
let payload: Payload
// Modules that load the Payload config are imported once bootPortal has chosen the test database.
let calendarFeed: typeof import('@/app/(frontend)/cached/[locale]/events/calendar.ics/route').GET
let eventFile: typeof import('@/app/(frontend)/cached/[locale]/events/[slug]/event.ics/route').GET
let data: typeof import('@/data/events')
// Far enough ahead to stay "upcoming" whenever the suite runs.
const Y = new Date().getUTCFullYear() + 2
const ctx = { disableRevalidate: true }

async function create(data: Record<string, unknown>, draft = false) {
  return payload.create({
    collection: 'events',
    data: data as never,
    overrideAccess: true,
    draft,
    context: ctx,
  })
}

beforeAll(async () => {
  portal = await bootPortal('events')
  payload = portal.payload
  calendarFeed = (await import('@/app/(frontend)/cached/[locale]/events/calendar.ics/route')).GET
  eventFile = (await import('@/app/(frontend)/cached/[locale]/events/[slug]/event.ics/route')).GET
  data = await import('@/data/events')
  const country = (iso: string, name: string) =>
    payload.create({
      collection: 'countries',
      data: { name, iso, region: 'south-east-asia', role: 'origin' },
      overrideAccess: true,
      context: ctx,
    })
  const theme = (slug: string, title: string) =>
    payload.create({
      collection: 'themes',
      data: { slug, title, summary: 'For tests.' },
      overrideAccess: true,
      context: ctx,
    })
  // One at a time: SQLite runs without transactions here.
  const th = await country('TH', 'Thailand')
  const mm = await country('MM', 'Myanmar')
  const domestic = await theme('domestic-workers', 'Domestic workers')
  const recruitment = await theme('fair-recruitment', 'Fair recruitment')
  const project = await payload.create({
    collection: 'projects',
    data: { title: 'TRIANGLE in ASEAN', code: 'TRIANGLE-ASEAN', status: 'ongoing' },
    overrideAccess: true,
    context: ctx,
  })

  const yangon = await create({
    title: 'Webinar from Yangon',
    slug: 'yangon-webinar',
    kind: 'webinar',
    // 14:00 in Yangon (UTC+06:30).
    start: `${Y}-03-15T07:30:00.000Z`,
    start_tz: 'Asia/Yangon',
    end: `${Y}-03-15T09:30:00.000Z`,
    end_tz: 'Asia/Yangon',
    mode: 'online',
    onlineUrl: 'https://meet.example.org/yangon',
    country: mm.id,
    themes: [domestic.id],
    summary: 'An online hour on domestic workers’ contracts.',
    project: project.id,
    _status: 'published',
  })
  await payload.update({
    collection: 'events',
    id: yangon.id,
    locale: 'th',
    data: { title: 'สัมมนาออนไลน์จากย่างกุ้ง' },
    overrideAccess: true,
    context: ctx,
  })
  await create({
    title: 'Bangkok training on recruitment',
    slug: 'bangkok-training',
    kind: 'training',
    // 09:00 on the 10th to 17:00 on the 12th, Bangkok time: three days on the calendar.
    start: `${Y}-03-10T02:00:00.000Z`,
    start_tz: 'Asia/Bangkok',
    end: `${Y}-03-12T10:00:00.000Z`,
    end_tz: 'Asia/Bangkok',
    mode: 'in-person',
    place: 'Bangkok, Thailand',
    country: th.id,
    themes: [recruitment.id],
    summary: 'Three days on fair recruitment.',
    _status: 'published',
  })
  await create({
    title: 'Midnight in Yangon',
    slug: 'yangon-first-of-april',
    kind: 'meeting',
    // 31 March 18:00 UTC is already 1 April, 00:30, in Yangon.
    start: `${Y}-03-31T18:00:00.000Z`,
    start_tz: 'Asia/Yangon',
    end: `${Y}-03-31T20:00:00.000Z`,
    end_tz: 'Asia/Yangon',
    mode: 'in-person',
    place: 'Yangon',
    country: mm.id,
    themes: [domestic.id],
    summary: 'Starts just after midnight, local time.',
    _status: 'published',
  })
  await create({
    title: 'A dialogue long past',
    slug: 'past-dialogue',
    kind: 'dialogue',
    start: '2020-05-05T02:00:00.000Z',
    start_tz: 'Asia/Bangkok',
    end: '2020-05-05T05:00:00.000Z',
    end_tz: 'Asia/Bangkok',
    mode: 'in-person',
    place: 'Bangkok',
    country: th.id,
    themes: [recruitment.id],
    summary: 'Looking back.',
    _status: 'published',
  })
  await create(
    {
      title: 'Secret draft meeting',
      slug: 'secret-draft',
      kind: 'meeting',
      start: `${Y}-03-20T02:00:00.000Z`,
      start_tz: 'Asia/Bangkok',
      end: `${Y}-03-20T04:00:00.000Z`,
      end_tz: 'Asia/Bangkok',
      mode: 'in-person',
      country: th.id,
      themes: [domestic.id],
      summary: 'Not ready to be seen.',
      _status: 'draft',
    },
    true,
  )
}, 180_000)
afterAll(async () => portal?.close())

const slugs = (events: EventItem[]) => events.map((event) => event.slug).sort()

async function fetchCalendar(locale: string, search = '', headers?: HeadersInit) {
  const response = await calendarFeed(
    new Request(`${SITE}/${locale}/events/calendar.ics${search}`, { headers }),
    { params: Promise.resolve({ locale }) },
  )
  return { response, text: await response.text() }
}

/** The feed as a calendar app reads it: a failed request fails here, before anything is parsed. */
async function readCalendar(locale: string, search = '', headers?: HeadersInit) {
  const { response, text } = await fetchCalendar(locale, search, headers)
  expect(response.status, `${locale} feed${search}`).toBe(200)
  expect(response.headers.get('content-type'), `${locale} feed${search}`).toBe(
    'text/calendar; charset=utf-8',
  )
  return { ...parse(text), text }
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const events = calendar.getAllSubcomponents('vevent')
  const bySummary = (summary: string) =>
    events.find((event) => event.getFirstPropertyValue('summary') === summary)
  return {
    calendar,
    events,
    bySummary,
    summaries: events.map((event) => String(event.getFirstPropertyValue('summary'))).sort(),
  }
}

describe('the events data layer', () => {
  it('should list upcoming events soonest first and leave out past events and drafts', async () => {
    const listing = await data.listEvents({ user: null, locale: 'en', from: new Date() })
    expect(listing.events.map((event) => event.slug)).toEqual([
      'bangkok-training',
      'yangon-webinar',
      'yangon-first-of-april',
    ])
    expect(listing.totalDocs).toBe(3)
  })

  it('should list past events latest first', async () => {
    const listing = await data.listEvents({
      user: null,
      locale: 'en',
      to: new Date(),
      order: 'latest',
    })
    expect(slugs(listing.events)).toEqual(['past-dialogue'])
  })

  it('should filter by country ISO code (any case), theme slug and kind', async () => {
    expect(
      slugs((await data.listEvents({ user: null, locale: 'en', country: 'mm' })).events),
    ).toEqual(['yangon-first-of-april', 'yangon-webinar'])
    expect(
      slugs(
        (await data.listEvents({ user: null, locale: 'en', theme: 'fair-recruitment' })).events,
      ),
    ).toEqual(['bangkok-training', 'past-dialogue'])
    expect(
      slugs((await data.listEvents({ user: null, locale: 'en', kind: 'webinar' })).events),
    ).toEqual(['yangon-webinar'])
    const both = await data.listEvents({
      user: null,
      locale: 'en',
      country: 'TH',
      theme: 'domestic-workers',
    })
    expect(both.events).toEqual([])
    expect(both.filters.country?.iso).toBe('TH')
  })

  it('should ignore a filter that names nothing, and say so', async () => {
    const listing = await data.listEvents({
      user: null,
      locale: 'en',
      country: 'ZZ',
      theme: 'no-such-theme',
      kind: 'party',
    })
    expect(listing.ignored).toEqual(['country', 'theme', 'kind'])
    expect(listing.totalDocs).toBe(4)
  })

  it('should paginate', async () => {
    const first = await data.listEvents({ user: null, locale: 'en', limit: 3, page: 1 })
    const second = await data.listEvents({ user: null, locale: 'en', limit: 3, page: 2 })
    expect([first.totalPages, first.events.length, second.events.length]).toEqual([2, 3, 1])
    expect(slugs([...first.events, ...second.events])).toEqual([
      'bangkok-training',
      'past-dialogue',
      'yangon-first-of-april',
      'yangon-webinar',
    ])
  })

  it('should place a month’s events on their local days, including one that starts on the 1st of the next month in Yangon', async () => {
    const month = { year: Y, month: 3 }
    const listing = await data.listEvents({
      user: null,
      locale: 'en',
      ...monthWindow(month),
      limit: 1000,
    })
    expect(slugs(listing.events)).toEqual([
      'bangkok-training',
      'yangon-first-of-april',
      'yangon-webinar',
    ])
    const weeks = monthWeeks(month, listing.events, (event) =>
      eventDayKeys({ start: event.start, end: event.end, timeZone: event.start_tz }),
    )
    const days = new Map(
      weeks
        .flat()
        .flatMap((cell) =>
          cell ? [[cell.key, cell.items.map((event) => event.slug)] as const] : [],
        ),
    )
    expect(days.get(`${Y}-03-10`)).toEqual(['bangkok-training'])
    expect(days.get(`${Y}-03-11`)).toEqual(['bangkok-training'])
    expect(days.get(`${Y}-03-12`)).toEqual(['bangkok-training'])
    expect(days.get(`${Y}-03-13`)).toEqual([])
    expect(days.get(`${Y}-03-15`)).toEqual(['yangon-webinar'])
    expect(days.get(`${Y}-03-31`)).toEqual([])
    expect(
      eventDayKeys({
        start: `${Y}-03-31T18:00:00.000Z`,
        end: `${Y}-03-31T20:00:00.000Z`,
        timeZone: 'Asia/Yangon',
      }),
    ).toEqual([`${Y}-04-01`])
    expect(weeks.every((week) => week.length === 7)).toBe(true)
  })

  it('should give one event with its relations, and nothing for a draft', async () => {
    const event = await data.getEvent({ user: null, locale: 'en', slug: 'yangon-webinar' })
    expect(event?.start_tz).toBe('Asia/Yangon')
    expect(typeof event?.project === 'object' ? event?.project?.code : null).toBe('TRIANGLE-ASEAN')
    expect(await data.getEvent({ user: null, locale: 'en', slug: 'secret-draft' })).toBeNull()
  })

  it('should normalise the events page query instead of failing on nonsense', () => {
    const now = new Date(`${Y}-03-05T00:00:00Z`)
    expect(
      parseEventsQuery(
        {
          view: 'month',
          month: '2026-13',
          page: '-4',
          country: 'th',
          theme: '<script>',
          kind: 'party',
        },
        now,
      ),
    ).toEqual({
      view: 'month',
      when: 'upcoming',
      month: { year: Y, month: 3 },
      page: 1,
      country: 'TH',
      theme: undefined,
      kind: undefined,
    })
  })
})

describe('the iCalendar feed', () => {
  it('should be a valid calendar of published events only, named in the visitor’s language', async () => {
    const { response, text } = await fetchCalendar('en')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const { calendar, summaries } = parse(text)
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(summaries).toEqual([
      'A dialogue long past',
      'Bangkok training on recruitment',
      'Midnight in Yangon',
      'Webinar from Yangon',
    ])
    expect(text).not.toContain('Secret draft')
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Labour Migration Community of Practice — Events',
    )

    const thai = await readCalendar('th')
    expect(thai.calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/^ชุมชนนักปฏิบัติ.*กิจกรรม$/)
    expect(thai.summaries).toContain('สัมมนาออนไลน์จากย่างกุ้ง')
  })

  it('should carry each event’s time zone with a VTIMEZONE, and the right start time there', async () => {
    const { calendar, bySummary } = await readCalendar('en')
    const zones = calendar
      .getAllSubcomponents('vtimezone')
      .map((zone) => zone.getFirstPropertyValue('tzid'))
    expect(zones.sort()).toEqual(['Asia/Bangkok', 'Asia/Yangon'])
    const yangon = bySummary('Webinar from Yangon')!
    const start = yangon.getFirstProperty('dtstart')!
    expect(start.getParameter('tzid')).toBe('Asia/Yangon')
    const event = new ICAL.Event(yangon)
    expect([event.startDate.hour, event.startDate.minute]).toEqual([14, 0])
    expect(event.startDate.toJSDate().toISOString()).toBe(`${Y}-03-15T07:30:00.000Z`)
    expect(event.endDate.toJSDate().toISOString()).toBe(`${Y}-03-15T09:30:00.000Z`)
    const bangkok = new ICAL.Event(bySummary('Bangkok training on recruitment')!)
    expect([
      bangkok.startDate.day,
      bangkok.startDate.hour,
      bangkok.endDate.day,
      bangkok.endDate.hour,
    ]).toEqual([10, 9, 12, 17])
  })

  it('should link each event back to its page and describe it', async () => {
    const { bySummary } = await readCalendar('en')
    const yangon = bySummary('Webinar from Yangon')!
    expect(yangon.getFirstPropertyValue('url')).toBe(`${SITE}/en/events/yangon-webinar`)
    expect(String(yangon.getFirstPropertyValue('description'))).toMatch(
      /^An online hour on domestic workers’ contracts\./,
    )
    expect(yangon.getFirstPropertyValue('location')).toBe('https://meet.example.org/yangon')
    expect(yangon.getFirstPropertyValue('categories')).toBe('Webinar')
    expect(yangon.getFirstPropertyValue('dtstamp')).toBeTruthy()
    const training = bySummary('Bangkok training on recruitment')!
    expect(training.getFirstPropertyValue('location')).toBe('Bangkok, Thailand')
    expect(training.getFirstPropertyValue('categories')).toBe('Training')
  })

  it('should keep an event’s UID across downloads and languages', async () => {
    const uid = ({ events }: { events: ICAL.Component[] }) =>
      events
        .find((event) => String(event.getFirstPropertyValue('url')).endsWith('/yangon-webinar'))
        ?.getFirstPropertyValue('uid')
    const [first, again, thai] = await Promise.all([
      readCalendar('en'),
      readCalendar('en'),
      readCalendar('th'),
    ])
    expect(uid(first)).toMatch(/^event-\d+@cop\.example\.org$/)
    expect(uid(again)).toBe(uid(first))
    expect(uid(thai)).toBe(uid(first))
  })

  it('should narrow to a country by ISO code and to a theme by slug', async () => {
    expect((await readCalendar('en', '?country=MM')).summaries).toEqual([
      'Midnight in Yangon',
      'Webinar from Yangon',
    ])
    expect((await readCalendar('en', '?country=th')).summaries).toEqual([
      'A dialogue long past',
      'Bangkok training on recruitment',
    ])
    const theme = await readCalendar('en', '?theme=fair-recruitment')
    expect(theme.summaries).toEqual(['A dialogue long past', 'Bangkok training on recruitment'])
    expect(theme.calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Labour Migration Community of Practice — Events: Fair recruitment',
    )
    expect((await readCalendar('en', '?country=TH&theme=domestic-workers')).events).toEqual([])
  })

  it('should answer an unknown country or theme with a plain-text 404, never a 500', async () => {
    for (const search of [
      '?country=ZZ',
      '?theme=no-such-theme',
      '?country=%3Cscript%3E',
      '?theme=%E0%B8%81',
    ]) {
      const { response, text } = await fetchCalendar('en', search)
      expect(response.status, search).toBe(404)
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(text.length).toBeGreaterThan(0)
    }
    expect((await fetchCalendar('en', '?country=ZZ')).text).toMatch(/No country has the code “ZZ”/)
    expect((await fetchCalendar('xx')).response.status).toBe(404)
  })

  it('should build the feed as an anonymous visitor whatever the caller', async () => {
    const feed = await data.eventsForCalendarFeed({})
    expect(feed.ok).toBe(true)
    if (!feed.ok) return
    expect(feed.events.map((event) => event.slug)).toEqual([
      'yangon-first-of-april',
      'yangon-webinar',
      'bangkok-training',
      'past-dialogue',
    ])
    // An editor, who reads drafts everywhere else, subscribes to the same public feed.
    const editor = await payload.create({
      collection: 'users',
      data: {
        email: 'feed-editor@example.org',
        password: 'a-long-password-1',
        name: 'Feed Editor',
        roles: ['staff'],
        membershipStatus: 'approved',
        _verified: true,
      },
      overrideAccess: true,
      context: ctx,
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'a-long-password-1' },
    })
    expect(token).toBeTruthy()
    const anonymous = await readCalendar('en')
    const signedIn = await readCalendar('en', '', {
      Authorization: `JWT ${token}`,
      Cookie: `payload-token=${token}`,
    })
    expect(signedIn.summaries).toEqual([
      'A dialogue long past',
      'Bangkok training on recruitment',
      'Midnight in Yangon',
      'Webinar from Yangon',
    ])
    const withoutStamps = (text: string) => text.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP')
    expect(withoutStamps(signedIn.text)).toBe(withoutStamps(anonymous.text))
    expect(signedIn.text).not.toContain('Secret draft')
  })
})

describe('one event as an .ics file', () => {
  const download = (locale: string, slug: string) =>
    eventFile(new Request(`${SITE}/${locale}/events/${slug}/event.ics`), {
      params: Promise.resolve({ locale, slug }),
    })

  it('should download one event with its time zone and a link to its page', async () => {
    const response = await download('en', 'yangon-webinar')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="yangon-webinar.ics"',
    )
    const { calendar, events } = parse(await response.text())
    expect(events).toHaveLength(1)
    expect(
      calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
    ).toEqual(['Asia/Yangon'])
    expect(events[0].getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Yangon')
    expect(new ICAL.Event(events[0]).startDate.hour).toBe(14)
    expect(events[0].getFirstPropertyValue('url')).toBe(`${SITE}/en/events/yangon-webinar`)
  })

  it('should refuse a draft and an unknown event with a 404', async () => {
    expect((await download('en', 'secret-draft')).status).toBe(404)
    expect((await download('en', 'no-such-event')).status).toBe(404)
  })
})
