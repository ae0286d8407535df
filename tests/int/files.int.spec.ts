import { createLocalReq, type FlattenedField, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NewsImage } from '@/components/news/NewsImage'
import type { Country, Media, News, Resource } from '@/payload-types'
import { FILE_CARRIERS } from '@/uploads/fileCarriers'

import { up as openPublishedFiles } from '../../migrations/20261207_160000_open_published_files'
import { httpClient } from '../helpers/http'
import { createCast, createThemes, tokenFor, type Cast } from '../helpers/people'
import { bootPortal, type Portal } from '../helpers/payload'
import { createMedia, createSample, sampleData, type SampleContext } from '../helpers/samples'

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
let newsData: typeof import('@/data/news')

let staffToken: string | undefined
let managerToken: string | undefined
let memberToken: string | undefined

/** What a visitor gets at the file's own address: 200 with the PNG, or a refusal. */
async function visitorGets(media: Media) {
  const direct = await http.rest('GET', `/media/file/${media.filename}`)
  if (direct.status === 200) expect(direct.text).toContain('PNG')
  else expect(direct.text).not.toContain('PNG')
  return direct.status
}

/** What a visitor gets asking for the file's record: 200, or 404 for a file closed to them. */
const visitorGetsRecord = async (media: Media) =>
  (await http.rest('GET', `/media/${media.id}`)).status

/** What an approved member gets at the file's own address. */
const memberGets = async (media: Media) =>
  (await http.rest('GET', `/media/file/${media.filename}`, { token: memberToken })).status

/** A fresh upload: editors only until a published document carries it. */
const upload = () => createMedia(payload, { visibility: 'editors' })

/** The collections whose published documents open their files. */
type Carrying = 'resources' | 'news'

/** Saves a draft over the document, as staff do with "Save draft" in the admin panel. */
async function saveDraft(collection: Carrying, doc: { id: number }, data: Record<string, unknown>) {
  const response = await http.rest('PATCH', `/${collection}/${doc.id}?draft=true`, {
    token: staffToken,
    json: { ...data, _status: 'draft' },
  })
  expect(response.status, response.text).toBe(200)
}

/** Publishes the document with these changes, as staff do with "Publish changes". */
async function publish(
  collection: Carrying,
  doc: { id: number },
  data: Record<string, unknown> = {},
) {
  const response = await http.rest('PATCH', `/${collection}/${doc.id}`, {
    token: staffToken,
    json: { ...data, _status: 'published' },
  })
  expect(response.status, response.text).toBe(200)
}

/** Unpublishes the document, as the admin panel's "Unpublish" does: it becomes a draft. */
async function unpublish(collection: Carrying, doc: { id: number }) {
  const response = await http.rest('PATCH', `/${collection}/${doc.id}`, {
    token: staffToken,
    json: { _status: 'draft' },
  })
  expect(response.status, response.text).toBe(200)
}

/** Deletes the document, as a manager may. */
async function remove(collection: Carrying, doc: { id: number }) {
  const response = await http.rest('DELETE', `/${collection}/${doc.id}`, { token: managerToken })
  expect(response.status, response.text).toBe(200)
}

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
  staffToken = await tokenFor(payload, cast.staff)
  managerToken = await tokenFor(payload, cast.manager)
  memberToken = await tokenFor(payload, cast.member)
  // Loads the Payload config, so it is imported once bootPortal has chosen the test database.
  newsData = await import('@/data/news')
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
  /** A work published with one edition carrying this file, as staff publish it. */
  async function publishedWork(media: Media, visibility: 'public' | 'members' = 'public') {
    const work = (await createSample(payload, 'resources', context, {
      visibility,
      editions: [{ language: 'en', title: 'Guide with a file', file: media.id }],
    })) as Resource
    return work
  }

  it('should keep the files of a published work readable to visitors while an editor saves a draft over it', async () => {
    const pdf = await upload()
    const work = await publishedWork(pdf)
    expect(await visitorGets(pdf)).toBe(200)

    await saveDraft('resources', work, { title: 'Guide being rewritten' })

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

    await saveDraft('resources', work, { visibility: 'members' })
    expect(await visitorGets(pdf)).toBe(200)

    await publish('resources', work, { visibility: 'members' })
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

    await saveDraft('resources', work, { editions: editions(second.id) })
    expect(await visitorGets(first)).toBe(200)
    expect(await visitorGets(second)).toBe(403)

    await publish('resources', work, { editions: editions(second.id) })
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

    await publish('resources', work)
    expect([await visitorGets(own), await visitorGets(shared)]).toEqual([200, 200])

    const deleted = await http.rest('DELETE', `/resources/${work.id}`, { token: managerToken })
    expect(deleted.status, deleted.text).toBe(200)
    expect([await visitorGets(own), await visitorGets(shared)]).toEqual([403, 200])
  })
})

