import type { CollectionSlug, Payload } from 'payload'

import type { Country, Theme } from '@/payload-types'

import { storedZip } from './zip'

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

/**
 * A one-page PDF that PDF readers open: four objects and a cross-reference table whose byte
 * offsets are computed, as the format requires.
 */
export const MINIMAL_PDF = (() => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const offset = pdf.length
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
    return offset
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
})()

/** The smallest Word document: the three parts of an Office Open XML package Word needs. */
export const MINIMAL_DOCX = storedZip({
  // First, as Word writes it: file-type identifies the package from this part.
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '</Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '</Relationships>',
  'word/document.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:body><w:p><w:r><w:t>Guide for migrant workers</w:t></w:r></w:p></w:body>' +
    '</w:document>',
})

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
    case 'invitations':
      return { email: `invitee-${n}@example.org`, name: `Invitee ${n}`, language: 'en' }
    case 'audit-log':
      return { action: 'roles-changed', reason: `Audit sample ${n}`, details: { n } }
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
