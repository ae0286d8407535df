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
let context: SampleContext

beforeAll(async () => {
  portal = await bootPortal('files')
  payload = portal.payload
  http = httpClient(portal.config)
  const themes = await createThemes(payload)
  cast = await createCast(payload, themes.moderated)
  const country = (await createSample(payload, 'countries', {
    theme: themes.moderated,
  } as SampleContext)) as Country
  context = { theme: themes.moderated, country }
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

/**
 * A file is served to the audience of the published version of its work. A draft saved over a
 * published work changes nothing a visitor sees, neither the page nor its files, until the
 * draft is published; unpublishing and deleting close the files.
 */
describe('files follow the published version of their work', () => {
  let staffToken: string | undefined
  let managerToken: string | undefined
  let memberToken: string | undefined

  beforeAll(async () => {
    staffToken = await tokenFor(payload, cast.staff)
    managerToken = await tokenFor(payload, cast.manager)
    memberToken = await tokenFor(payload, cast.member)
  })

  /** What a visitor gets at the file's own address: 200 with the PNG, or a refusal. */
  async function visitorGets(media: Media) {
    const direct = await http.rest('GET', `/media/file/${media.filename}`)
    if (direct.status === 200) expect(direct.text).toContain('PNG')
    else expect(direct.text).not.toContain('PNG')
    return direct.status
  }

  /** A work published with one edition carrying this file, as staff publish it. */
  async function publishedWork(media: Media, visibility: 'public' | 'members' = 'public') {
    const work = (await createSample(payload, 'resources', context, {
      visibility,
      editions: [{ language: 'en', title: 'Guide with a file', file: media.id }],
    })) as Resource
    return work
  }

  /** A fresh upload: editors only until a published work carries it. */
  const upload = () => createMedia(payload, { visibility: 'editors' })

  async function saveDraft(work: Resource, data: Record<string, unknown>) {
    const response = await http.rest('PATCH', `/resources/${work.id}?draft=true`, {
      token: staffToken,
      json: { ...data, _status: 'draft' },
    })
    expect(response.status, response.text).toBe(200)
  }

  async function publish(work: Resource, data: Record<string, unknown> = {}) {
    const response = await http.rest('PATCH', `/resources/${work.id}`, {
      token: staffToken,
      json: { ...data, _status: 'published' },
    })
    expect(response.status, response.text).toBe(200)
  }

  it('should keep the files of a published work readable to visitors while an editor saves a draft over it', async () => {
    const pdf = await upload()
    const work = await publishedWork(pdf)
    expect(await visitorGets(pdf)).toBe(200)

    await saveDraft(work, { title: 'Guide being rewritten' })

    expect(await visitorGets(pdf)).toBe(200)
    expect((await http.rest('GET', `/media/${pdf.id}`)).status).toBe(200)
    // The visitor still reads the published version, with its file.
    const page = await http.rest('GET', `/resources/${work.id}?depth=0`)
    expect(page.status).toBe(200)
    expect(page.body.title).toBe(work.title)
    expect(page.body.editions[0].file).toBe(pdf.id)
  })

  it('should keep a file public while a draft makes its work members-only, and close it to visitors when that draft is published', async () => {
    const pdf = await upload()
    const work = await publishedWork(pdf)

    await saveDraft(work, { visibility: 'members' })
    expect(await visitorGets(pdf)).toBe(200)

    await publish(work, { visibility: 'members' })
    expect(await visitorGets(pdf)).toBe(403)
    expect((await http.rest('GET', `/media/${pdf.id}`)).status).toBe(404)
    const member = await http.rest('GET', `/media/file/${pdf.filename}`, { token: memberToken })
    expect(member.status).toBe(200)
  })

  it('should open a file added in a draft when the draft is published, and close the file it replaced', async () => {
    const first = await upload()
    const second = await upload()
    const work = await publishedWork(first)
    const editions = (file: number) => [
      { id: work.editions[0].id, language: 'en', title: 'Guide with a file', file },
    ]

    await saveDraft(work, { editions: editions(second.id) })
    expect(await visitorGets(first)).toBe(200)
    expect(await visitorGets(second)).toBe(403)

    await publish(work, { editions: editions(second.id) })
    expect(await visitorGets(second)).toBe(200)
    // No published work carries it any more: back to editors, like any file not yet published.
    expect(await visitorGets(first)).toBe(403)
    const member = await http.rest('GET', `/media/file/${first.filename}`, { token: memberToken })
    expect(member.status).toBe(403)
    const staff = await http.rest('GET', `/media/file/${first.filename}`, { token: staffToken })
    expect(staff.status).toBe(200)
  })

  it("should close a work's files when it is unpublished or deleted, but not a file another published work shares", async () => {
    const own = await upload()
    const shared = await upload()
    const work = (await createSample(payload, 'resources', context, {
      editions: [
        { language: 'en', title: 'Guide in English', file: own.id },
        { language: 'th', title: 'คู่มือ', file: shared.id },
      ],
    })) as Resource
    await publishedWork(shared)
    expect([await visitorGets(own), await visitorGets(shared)]).toEqual([200, 200])

    // Unpublishing, as the admin panel's "Unpublish" does: the document itself becomes a draft.
    const unpublished = await http.rest('PATCH', `/resources/${work.id}`, {
      token: staffToken,
      json: { _status: 'draft' },
    })
    expect(unpublished.status, unpublished.text).toBe(200)
    expect([await visitorGets(own), await visitorGets(shared)]).toEqual([403, 200])

    await publish(work)
    expect([await visitorGets(own), await visitorGets(shared)]).toEqual([200, 200])

    const deleted = await http.rest('DELETE', `/resources/${work.id}`, { token: managerToken })
    expect(deleted.status, deleted.text).toBe(200)
    expect([await visitorGets(own), await visitorGets(shared)]).toEqual([403, 200])
  })
})
