import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpClient, type HttpResult } from '../helpers/http'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, tokenFor } from '../helpers/people'
import { PNG_PIXEL } from '../helpers/samples'

/** Bad input is answered with a 400 a person can act on, never a 500 or a stack trace. */
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let token: string | undefined
let memberToken: string | undefined
let themeId: number | string

const messages = (response: HttpResult): string =>
  (response.body?.errors ?? [])
    .flatMap((error: { message: string; data?: { errors?: { message: string }[] } }) => [
      error.message,
      ...(error.data?.errors ?? []).map((fieldError) => fieldError.message),
    ])
    .join(' | ')

function expectReadable400(response: HttpResult, pattern: RegExp) {
  expect(response.status, response.text).toBe(400)
  expect(messages(response)).toMatch(pattern)
  expect(response.text).not.toMatch(/\bat .+\.(ts|js):\d+/)
}

beforeAll(async () => {
  portal = await bootPortal('validation')
  payload = portal.payload
  const themes = await createThemes(payload)
  themeId = themes.moderated.id
  const cast = await createCast(payload, themes.moderated)
  token = await tokenFor(payload, cast.staff)
  memberToken = await tokenFor(payload, cast.member)
  http = httpClient(portal.config)
})
afterAll(async () => portal?.close())

describe('events', () => {
  it('should refuse an event that ends before it starts', async () => {
    const response = await http.rest('POST', '/events', {
      token,
      json: {
        title: 'Backwards webinar',
        kind: 'webinar',
        start: '2026-12-01T10:00:00.000Z',
        start_tz: 'Asia/Bangkok',
        end: '2026-12-01T08:00:00.000Z',
        end_tz: 'Asia/Bangkok',
        mode: 'online',
        summary: 'Ends before it starts.',
        themes: [themeId],
      },
    })
    expectReadable400(response, /The event must end after it starts/)
    expect((await payload.count({ collection: 'events', overrideAccess: true })).totalDocs).toBe(0)
  })
})

describe('uploads', () => {
  it('should refuse an HTML file disguised as a document', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob(['<script>alert(1)</script>'], { type: 'text/html' }),
      'report.html',
    )
    form.append('_payload', JSON.stringify({ alt: 'Not a report' }))
    const response = await http.rest('POST', '/media', { token, form })
    // Refused by the portal's own check of the bytes (src/uploads/checkUpload.ts), which says
    // what the file is and what to upload instead.
    expectReadable400(response, /^Files ending in \.html are not allowed/)
    expect(messages(response)).toBe(
      'Files ending in .html are not allowed, and this one is HTML. Upload PDF, Word, PowerPoint, Excel, CSV, JPEG, PNG or WebP files.',
    )
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('should accept a PNG image', async () => {
    const form = new FormData()
    form.append('file', new Blob([PNG_PIXEL], { type: 'image/png' }), 'pixel.png')
    form.append('_payload', JSON.stringify({ alt: 'A pixel' }))
    const response = await http.rest('POST', '/media', { token, form })
    expect(response.status, response.text).toBe(201)
    expect(response.body.doc.visibility).toBe('editors')
  })
})

