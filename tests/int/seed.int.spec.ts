import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed, type SeedReport } from '@/seed'

import { bootPortal, type Portal } from '../helpers/payload'

/** The seed carries the source documents' facts, and running it again changes nothing. */
let portal: Portal
let payload: Payload
let first: SeedReport
let second: SeedReport
const lines: string[] = []

const count = async (collection: CollectionSlug) =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  portal = await bootPortal('seed')
  payload = portal.payload
  first = await seed({ payload, log: (line) => lines.push(line) })
  second = await seed({ payload, log: () => undefined })
}, 300_000)
afterAll(async () => portal?.close())

describe('seed content', () => {
  it('should load at least the amounts the foundation promises', async () => {
    expect(await count('themes')).toBe(5)
    expect(await count('countries')).toBeGreaterThanOrEqual(15)
    expect(await count('projects')).toBeGreaterThanOrEqual(20)
    expect(await count('resources')).toBeGreaterThanOrEqual(15)
    expect(await count('resource-centres')).toBeGreaterThanOrEqual(20)
    expect(await count('statistics')).toBeGreaterThanOrEqual(9)
    expect(await count('news')).toBeGreaterThan(0)
    expect(await count('events')).toBeGreaterThan(0)
  })

  it('should create nothing the second time and keep the same counts', async () => {
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
