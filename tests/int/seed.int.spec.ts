import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed, type SeedReport } from '@/seed'

import { bootPortal, type Portal } from '../helpers/payload'

/** The seed carries the source documents' facts, and running it again changes nothing. */
let portal: Portal
let payload: Payload
let first: SeedReport
let second: SeedReport
let afterFirst: Census
let afterSecond: Census
let writtenFirst: Fingerprint
let writtenSecond: Fingerprint
const lines: string[] = []

/** What the database holds, counted by the database: never the seeder's own tallies. */
type Census = Record<string, number>
/** Every document's id and last change, so a rerun that rewrites a record is caught too. */
type Fingerprint = Record<string, string[]>

async function census(): Promise<Census> {
  const counts: Census = {}
  for (const { slug, versions } of payload.config.collections) {
    const collection = slug as CollectionSlug
    counts[slug] = (await payload.count({ collection, overrideAccess: true })).totalDocs
    if (versions) {
      counts[`${slug} versions`] = (
        await payload.countVersions({ collection, overrideAccess: true })
      ).totalDocs
    }
  }
  const all = { depth: 0, pagination: false, overrideAccess: true } as const
  const rows = (lists: (unknown[] | null | undefined)[]) =>
    lists.reduce<number>((sum, list) => sum + (list?.length ?? 0), 0)
  const resources = await payload.find({
    collection: 'resources',
    select: { editions: true, isFeatured: true },
    ...all,
  })
  counts['resources editions'] = rows(resources.docs.map((doc) => doc.editions))
  counts['resources featured'] = resources.docs.filter((doc) => doc.isFeatured).length
  const countries = await payload.find({
    collection: 'countries',
    select: { ratifications: true, nationalLaws: true },
    ...all,
  })
  counts['countries ratifications'] = rows(countries.docs.map((doc) => doc.ratifications))
  counts['countries nationalLaws'] = rows(countries.docs.map((doc) => doc.nationalLaws))
  const themes = await payload.find({
    collection: 'themes',
    select: { keyQuestions: true, curatedResources: true },
    ...all,
  })
  counts['themes keyQuestions'] = rows(themes.docs.map((doc) => doc.keyQuestions))
  counts['themes curatedResources'] = rows(themes.docs.map((doc) => doc.curatedResources))
  return counts
}

async function fingerprint(): Promise<Fingerprint> {
  const result: Fingerprint = {}
  for (const { slug } of payload.config.collections) {
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      select: { updatedAt: true },
      sort: 'id',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    result[slug] = docs.map((doc) => `${doc.id}@${(doc as { updatedAt?: string }).updatedAt}`)
  }
  return result
}

/**
 * What the seed must load, from the five documents in shared/seeds (000…004). Where a document
 * states the number it is cited; elsewhere the number is the length of the data file that
 * transcribes the document (src/seed/data/*.ts), written out here so that losing or doubling a
 * record fails this test.
 */
const EXPECTED: Census = {
  // 002: "There will be 5 themes at the CoP".
  themes: 5,
  // 002 Annex 2: the key questions carried per theme (themes.ts).
  'themes keyQuestions': 16,
  // Countries named in the documents (countries.ts).
  countries: 30,
  // 004 Table 3: the status of four Conventions (87, 97, 98, 143) in each of six focus countries.
  'countries ratifications': 6 * 4,
  // 004 Table 4: one trade-union law for each of the six focus countries, plus nine further laws
  // the documents name (countries.ts).
  'countries nationalLaws': 6 + 9,
  // 003 Annex: 22 projects; 000: the ILO/Japan project; 002: the co-managing project; 004: five
  // programmes supporting the resource centres (projects.ts).
  projects: 22 + 1 + 1 + 5,
  // Publications, tools and instruments named in 000 (15), 001 (15), 003 (6) and 004 (18).
  resources: 15 + 15 + 6 + 18,
  // 52 English editions, four Thai, two Burmese, one Khmer and one Lao (resources.ts).
  'resources editions': 52 + 4 + 2 + 1 + 1,
  // The curation step features the four public works with the most editions.
  'resources featured': 4,
  // 004 Table 2 lists 17 centres; box 2 adds Selangor, section 4 Amman, section 1.2 Myanmar's.
  'resource-centres': 17 + 3,
  // Organisations named in the documents (organisations.ts).
  organisations: 87,
  // 004 Table 1: two regions by total, women, men; 004 introduction: the world figures (total,
  // men, women); 001 "Using remittances": three 2006 figures.
  statistics: 6 + 3 + 3,
  // Dated items from 000 (3), 002 (1), 003 (2) and 004 (6) (news.ts).
  news: 3 + 1 + 2 + 6,
  // Events from 000 (1), 002 (6), 003 (3) and 004 (5) (events.ts).
  events: 1 + 6 + 3 + 5,
  // The seed loads no files, and creates one account: the admin.
  media: 0,
  users: 1,
  // Versions: one per record created; a resource gains one more per translated title (its eight
  // non-English editions) and one when it is featured.
  'resources versions': 54 + 8 + 4,
  'news versions': 12,
  'events versions': 15,
}