describe('required fields and formats', () => {
  it('should refuse a resource without a title, naming the field', async () => {
    const response = await http.rest('POST', '/resources', {
      token,
      json: {
        kind: 'tool',
        summary: 'No title',
        editions: [{ language: 'en', title: 'x', externalUrl: 'https://www.ilo.org/' }],
        themes: [themeId],
      },
    })
    expectReadable400(response, /title in English/)
  })

  it('should refuse an edition with neither a file nor a link', async () => {
    const response = await http.rest('POST', '/resources', {
      token,
      json: {
        title: 'Paralegal manual',
        kind: 'manual',
        summary: 'A manual.',
        editions: [{ language: 'my', title: 'Manual' }],
        themes: [themeId],
      },
    })
    expectReadable400(response, /needs an uploaded file or a link/)
  })

  it('should refuse two editions in the same language', async () => {
    const edition = { language: 'th', title: 'คู่มือ', externalUrl: 'https://www.ilo.org/' }
    const response = await http.rest('POST', '/resources', {
      token,
      json: {
        title: 'Manual',
        kind: 'manual',
        summary: 'A manual.',
        editions: [edition, edition],
        themes: [themeId],
      },
    })
    expectReadable400(response, /one edition per language/)
  })

  it('should refuse a link that is not a web address', async () => {
    const response = await http.rest('POST', '/resources', {
      token,
      json: {
        title: 'Manual',
        kind: 'manual',
        summary: 'A manual.',
        editions: [{ language: 'en', title: 'M', externalUrl: 'javascript:alert(1)' }],
        themes: [themeId],
      },
    })
    expectReadable400(response, /full web address/)
  })

  it('should refuse a country code that is not ISO 3166', async () => {
    const response = await http.rest('POST', '/countries', {
      token,
      json: { name: 'Thailand', iso: 'Thailand', region: 'south-east-asia', role: 'destination' },
    })
    expectReadable400(response, /two-letter ISO/)
  })

  it('should refuse a second figure for the same indicator, place, year and sex', async () => {
    const figure = {
      indicator: 'migrant-workers',
      region: 'arab-states',
      year: 2019,
      sex: 'total',
      value: 24.1,
      unit: 'millions of persons',
    }
    expect((await http.rest('POST', '/statistics', { token, json: figure })).status).toBe(201)
    const duplicate = await http.rest('POST', '/statistics', {
      token,
      json: { ...figure, value: 99 },
    })
    expect(duplicate.status).toBe(400)
    expect(messages(duplicate)).toMatch(/unique/i)
  })

  it('should refuse a figure attached to both a country and a region', async () => {
    const country = await payload.create({
      collection: 'countries',
      data: { name: 'Jordan', iso: 'JO', region: 'arab-states', role: 'destination' },
      overrideAccess: true,
    })
    const response = await http.rest('POST', '/statistics', {
      token,
      json: {
        indicator: 'migrant-workers',
        region: 'arab-states',
        country: country.id,
        year: 2019,
        sex: 'male',
        value: 19.9,
        unit: 'millions of persons',
      },
    })
    expectReadable400(response, /either a country or a region/)
  })

  it('should refuse a filter with a nonsensical value, naming it', async () => {
    const response = await http.rest('GET', '/resources?where[year][greater_than]=not-a-year', {
      token,
    })
    expectReadable400(response, /where\[year\]\[greater_than\]: "not-a-year" is not a number/)
  })
})

