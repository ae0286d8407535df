import fs from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpClient, type HttpResult } from '../helpers/http'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, tokenFor } from '../helpers/people'
import { MINIMAL_DOCX, MINIMAL_PDF, PNG_PIXEL } from '../helpers/samples'
import { storedZip } from '../helpers/zip'

/**
 * Uploads are judged by their bytes, not by their name or the type the browser declares, and
 * are served as what they are: a file a browser could run is refused, and whatever is not a
 * picture or a PDF downloads instead of opening.
 */
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let token: string | undefined

beforeAll(async () => {
  portal = await bootPortal('uploads')
  payload = portal.payload
  http = httpClient(portal.config)
  const themes = await createThemes(payload)
  const cast = await createCast(payload, themes.moderated)
  token = await tokenFor(payload, cast.staff)
}, 120_000)
afterAll(async () => portal?.close())

const SCRIPTED_HTML =
  '<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>'
const SCRIPTED_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
const THAI_CSV = 'ประเทศ,แรงงานข้ามชาติ\nไทย,3900000\nกัมพูชา,1200000\n'
/** The start of a 64-bit Linux program. */
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)])
/** "ประเทศ,ไทย" in TIS-620, the Thai code page Excel uses for plain "CSV" on a Thai Windows. */
const TIS620_CSV = Buffer.from([0xbb, 0xc3, 0xd0, 0xe0, 0xb7, 0xc8, 0x2c, 0xe4, 0xb7, 0xc2, 0x0a])

function upload(content: string | Uint8Array, filename: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(content)], { type }), filename)
  form.append('_payload', JSON.stringify({ alt: filename }))
  return form
}

const messageOf = (response: HttpResult): string =>
  (response.body?.errors ?? []).map((error: { message: string }) => error.message).join(' | ')

const mediaRows = async () =>
  (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs

const storedFiles = (): string[] => {
  const dir = process.env.UPLOADS_DIR as string
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
}

async function expectRefusedAndNothingStored(send: () => Promise<HttpResult>, message: RegExp) {
  const rowsBefore = await mediaRows()
  const filesBefore = storedFiles()
  const response = await send()
  expect(response.status, response.text).toBe(400)
  expect(messageOf(response)).toMatch(message)
  expect(messageOf(response)).not.toMatch(/something went wrong/i)
  expect(await mediaRows()).toBe(rowsBefore)
  expect(storedFiles()).toEqual(filesBefore)
}

describe('refused uploads', () => {
  it.each([
    {
      what: 'an HTML file named .csv',
      form: () => upload(SCRIPTED_HTML, 'figures.csv', 'text/csv'),
      message:
        /^This file is not a CSV file: its contents are HTML\. Upload PDF, Word, PowerPoint, Excel, CSV, JPEG, PNG or WebP files\.$/,
    },
    {
      what: 'an HTML file named .pdf',
      form: () => upload(SCRIPTED_HTML, 'report.pdf', 'application/pdf'),
      message: /^This file is not a PDF: its contents are HTML\./,
    },
    {
      what: 'a CSV whose second line carries a script',
      form: () => upload('name,notes\nx,<script>alert(1)</script>\n', 'notes.csv', 'text/csv'),
      message: /not a CSV file: its contents are HTML/,
    },
    {
      what: 'an SVG with a script named .svg',
      form: () => upload(SCRIPTED_SVG, 'logo.svg', 'image/svg+xml'),
      message: /^Files ending in \.svg are not allowed, and this one is an SVG image\. Upload PDF/,
    },
    {
      what: 'an SVG with a script named .png',
      form: () => upload(SCRIPTED_SVG, 'logo.png', 'image/png'),
      message: /^This file is not a PNG image: its contents are an SVG image\./,
    },
    {
      what: 'an SVG with an XML declaration named .jpg',
      form: () => upload(`<?xml version="1.0"?>${SCRIPTED_SVG}`, 'logo.jpg', 'image/jpeg'),
      message: /^This file is not a JPEG image: its contents are an SVG image\./,
    },
    {
      what: 'a PNG declared as a PDF',
      form: () => upload(PNG_PIXEL, 'scan.pdf', 'application/pdf'),
      message:
        /^This file is not a PDF: its contents are a PNG image\. Rename it to end in \.png and upload it again\.$/,
    },
    {
      what: 'a program named .pdf',
      form: () => upload(ELF, 'guide.pdf', 'application/pdf'),
      message: /^This file is not a PDF: its contents are a program \(ELF executable\)\./,
    },
    {
      what: 'a ZIP archive that is not an Office file, named .docx',
      form: () =>
        upload(
          storedZip({ 'index.html': SCRIPTED_HTML }),
          'guide.docx',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ),
      message: /^This file is not a Word document: its contents are a ZIP archive\./,
    },
    {
      what: 'an empty file',
      form: () => upload('', 'empty.csv', 'text/csv'),
      message: /^This file is empty\. Upload PDF/,
    },
    {
      what: 'a CSV that is not UTF-8',
      form: () => upload(TIS620_CSV, 'figures.csv', 'text/csv'),
      message: /not UTF-8 text.*“CSV UTF-8 \(Comma delimited\)”/,
    },
  ])(
    'should refuse $what with a 400 and a message, and store nothing',
    async ({ form, message }) => {
      await expectRefusedAndNothingStored(
        () => http.rest('POST', '/media', { token, form: form() }),
        message,
      )
    },
  )

  it('should refuse a file given as a web address for the portal to fetch', async () => {
    await expectRefusedAndNothingStored(
      () =>
        http.rest('POST', '/media', {
          token,
          json: { alt: 'Remote', filename: 'remote.csv', url: 'https://example.org/page.html' },
        }),
      /does not fetch files from web addresses/,
    )
  })

  it('should refuse a disguised file from trusted server code too', async () => {
    const rowsBefore = await mediaRows()
    const data = Buffer.from(SCRIPTED_HTML)
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Seeded', visibility: 'public' },
        file: { data, mimetype: 'text/csv', name: 'seeded.csv', size: data.length },
        overrideAccess: true,
        context: { disableRevalidate: true },
      }),
    ).rejects.toThrow(/not a CSV file: its contents are HTML/)
    expect(await mediaRows()).toBe(rowsBefore)
  })

  it('should refuse a disguised replacement file and keep the stored one', async () => {
    const created = await http.rest('POST', '/media', {
      token,
      form: upload(PNG_PIXEL, 'portrait.png', 'image/png'),
    })
    expect(created.status, created.text).toBe(201)
    const filesBefore = storedFiles()
    const response = await http.rest('PATCH', `/media/${created.body.doc.id}`, {
      token,
      form: upload(SCRIPTED_SVG, 'portrait.png', 'image/png'),
    })
    expect(response.status, response.text).toBe(400)
    expect(messageOf(response)).toMatch(/not a PNG image: its contents are an SVG image/)
    expect(storedFiles()).toEqual(filesBefore)
    const stored = await payload.findByID({
      collection: 'media',
      id: created.body.doc.id,
      overrideAccess: true,
    })
    expect(stored.filename).toBe(created.body.doc.filename)
    expect(stored.mimeType).toBe('image/png')
  })
})

