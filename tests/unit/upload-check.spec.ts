import { describe, expect, it } from 'vitest'

import { checkUpload } from '@/uploads/checkUpload'
import { WHAT_TO_UPLOAD } from '@/uploads/kinds'

const judge = (text: string | Uint8Array, filename = 'figures.csv') =>
  checkUpload({ filename, bytes: Buffer.from(text) })

describe('judging text that claims to be CSV', () => {
  it('should accept comma-separated text, with or without a byte-order mark', async () => {
    expect(await judge('country,workers\nThailand,3900000\n')).toEqual({
      isAccepted: true,
      kind: 'csv',
    })
    expect((await judge('\ufeffประเทศ,จำนวน\r\nไทย,1\r\n')).isAccepted).toBe(true)
  })

  it('should accept markup inside a cell that starts no document and runs nothing', async () => {
    expect((await judge('title,summary\nGuide,"<p>A <b>short</b> guide</p>"\n')).isAccepted).toBe(
      true,
    )
    expect((await judge('a<b,c>d\n1,2\n')).isAccepted).toBe(true)
  })

  it('should refuse text a browser would sniff as HTML after whitespace or a byte-order mark', async () => {
    for (const start of [
      '\ufeff  <html>',
      '\n\t<!DOCTYPE html>',
      '<!-- note -->',
      '<a href=x>',
      '<p>',
    ]) {
      expect(await judge(`${start}hello`), start).toEqual({
        isAccepted: false,
        reason: `This file is not a CSV file: its contents are HTML. ${WHAT_TO_UPLOAD}`,
      })
    }
  })

  it('should refuse XML and NUL bytes', async () => {
    expect(await judge('<?xml version="1.0"?><data/>')).toMatchObject({
      reason: expect.stringMatching(/its contents are XML\./),
    })
    expect(await judge('a,b\u0000\n')).toMatchObject({
      reason: expect.stringMatching(/its contents are binary data of an unknown kind\./),
    })
  })
})

describe('judging names against contents', () => {
  it('should name the list of accepted kinds in the order people know them', () => {
    expect(WHAT_TO_UPLOAD).toBe(
      'Upload PDF, Word, PowerPoint, Excel, CSV, JPEG, PNG or WebP files.',
    )
  })

  it('should refuse plain text named as a PDF, and a file without an extension', async () => {
    expect(await judge('hello', 'report.pdf')).toMatchObject({
      reason: expect.stringMatching(/^This file is not a PDF: its contents are plain text\./),
    })
    expect(await judge('hello', 'README')).toMatchObject({
      reason: expect.stringMatching(/^Files without an extension are not allowed/),
    })
  })

  it('should accept an upper-case extension', async () => {
    expect((await judge('a,b\n', 'FIGURES.CSV')).isAccepted).toBe(true)
  })
})