/** The failed writes found at the API edge: each is a 400 that names the field, and leaves nothing. */
describe('writes that would have been half-written', () => {
  const news = () => ({
    title: `Labour news ${Math.random().toString(36).slice(2)}`,
    date: '2026-03-01',
    kind: 'country-news',
    summary: 'Recruitment fees were cut.',
    themes: [themeId],
  })
  const resource = () => ({
    title: `Handbook ${Math.random().toString(36).slice(2)}`,
    kind: 'manual',
    summary: 'A handbook.',
    editions: [{ language: 'en', title: 'Handbook', externalUrl: 'https://www.ilo.org/' }],
    themes: [themeId],
  })
  const event = () => ({
    title: `Dialogue ${Math.random().toString(36).slice(2)}`,
    kind: 'dialogue',
    start: '2026-12-01T02:00:00.000Z',
    start_tz: 'Asia/Bangkok',
    end: '2026-12-01T04:00:00.000Z',
    end_tz: 'Asia/Bangkok',
    mode: 'online',
    summary: 'A regional dialogue.',
  })

  const cases: [string, string, () => Record<string, unknown>, RegExp][] = [
    [
      'a list in a text field',
      '/news',
      () => ({ ...news(), summary: [1, 2] }),
      /invalid: summary \| Send text here, not a list/,
    ],
    [
      'a number for a list of themes',
      '/news',
      () => ({ ...news(), themes: 123 }),
      /invalid: themes \| Send a list of ids here, not a number/,
    ],
    [
      'a theme that does not exist',
      '/news',
      () => ({ ...news(), themes: [999999] }),
      /invalid: themes\.0 \| There is no record 999999 in themes/,
    ],
    [
      'an object title, a date that is no date and a number kind, as a draft',
      '/news?draft=true',
      () => ({ title: { x: 1 }, date: 'nope', kind: 7 }),
      /title, date, kind \| Send text here, not an object\. \| Send a real date.* \| Choose one of the options/,
    ],
    [
      '30 February',
      '/news',
      () => ({ ...news(), date: '2026-02-30' }),
      /invalid: date \| Send a real date/,
    ],
    [
      'a 1.1 MB summary, as a draft',
      '/news?draft=true',
      () => ({ ...news(), summary: 'x'.repeat(1_100_000) }),
      /invalid: summary \| This is 1100000 characters long; the most is 600/,
    ],
    [
      'an edition pointing at a file that does not exist',
      '/resources',
      () => ({ ...resource(), editions: [{ language: 'en', title: 'x', file: 999999 }] }),
      /invalid: editions\.0\.file \| There is no record 999999 in media/,
    ],
    [
      'a time zone on Mars',
      '/events',
      () => ({ ...event(), start_tz: 'Mars/Olympus' }),
      /invalid: start_tz \| Choose one of the options/,
    ],
    [
      'a path for a time zone',
      '/events',
      () => ({ ...event(), end_tz: '../../etc/passwd' }),
      /invalid: end_tz \| Choose one of the options/,
    ],
    [
      'a script for a time zone',
      '/events?draft=true',
      () => ({ ...event(), start_tz: '<script>' }),
      /invalid: start_tz \| Choose one of the options/,
    ],
    [
      'a language outside the seven',
      '/news?locale=xx',
      () => news(),
      /locale must be one of en, th, km, lo, my, vi, id/,
    ],
    ['all languages at once', '/news?locale=all', () => news(), /Save one language at a time/],
  ]
  for (const [what, path, body, message] of cases) {
    it(`should refuse ${what} with a 400 and store nothing`, async () => {
      const collection = path.slice(1).split('?')[0] as 'news' | 'resources' | 'events'
      const before = await payload.count({ collection, overrideAccess: true })
      const versions = await payload.countVersions({ collection, overrideAccess: true })
      const response = await http.rest('POST', path, { token, json: body() })
      expectReadable400(response, message)
      expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(
        before.totalDocs,
      )
      expect((await payload.countVersions({ collection, overrideAccess: true })).totalDocs).toBe(
        versions.totalDocs,
      )
    })
  }

  it('should refuse an update that empties the creation date, and keep the record as it was', async () => {
    const created = await http.rest('POST', '/news', { token, json: news() })
    expect(created.status, created.text).toBe(201)
    const response = await http.rest('PATCH', `/news/${created.body.doc.id}`, {
      token,
      json: { createdAt: null, title: 'Changed' },
    })
    expectReadable400(response, /invalid: createdAt \| Leave this out: the server keeps it/)
    const stored = await payload.findByID({
      collection: 'news',
      id: created.body.doc.id,
      overrideAccess: true,
    })
    expect(stored.title).toBe(created.body.doc.title)
    expect(stored.createdAt).toBe(created.body.doc.createdAt)
  })

  it('should refuse a failed draft update without writing a version', async () => {
    const created = await http.rest('POST', '/news', { token, json: news() })
    expect(created.status, created.text).toBe(201)
    const id = created.body.doc.id
    const versions = async () =>
      (
        await payload.countVersions({
          collection: 'news',
          where: { parent: { equals: id } },
          overrideAccess: true,
        })
      ).totalDocs
    expect(await versions()).toBe(1)
    const response = await http.rest('PATCH', `/news/${id}?draft=true`, {
      token,
      json: { summary: [1, 2] },
    })
    expectReadable400(response, /invalid: summary \| Send text here/)
    expect(await versions()).toBe(1)
  })

  it('should refuse a sign-up naming a theme that does not exist, and create no account', async () => {
    const users = await payload.count({ collection: 'users', overrideAccess: true })
    const response = await http.rest('POST', '/users', {
      json: {
        email: 'applicant@example.org',
        password: 'a long enough password',
        name: 'Applicant',
        themesOfInterest: [999999],
      },
    })
    expectReadable400(
      response,
      /invalid: themesOfInterest\.0 \| There is no record 999999 in themes/,
    )
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(
      users.totalDocs,
    )
  })

  it('should refuse a 1.1 MB e-mail address at sign-up', async () => {
    const response = await http.rest('POST', '/users', {
      json: {
        email: `${'x'.repeat(1_100_000)}@example.org`,
        password: 'a long enough password',
        name: 'Applicant',
      },
    })
    expectReadable400(
      response,
      /invalid: email \| This is 1100012 characters long; the most is 254/,
    )
  })

  it('should give a copy of a record new edition ids, and leave the original whole', async () => {
    const original = await http.rest('POST', '/resources', { token, json: resource() })
    expect(original.status, original.text).toBe(201)
    const editionId = original.body.doc.editions[0].id
    const copy = await http.rest('POST', '/resources', {
      token,
      json: { ...resource(), editions: original.body.doc.editions },
    })
    expect(copy.status, copy.text).toBe(201)
    expect(copy.body.doc.editions[0].id).not.toBe(editionId)
    const patched = await http.rest('PATCH', `/resources/${copy.body.doc.id}`, {
      token,
      json: {
        editions: [...copy.body.doc.editions, { ...original.body.doc.editions[0], language: 'th' }],
      },
    })
    expect(patched.status, patched.text).toBe(200)
    expect(patched.body.doc.editions.map((row: { id: string }) => row.id)).not.toContain(editionId)
    const reread = await payload.findByID({
      collection: 'resources',
      id: original.body.doc.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(reread.editions.map((row) => row.id)).toEqual([editionId])
  })
})

describe('malformed requests', () => {
  const cases: [string, () => Promise<HttpResult>, number, RegExp][] = [
    [
      'a where that is not JSON',
      () => http.rest('GET', '/news?where=notjson', { token }),
      400,
      /where must be a JSON object/,
    ],
    [
      'an id list with a word in it',
      () => http.rest('GET', '/news?where[id][in]=1,x', { token }),
      400,
      /"x" is not a record id/,
    ],
    [
      'a sort with two dashes',
      () => http.rest('GET', '/news?sort=--id', { token }),
      400,
      /sort takes field names/,
    ],
    [
      'a negative limit',
      () => http.rest('GET', '/news?limit=-1', { token }),
      400,
      /limit must be a whole number from 0 to 1000/,
    ],
    [
      'page zero',
      () => http.rest('GET', '/news?page=0', { token }),
      400,
      /page must be a whole number from 1/,
    ],
    [
      'a depth that is no number',
      () => http.rest('GET', '/news?depth=deep', { token }),
      400,
      /depth must be a whole number from 0 to 10/,
    ],
    [
      'a body that is a string',
      () => http.raw('POST', '/news', { token, contentType: 'application/json', body: '"news"' }),
      400,
      /Send the body as a JSON object/,
    ],
    [
      'a body that is not JSON',
      () =>
        http.raw('POST', '/news', { token, contentType: 'application/json', body: '{"title":' }),
      400,
      /not valid JSON/,
    ],
    [
      'a plain-text body',
      () => http.raw('POST', '/news', { token, contentType: 'text/plain', body: 'hello' }),
      415,
      /Send JSON/,
    ],
    [
      'a multipart body without a boundary',
      () => http.raw('POST', '/media', { token, contentType: 'multipart/form-data', body: 'abc' }),
      400,
      /boundary/,
    ],
    [
      'an id that cannot be one',
      () => http.rest('DELETE', '/news/abc', { token }),
      404,
      /not found/i,
    ],
    [
      'a GraphQL fragment that spreads itself',
      () =>
        http.graphql('fragment A on NewsItem { id ...A } query { News { docs { ...A } } }', {
          token,
        }),
      400,
      /Fragment "A" spreads itself/,
    ],
    [
      'a GraphQL body that is not JSON',
      () => http.rawGraphql('not json', { token }),
      400,
      /not valid JSON/,
    ],
    [
      'a negative GraphQL limit',
      () => http.graphql('query { News(limit: -1) { docs { id } } }', { token }),
      400,
      /limit must be from 0 to 1000/,
    ],
  ]
  for (const [what, send, status, message] of cases) {
    it(`should answer ${what} with a ${status} that says so`, async () => {
      const response = await send()
      expect(response.status, response.text).toBe(status)
      expect(messages(response) || response.body?.message).toMatch(message)
      expect(response.text).not.toMatch(/\bat .+\.(ts|js):\d+/)
    })
  }
})

describe('every language at once (locale=all)', () => {
  it('should list and read a members-only work for a visitor, without its description', async () => {
    const { paragraphsToRichText } = await import('@/seed/lexical')
    const work = await payload.create({
      collection: 'resources',
      data: {
        title: 'Members-only guide',
        kind: 'manual',
        summary: 'For members.',
        description: paragraphsToRichText(['Only members read this.']),
        editions: [{ language: 'en', title: 'Guide', externalUrl: 'https://www.ilo.org/' }],
        visibility: 'members',
        themes: [themeId],
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const list = await http.rest('GET', '/resources?locale=all')
    expect(list.status, list.text).toBe(200)
    const listed = list.body.docs.find((doc: { id: number }) => doc.id === work.id)
    expect(listed.title).toEqual({ en: 'Members-only guide' })
    expect(listed).not.toHaveProperty('description')
    const one = await http.rest('GET', `/resources/${work.id}?locale=all`)
    expect(one.status, one.text).toBe(200)
    expect(one.body).not.toHaveProperty('description')
    expect(one.body.editions[0]).not.toHaveProperty('externalUrl')
    const asMember = await http.rest('GET', `/resources/${work.id}?locale=all`, {
      token: memberToken,
    })
    expect(asMember.status).toBe(200)
    expect(JSON.stringify(asMember.body.description.en)).toContain('Only members read this.')
  })
})