/**
 * A news item's picture is an upload like a work's file and follows the same rule: it is opened
 * to visitors while a published news item (news are never members-only) or a public published
 * work carries it, and the news page shows it to them.
 */
describe('news pictures follow the published version of their news item', () => {
  /** A news item published with this picture, as staff publish it. */
  const publishedNews = async (picture: Media) =>
    (await createSample(payload, 'news', context, { image: picture.id })) as News

  const publicWork = async (picture: Media, visibility: 'public' | 'members' = 'public') =>
    (await createSample(payload, 'resources', context, {
      visibility,
      editions: [{ language: 'en', title: 'Guide with a picture', file: picture.id }],
    })) as Resource

  /** The picture on the news page as a visitor reads it: the page's read and its component. */
  async function pictureOnPageForVisitor(item: News) {
    const read = await newsData.getNews({ user: null, locale: 'en', slug: item.slug })
    expect(read, `news item ${item.slug} readable by a visitor`).not.toBeNull()
    return renderToStaticMarkup(NewsImage({ image: read?.image }))
  }

  // React adds a preload link before the image; the image itself is what the reader sees.
  const imgOf = (picture: Media) =>
    `<img src="${picture.url}" alt="${picture.alt}" width="1" height="1" class="news-image"/>`

  it('should open a new picture to visitors when its news item is published, and show it on the news page', async () => {
    const picture = await upload()
    // Written as a draft first, as an editor starts a story.
    const created = await http.rest('POST', '/news?draft=true', {
      token: staffToken,
      json: { ...sampleData('news', context), image: picture.id, _status: 'draft' },
    })
    expect(created.status, created.text).toBe(201)
    const item = created.body.doc as News
    expect(await visitorGets(picture)).toBe(403)
    expect(await visitorGetsRecord(picture)).toBe(404)
    expect(await newsData.getNews({ user: null, locale: 'en', slug: item.slug })).toBeNull()

    await publish('news', item)

    expect(await visitorGets(picture)).toBe(200)
    expect(await visitorGetsRecord(picture)).toBe(200)
    expect(await pictureOnPageForVisitor(item)).toContain(imgOf(picture))
  })

  it('should keep the picture on the page while a draft replaces it, and swap them when the draft is published', async () => {
    const picture = await upload()
    const replacement = await upload()
    const item = await publishedNews(picture)
    expect(await visitorGets(picture)).toBe(200)

    await saveDraft('news', item, { title: 'Story being rewritten', image: replacement.id })

    expect([await visitorGets(picture), await visitorGets(replacement)]).toEqual([200, 403])
    const before = await pictureOnPageForVisitor(item)
    expect(before).toContain(imgOf(picture))
    expect(before).not.toContain(replacement.filename)

    await publish('news', item, { image: replacement.id })

    expect([await visitorGets(picture), await visitorGets(replacement)]).toEqual([403, 200])
    expect(await visitorGetsRecord(picture)).toBe(404)
    const after = await pictureOnPageForVisitor(item)
    expect(after).toContain(imgOf(replacement))
    expect(after).not.toContain(picture.filename)
  })

  it('should close the picture when its news item is unpublished or deleted, unless another news item or a published work carries it', async () => {
    const own = await upload()
    const withNews = await upload()
    const withWork = await upload()
    const items = [
      await publishedNews(own),
      await publishedNews(withNews),
      await publishedNews(withWork),
    ]
    await publishedNews(withNews)
    await publicWork(withWork)
    const pictures = [own, withNews, withWork]
    const visitorStatuses = async () => Promise.all(pictures.map(visitorGets))
    expect(await visitorStatuses()).toEqual([200, 200, 200])

    for (const item of items) await unpublish('news', item)
    expect(await visitorStatuses()).toEqual([403, 200, 200])
    // The page is gone with its item; the picture's own address with it.
    expect(await newsData.getNews({ user: null, locale: 'en', slug: items[0].slug })).toBeNull()

    for (const item of items) await publish('news', item)
    expect(await visitorStatuses()).toEqual([200, 200, 200])

    for (const item of items) await remove('news', item)
    expect(await visitorStatuses()).toEqual([403, 200, 200])
    expect(await visitorGetsRecord(own)).toBe(404)
  })

  it('should open a file that a members-only work shares with a public news item to visitors, and leave it to members when the news item goes', async () => {
    const picture = await upload()
    const item = await publishedNews(picture)
    // Publishing the members-only work re-reads every published document that carries the file.
    await publicWork(picture, 'members')
    expect(await visitorGets(picture)).toBe(200)

    await unpublish('news', item)
    expect(await visitorGets(picture)).toBe(403)
    expect(await visitorGetsRecord(picture)).toBe(404)
    expect(await memberGets(picture)).toBe(200)

    await publish('news', item)
    expect(await visitorGets(picture)).toBe(200)

    await remove('news', item)
    expect([await visitorGets(picture), await memberGets(picture)]).toEqual([403, 200])
  })
})