describe('accepted uploads', () => {
  it.each([
    { what: 'a PDF', content: MINIMAL_PDF, filename: 'guide.pdf', declared: 'application/pdf' },
    { what: 'a PNG image', content: PNG_PIXEL, filename: 'pixel.png', declared: 'image/png' },
    // Windows browsers declare .csv files as Excel sheets.
    {
      what: 'a CSV in Thai',
      content: THAI_CSV,
      filename: 'thai-figures.csv',
      declared: 'application/vnd.ms-excel',
    },
    {
      what: 'a Word document',
      content: MINIMAL_DOCX,
      filename: 'guide.docx',
      declared: 'application/octet-stream',
    },
  ])(
    'should accept $what with a 201 and store it with its true type',
    async ({ content, filename, declared }) => {
      const truth: Record<string, string> = {
        pdf: 'application/pdf',
        png: 'image/png',
        csv: 'text/csv',
        docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }
      const response = await http.rest('POST', '/media', {
        token,
        form: upload(content, filename, declared),
      })
      expect(response.status, response.text).toBe(201)
      const { doc } = response.body
      expect(doc.mimeType).toBe(truth[filename.split('.').pop() as string])
      expect(doc.filesize).toBe(Buffer.from(content).length)
      expect(storedFiles()).toContain(doc.filename)
    },
  )
  it('should let an editor duplicate a stored file, which was checked when it came', async () => {
    const created = await http.rest('POST', '/media', {
      token,
      form: upload(MINIMAL_PDF, 'original.pdf', 'application/pdf'),
    })
    expect(created.status, created.text).toBe(201)
    const copy = await http.rest('POST', `/media/${created.body.doc.id}/duplicate`, {
      token,
      json: {},
    })
    // Payload's duplicate endpoint answers 200, not 201.
    expect(copy.status, copy.text).toBe(200)
    expect(copy.body.doc.mimeType).toBe('application/pdf')
    expect(copy.body.doc.filename).not.toBe(created.body.doc.filename)
  })
})

describe('served files', () => {
  async function uploadAndFetch(content: string | Uint8Array, filename: string, type: string) {
    const created = await http.rest('POST', '/media', {
      token,
      form: upload(content, filename, type),
    })
    expect(created.status, created.text).toBe(201)
    const served = await http.rest(
      'GET',
      `/media/file/${encodeURIComponent(created.body.doc.filename)}`,
      {
        token,
      },
    )
    expect(served.status, served.text).toBe(200)
    expect(served.headers.get('X-Content-Type-Options')).toBe('nosniff')
    return { served, stored: created.body.doc.filename as string }
  }

  it('should serve a CSV as UTF-8 text/csv to download, never to open', async () => {
    const { served, stored } = await uploadAndFetch(THAI_CSV, 'served.csv', 'text/csv')
    expect(served.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(served.headers.get('Content-Disposition')).toBe(`attachment; filename="${stored}"`)
    expect(served.text).toBe(THAI_CSV)
  })

  it('should serve a Word document as itself, to download', async () => {
    const { served } = await uploadAndFetch(MINIMAL_DOCX, 'served.docx', 'application/msword')
    expect(served.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(served.headers.get('Content-Disposition')).toMatch(/^attachment; filename="served/)
  })

  it('should let a PDF and a PNG open in the browser', async () => {
    const pdf = await uploadAndFetch(MINIMAL_PDF, 'served.pdf', 'application/pdf')
    expect(pdf.served.headers.get('Content-Type')).toBe('application/pdf')
    expect(pdf.served.headers.get('Content-Disposition')).toBe(`inline; filename="${pdf.stored}"`)
    const png = await uploadAndFetch(PNG_PIXEL, 'served.png', 'image/png')
    expect(png.served.headers.get('Content-Type')).toBe('image/png')
    expect(png.served.headers.get('Content-Disposition')).toBe(`inline; filename="${png.stored}"`)
  })

  it('should keep a Thai file name in the download, with an ASCII fallback', async () => {
    const { served, stored } = await uploadAndFetch(THAI_CSV, 'สถิติ.csv', 'text/csv')
    expect(stored).toBe('สถิติ.csv')
    expect(served.headers.get('Content-Disposition')).toBe(
      `attachment; filename="_____.csv"; filename*=UTF-8''${encodeURIComponent('สถิติ.csv')}`,
    )
  })
})