beforeAll(async () => {
  portal = await bootPortal('seed')
  payload = portal.payload
  first = await seed({ payload, log: (line) => lines.push(line) })
  afterFirst = await census()
  writtenFirst = await fingerprint()
  second = await seed({ payload, log: () => undefined })
  afterSecond = await census()
  writtenSecond = await fingerprint()
}, 300_000)
afterAll(async () => portal?.close())

describe('seed content', () => {
  it('should load exactly the records, array rows and versions the source documents give', () => {
    const loaded = Object.fromEntries(Object.keys(EXPECTED).map((key) => [key, afterFirst[key]]))
    expect(loaded).toEqual(EXPECTED)
  })

  it('should leave every collection, array and version count unchanged when run a second time', () => {
    expect(Object.keys(afterSecond).length).toBeGreaterThan(Object.keys(EXPECTED).length)
    expect(afterSecond).toEqual(afterFirst)
    expect(afterSecond).toMatchObject(EXPECTED)
  })

  it('should rewrite no record when run a second time', () => {
    expect(writtenSecond).toEqual(writtenFirst)
  })

  it('should report nothing created the second time, and what it found', () => {
    for (const [collection, tally] of Object.entries(second)) {
      expect(tally.created, collection).toBe(0)
      expect(tally.existing, collection).toBe(first[collection].created)
    }
  })

  it('should print progress for every collection and the one-time admin password', () => {
    expect(lines.filter((line) => line.startsWith('seed: ')).length).toBeGreaterThanOrEqual(9)
    expect(lines.join('\n')).toMatch(/password: \S{12,}/)
  })

  it('should give every record the source document it comes from', async () => {
    for (const collection of [
      'themes',
      'countries',
      'projects',
      'resources',
      'resource-centres',
      'statistics',
      'news',
      'events',
    ] as const) {
      const missing = await payload.count({
        collection,
        where: { source: { exists: false } },
        overrideAccess: true,
      })
      expect(missing.totalDocs, collection).toBe(0)
    }
  })

  it('should carry Table 1 of the 2022 MRC report exactly: migrant workers by sex, 2019', async () => {
    const { docs } = await payload.find({
      collection: 'statistics',
      where: { and: [{ indicator: { equals: 'migrant-workers' } }, { year: { equals: 2019 } }] },
      limit: 20,
      overrideAccess: true,
    })
    const value = (region: string, sex: string) =>
      docs.find((doc) => doc.region === region && doc.sex === sex)?.value
    expect(value('south-east-asia-pacific', 'total')).toBe(12.1)
    expect(value('south-east-asia-pacific', 'female')).toBe(5.6)
    expect(value('south-east-asia-pacific', 'male')).toBe(6.6)
    expect(value('arab-states', 'total')).toBe(24.1)
    expect(value('arab-states', 'female')).toBe(4.2)
    expect(value('arab-states', 'male')).toBe(19.9)
  })

  it('should carry the ratification table, including Malaysia’s C97 for Sabah only', async () => {
    const { docs } = await payload.find({
      collection: 'countries',
      where: { iso: { equals: 'MY' } },
      overrideAccess: true,
    })
    const c97 = docs[0].ratifications?.find((row) => row.convention === 'C97')
    expect(c97?.status).toBe('ratified')
    expect(c97?.note).toMatch(/Sabah/)
  })

  it('should hold the paralegal manual in Burmese and Thai editions', async () => {
    const { docs } = await payload.find({
      collection: 'resources',
      where: { 'editions.language': { equals: 'my' } },
      limit: 50,
      overrideAccess: true,
    })
    const manual = docs.find((doc) => /paralegal/i.test(doc.title ?? ''))
    expect(manual?.editions.map((edition) => edition.language).sort()).toEqual(['my', 'th'])
  })

  it('should show theme titles in Thai and fall back to English where a translation is missing', async () => {
    const thai = await payload.find({
      collection: 'themes',
      locale: 'th',
      sort: 'order',
      overrideAccess: true,
    })
    // All five themes, so that "every" is not said of an empty list.
    expect(thai.docs).toHaveLength(5)
    expect(thai.docs.every((theme) => /[\u0E00-\u0E7F]/.test(theme.title ?? ''))).toBe(true)
    const laoProject = await payload.find({
      collection: 'projects',
      locale: 'lo',
      limit: 1,
      overrideAccess: true,
    })
    expect(laoProject.docs[0].title ?? '').toMatch(/[A-Za-z]/)
  })

  it('should create one admin who can sign in', async () => {
    const admins = await payload.find({
      collection: 'users',
      where: { roles: { contains: 'admin' } },
      overrideAccess: true,
    })
    expect(admins.totalDocs).toBe(1)
    const password = /password: (\S+)/.exec(lines.join('\n'))?.[1]
    const login = await payload.login({
      collection: 'users',
      data: { email: admins.docs[0].email, password: password! },
    })
    expect(login.token).toBeTruthy()
  })
})
