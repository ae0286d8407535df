import type { CollectionSlug, Payload } from 'payload'

import type { Country, Theme } from '@/payload-types'

export type SampleContext = { theme: Theme; country: Country }

let counter = 0
const next = () => ++counter

/** A distinct two-letter code per sample (676 of them; test databases start empty). */
function privateIsoCode(n: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  return `${letters[Math.floor(n / 26) % 26]}${letters[n % 26]}`
}

/** A 1×1 PNG: the smallest real image, for upload tests. */
export const PNG_PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** Valid data for a new document of each collection, tagged with `theme` where themes apply. */
export function sampleData(
  collection: CollectionSlug,
  { theme, country }: SampleContext,
): Record<string, unknown> {
  const n = next()
  const themes = [theme.id]
  switch (collection) {
    case 'themes':
      return { title: `Theme ${n}`, slug: `theme-${n}`, summary: 'A theme for tests.' }
    case 'countries':
      return {
        name: `Testland ${n}`,
        iso: privateIsoCode(n),
        region: 'south-east-asia',
        role: 'origin',
      }
    case 'resources':
      return {
        title: `Guide ${n}`,
        slug: `guide-${n}`,
        kind: 'tool',
        summary: 'A guide for tests.',
        editions: [{ language: 'en', title: `Guide ${n}`, externalUrl: 'https://www.ilo.org/' }],
        visibility: 'public',
        themes,
        _status: 'published',
      }
    case 'news':
      return {
        title: `News ${n}`,
        slug: `news-${n}`,
        date: '2026-11-01T00:00:00.000Z',
        kind: 'country-news',
        summary: 'Something happened.',
        themes,
        _status: 'published',
      }
    case 'events':
      return {
        title: `Event ${n}`,
        slug: `event-${n}`,
        kind: 'webinar',
        start: '2026-12-01T02:00:00.000Z',
        start_tz: 'Asia/Bangkok',
        end: '2026-12-01T04:00:00.000Z',
        end_tz: 'Asia/Bangkok',
        mode: 'online',
        summary: 'A webinar.',
        themes,
        _status: 'published',
      }
    case 'projects':
      return { title: `Project ${n}`, code: `TEST-${n}`, status: 'ongoing', themes }
    case 'statistics':
      return {
        indicator: 'migrant-workers',
        region: 'south-east-asia',
        year: 1950 + n,
        sex: 'total',
        value: n,
        unit: 'millions of persons',
      }
    case 'resource-centres':
      return {
        name: `Centre ${n}`,
        slug: `centre-${n}`,
        operator: 'A union',
        country: country.id,
        place: 'Bangkok',
      }
    case 'organisations':
      return { name: `Organisation ${n}`, kind: 'trade-union' }
    default:
      throw new Error(`No sample data for ${collection}`)
  }
}

/** Creates a document with authority, as staff would through the admin panel. */
export async function createSample(
  payload: Payload,
  collection: CollectionSlug,
  context: SampleContext,
  overrides: Record<string, unknown> = {},
) {
  if (collection === 'media') return createMedia(payload, overrides)
  return payload.create({
    collection,
    data: { ...sampleData(collection, context), ...overrides } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

export async function createMedia(payload: Payload, overrides: Record<string, unknown> = {}) {
  const n = next()
  return payload.create({
    collection: 'media',
    data: { alt: `Pixel ${n}`, visibility: 'public', ...overrides } as never,
    file: {
      data: PNG_PIXEL,
      mimetype: 'image/png',
      name: `pixel-${n}.png`,
      size: PNG_PIXEL.length,
    },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}
