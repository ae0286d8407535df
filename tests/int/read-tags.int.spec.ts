import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPortal, type Portal } from '../helpers/payload'
import { createThemes } from '../helpers/people'

/**
 * A cached read's tags come from the reads it makes (issue 10: "a page's cache tags follow from
 * what it reads"). The expectations are the collections' own fields (collections/*): what each
 * read returns, to its depth, and so which collections' edits must expire it.
 */
let portal: Portal
let payload: Payload
let tagsOfRead: typeof import('@/data/readTags').tagsOfRead
let recordingReads: typeof import('@/data/readTags').recordingReads

const ALL = [
  'countries',
  'discussion-summaries',
  'events',
  'media',
  'news',
  'organisations',
  'projects',
  'resource-centres',
  'resources',
  'statistics',
  'themes',
]
const sorted = (tags: Iterable<string>) => [...tags].sort()

beforeAll(async () => {
  portal = await bootPortal('read-tags')
  payload = portal.payload
  ;({ tagsOfRead, recordingReads } = await import('@/data/readTags'))
}, 120_000)

afterAll(async () => {
  await portal?.close()
})

describe('the collections a read depends on', () => {
  it('should be its own collection alone at depth 0', () => {
    expect(sorted(tagsOfRead(payload, { collection: 'themes', depth: 0 }))).toEqual(['themes'])
    expect(
      sorted(tagsOfRead(payload, { collection: 'resources', depth: 0, select: { slug: true } })),
    ).toEqual(['resources'])
  })

  it("should add what a depth-1 read populates, within its select: a library card's themes and its editions' files", () => {
    const card = tagsOfRead(payload, {
      collection: 'resources',
      depth: 1,
      select: { title: true, slug: true, visibility: true, editions: true, themes: true },
      populate: { themes: { title: true, slug: true } },
    })
    expect(sorted(card)).toEqual(['media', 'resources', 'themes'])
    const withoutDescription = tagsOfRead(payload, {
      collection: 'resources',
      depth: 1,
      select: { description: false },
    })
    expect(sorted(withoutDescription)).toEqual([
      'countries',
      'media',
      'projects',
      'resources',
      'themes',
    ])
  })

  it('should count rich text read at depth 1 as depending on every collection (its links and uploads are filled in)', () => {
    expect(sorted(tagsOfRead(payload, { collection: 'resources', depth: 1 }))).toEqual(ALL)
    expect(sorted(tagsOfRead(payload, { collection: 'news', depth: 1 }))).toEqual(ALL)
    // At depth 0 the links stay ids: a news item's body depends on nothing else.
    expect(sorted(tagsOfRead(payload, { collection: 'news', depth: 0 }))).toEqual(['news'])
  })

  it('should add the collection a where clause looks into across a relationship', () => {
    const tags = tagsOfRead(payload, {
      collection: 'resources',
      depth: 0,
      where: {
        and: [{ 'themes.slug': { equals: 'domestic-workers' } }, { year: { equals: 2020 } }],
      },
    })
    expect(sorted(tags)).toEqual(['resources', 'themes'])
  })

  it('should leave people out: no content edit concerns them, and their own hooks expire nothing', () => {
    // A person's country, themes of interest and directory organisation are content; they are not.
    expect(sorted(tagsOfRead(payload, { collection: 'users', depth: 1 }))).toEqual([
      'countries',
      'organisations',
      'themes',
    ])
  })
})

describe('a recording Payload', () => {
  it('should answer exactly as Payload does, and note every collection each read touched', async () => {
    await createThemes(payload)
    const tags = new Set<string>()
    const recording = recordingReads(payload, tags as Set<never>)
    const direct = await payload.find({ collection: 'themes', depth: 0, sort: 'slug' })
    const recorded = await recording.find({ collection: 'themes', depth: 0, sort: 'slug' })
    expect(recorded.docs.map((doc) => doc.slug)).toEqual(direct.docs.map((doc) => doc.slug))
    expect(recorded.totalDocs).toBe(direct.totalDocs)
    expect(sorted(tags)).toEqual(['themes'])
    await recording.count({ collection: 'statistics' })
    await recording.findDistinct({ collection: 'resources', field: 'year', depth: 0 })
    expect(sorted(tags)).toEqual(['resources', 'statistics', 'themes'])
    // Anything but a read passes through untouched.
    expect(recording.config).toBe(payload.config)
  })
})