/**
 * Files published before this rule: a news item's picture left with editors, a work's files
 * closed by a draft saved over it. The migration opens what the rule opens and closes nothing.
 */
describe.skipIf(process.env.MONGODB_URI)('the migration that opens published files', () => {
  it('should open the files of published news and works that were left closed, and nothing else', async () => {
    const newsPicture = await upload()
    const workFile = await upload()
    const membersFile = await upload()
    const draftPicture = await upload()
    await createSample(payload, 'news', context, { image: newsPicture.id })
    await createSample(payload, 'news', context, { image: draftPicture.id, _status: 'draft' })
    for (const [media, visibility] of [
      [workFile, 'public'],
      [membersFile, 'members'],
    ] as const) {
      await createSample(payload, 'resources', context, {
        visibility,
        editions: [{ language: 'en', title: 'Guide from before', file: media.id }],
      })
    }
    const openedByHand = await createMedia(payload, { visibility: 'public' })
    // As the database held them before the rule.
    for (const media of [newsPicture, workFile, membersFile]) {
      await payload.update({
        collection: 'media',
        id: media.id,
        data: { visibility: 'editors' },
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    }
    const files = [newsPicture, workFile, membersFile, draftPicture, openedByHand]
    expect(await Promise.all(files.map(visitorGets))).toEqual([403, 403, 403, 403, 200])

    const req = await createLocalReq({}, payload)
    await openPublishedFiles({ db: payload.db.drizzle, payload, req } as never)

    expect(await Promise.all(files.map(visitorGets))).toEqual([200, 200, 403, 403, 200])
    expect(await Promise.all(files.map(memberGets))).toEqual([200, 200, 200, 403, 200])
  })
})

describe('the collections that carry files', () => {
  it('should follow every upload field that points at files, in every collection', () => {
    const found: Record<string, string[]> = {}
    const walk = (collection: string, fields: FlattenedField[], prefix: string) => {
      for (const field of fields) {
        const path = `${prefix}${field.name}`
        const isLink = field.type === 'upload' || field.type === 'relationship'
        if (isLink && [field.relationTo].flat().includes('media')) {
          ;(found[collection] ??= []).push(path)
        }
        if ('flattenedFields' in field) walk(collection, field.flattenedFields, `${path}.`)
      }
    }
    // Payload's own collections (document locks, preferences) point at every collection.
    for (const collection of portal.config.collections) {
      if (!collection.slug.startsWith('payload-')) {
        walk(collection.slug, collection.flattenedFields, '')
      }
    }
    const followed = Object.fromEntries(
      Object.values(FILE_CARRIERS).map((carrier) => [carrier.collection, [...carrier.fileFields]]),
    )
    expect(found).toEqual({ resources: ['editions.file'], news: ['image'] })
    expect(followed).toEqual(found)
  })
})
