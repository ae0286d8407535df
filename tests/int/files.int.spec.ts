import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Media, Resource } from '@/payload-types'

import { httpClient } from '../helpers/http'
import { createCast, createThemes, tokenFor, type Cast } from '../helpers/people'
import { bootPortal, type Portal } from '../helpers/payload'
import { createMedia, createSample, type SampleContext } from '../helpers/samples'

/**
 * A members-only work shows its title and summary to everyone, but its file never reaches a
 * visitor: not in the API's answer, and not at the file's own address.
 */
let portal: Portal
let payload: Payload
let cast: Cast
let http: ReturnType<typeof httpClient>
let file: Media
let resource: Resource

beforeAll(async () => {
  portal = await bootPortal('files')
  payload = portal.payload
  http = httpClient(portal.config)
  const themes = await createThemes(payload)
  cast = await createCast(payload, themes.moderated)
  const country = (await createSample(payload, 'countries', {
    theme: themes.moderated,
  } as SampleContext)) as Country
  const context: SampleContext = { theme: themes.moderated, country }
  file = await createMedia(payload)
  resource = (await createSample(payload, 'resources', context, {
    visibility: 'members',
    editions: [
      { language: 'en', title: 'Members guide', file: file.id },
      { language: 'th', title: 'คู่มือสำหรับสมาชิก', externalUrl: 'https://www.ilo.org/th' },
    ],
  })) as Resource
}, 120_000)
afterAll(async () => portal?.close())

describe('members-only files', () => {
  it("should give a visitor the work's title and editions but no file or link through REST", async () => {
    const { status, body } = await http.rest('GET', `/resources/${resource.id}?depth=1`)
    expect(status).toBe(200)
    expect(body.title).toBe(resource.title)
    expect(body.editions.map((edition: { title: string }) => edition.title)).toEqual([
      'Members guide',
      'คู่มือสำหรับสมาชิก',
    ])
    for (const edition of body.editions) {
      expect(edition.file).toBeUndefined()
      expect(edition.externalUrl).toBeUndefined()
    }
  })

  it('should refuse the file record and the file itself to a visitor and to a pending member', async () => {
    const current = await payload.findByID({
      collection: 'media',
      id: file.id,
      overrideAccess: true,
    })
    expect(current.visibility).toBe('members')
    for (const token of [undefined, await tokenFor(payload, cast.pending)]) {
      // The read rule narrows a visitor's query to public files, so the record is not found:
      // a 404 that does not even say a members-only file exists.
      const record = await http.rest('GET', `/media/${file.id}`, { token })
      expect(record.status, record.text).toBe(404)
      // At its direct address Payload checks the same rule against the named file and refuses.
      const direct = await http.rest('GET', `/media/file/${current.filename}`, { token })
      expect(direct.status, direct.text).toBe(403)
      expect(direct.text).not.toContain('PNG')
    }
  })

  it('should serve the file and the links to an approved member', async () => {
    const token = await tokenFor(payload, cast.member)
    const { body } = await http.rest('GET', `/resources/${resource.id}?depth=1`, { token })
    expect(body.editions[0].file.url).toContain(`/api/media/file/`)
    expect(body.editions[1].externalUrl).toBe('https://www.ilo.org/th')
    const direct = await http.rest('GET', `/media/file/${body.editions[0].file.filename}`, {
      token,
    })
    expect(direct.status).toBe(200)
  })
})
