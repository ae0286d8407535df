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
    expectReadable400(response, /file type|not allowed|invalid/i)
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

  it('should answer a filter with a nonsensical value without a server error', async () => {
    const response = await http.rest('GET', '/resources?where[year][greater_than]=not-a-year', {
      token,
    })
    expect(response.status).toBeLessThan(500)
  })
})
