import { spawn } from 'node:child_process'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Theme } from '@/payload-types'

import { httpClient, type HttpResult } from '../helpers/http'
import { removeMeiliData, startTestMeilisearch, type TestMeili } from '../helpers/meili'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, tokenFor } from '../helpers/people'
import { createSample } from '../helpers/samples'

/**
 * Twenty writers at once for half a minute (creates with editions and relations, updates, deletes,
 * and writes that must be refused), beside the search job runner and a seed run in another
 * process on the same database file: the load a busy portal sees when staff and members write.
 */
const WRITERS = 20
const SECONDS = Number(process.env.CONCURRENCY_SECONDS ?? 30)
const MAX_VERSIONS = 25

let meili: TestMeili
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let token: string | undefined
let themes: Theme[]
let country: Country

type Accepted = { id: number; title: string; writes: number; editions: number; deleted: boolean }
const accepted = new Map<number, Accepted>()
const refusedTitles: string[] = []
const unexpected: string[] = []
let acceptedWrites = 0
let seedOutput = ''
let seedExit: number | null = null

function note(response: HttpResult, what: string, allowed: number[]) {
  if (!allowed.includes(response.status) || /database is locked|SQLITE_BUSY/i.test(response.text)) {
    unexpected.push(`${what} → ${response.status} ${response.text.slice(0, 200)}`)
  }
}

const editionsOf = (title: string, count: number) =>
  [
    { language: 'en', title, externalUrl: 'https://www.ilo.org/' },
    { language: 'th', title: `${title} ฉบับภาษาไทย`, externalUrl: 'https://www.ilo.org/th' },
    { language: 'km', title: `${title} ខ្មែរ`, externalUrl: 'https://www.ilo.org/km' },
  ].slice(0, count)

async function writer(index: number, deadline: number) {
  const mine: number[] = []
  let n = 0
  while (Date.now() < deadline) {
    n += 1
    const title = `Load ${index}-${n}`
    const roll = (index * 7 + n * 13) % 10
    if (roll < 4 || mine.length === 0) {
      const response = await http.rest('POST', '/resources', {
        token,
        json: {
          title,
          slug: `load-${index}-${n}`,
          kind: 'manual',
          summary: 'A manual written under load.',
          editions: editionsOf(title, 2),
          themes: themes.map((theme) => theme.id),
          countries: [country.id],
          _status: 'published',
        },
      })
      note(response, `create ${title}`, [201])
      if (response.status === 201) {
        const id = response.body.doc.id as number
        accepted.set(id, { id, title, writes: 1, editions: 2, deleted: false })
        mine.push(id)
        acceptedWrites += 1
      }
    } else if (roll < 6) {
      // Refused by the edge (a theme that does not exist): nothing of it may remain.
      const refused = `Refused ${index}-${n}`
      const response = await http.rest('POST', '/resources', {
        token,
        json: {
          title: refused,
          kind: 'manual',
          summary: 'Must not be stored.',
          editions: editionsOf(refused, 2),
          themes: [themes[0].id, 99_999_999],
        },
      })
      note(response, `refused create ${refused}`, [400])
      refusedTitles.push(refused)
    } else if (roll < 9) {
      const id = mine[n % mine.length]
      const record = accepted.get(id)!
      const editions = 1 + (n % 3)
      const response = await http.rest('PATCH', `/resources/${id}`, {
        token,
        json: { title: `${record.title} (edited)`, editions: editionsOf(record.title, editions) },
      })
      note(response, `update ${id}`, [200])
      if (response.status === 200) {
        record.writes += 1
        record.editions = editions
        record.title = `${record.title} (edited)`
        acceptedWrites += 1
      }
    } else {
      const id = mine.pop()!
      const response = await http.rest('DELETE', `/resources/${id}`, { token })
      note(response, `delete ${id}`, [200])
      if (response.status === 200) {
        accepted.get(id)!.deleted = true
        acceptedWrites += 1
      }
    }
  }
}

async function jobRunner(deadline: number) {
  let runs = 0
  while (Date.now() < deadline + 2_000) {
    await payload.jobs.run({ queue: 'search', limit: 50, silent: true })
    runs += 1
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return runs
}

/** `npm run seed` in a process of its own, on the same database file. */
function seedRun(): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['payload', 'run', 'src/seed/run.ts'], {
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk) => (seedOutput += chunk))
    child.stderr.on('data', (chunk) => (seedOutput += chunk))
    child.on('exit', (code) => {
      seedExit = code
      resolve()
    })
  })
}

beforeAll(async () => {
  meili = await startTestMeilisearch()
  portal = await bootPortal('concurrency')
  payload = portal.payload
  const { moderated, other } = await createThemes(payload)
  themes = [moderated, other]
  const cast = await createCast(payload, moderated)
  // Managers: the only role that may also delete.
  token = await tokenFor(payload, cast.manager)
  country = (await createSample(payload, 'countries', {
    theme: moderated,
    country: undefined as never,
  })) as Country
  http = httpClient(portal.config)
})
afterAll(async () => {
  await portal?.close()
  await meili?.stop()
  if (meili) removeMeiliData(meili)
})

describe(`${WRITERS} writers, the job runner and a seed run at once`, () => {
  it(
    'should answer every write without "database is locked" and store each accepted one whole',
    async () => {
      const started = Date.now()
      const deadline = started + SECONDS * 1000
      const seeded = seedRun()
      const [runs] = await Promise.all([
        jobRunner(deadline),
        ...Array.from({ length: WRITERS }, (_, index) => writer(index, deadline)),
      ])
      await seeded
      // `payload run` sometimes exits 0 before running its script (payloadcms/payload#17757):
      // only then is the seed run again, up to three times (twice in a row has happened on a
      // loaded machine); a seed that failed fails the test.
      for (
        let retry = 0;
        retry < 3 && seedExit === 0 && !seedOutput.includes('seed: done');
        retry++
      )
        await seedRun()
      const seconds = (Date.now() - started) / 1000
      console.log(
        `concurrency: ${acceptedWrites} accepted writes in ${SECONDS} s by ${WRITERS} writers ` +
          `(${(acceptedWrites / SECONDS).toFixed(1)} writes/s), ${refusedTitles.length} refused, ` +
          `${runs} job runs, seed ${seedExit === 0 ? 'done' : `exit ${seedExit}`} after ${seconds.toFixed(0)} s`,
      )
      expect(unexpected).toEqual([])
      expect(seedExit, seedOutput.slice(-2000)).toBe(0)
      expect(seedOutput).toMatch(/seed: done/)
      expect(acceptedWrites).toBeGreaterThan(WRITERS)
    },
    (SECONDS + 240) * 1000,
  )

  it('should keep every accepted record with all its editions, relations and versions', async () => {
    for (const record of accepted.values()) {
      const found = await payload.find({
        collection: 'resources',
        where: { id: { equals: record.id } },
        depth: 0,
        overrideAccess: true,
      })
      if (record.deleted) {
        expect(found.totalDocs, `${record.id} was deleted`).toBe(0)
        continue
      }
      const doc = found.docs[0]
      expect(doc.title).toBe(record.title)
      expect(doc.editions).toHaveLength(record.editions)
      expect(doc.themes).toEqual(themes.map((theme) => theme.id))
      expect(doc.countries).toEqual([country.id])
      const versions = await payload.countVersions({
        collection: 'resources',
        where: { parent: { equals: record.id } },
        overrideAccess: true,
      })
      expect(versions.totalDocs, `versions of ${record.id}`).toBe(
        Math.min(record.writes, MAX_VERSIONS),
      )
    }
    const live = [...accepted.values()].filter((record) => !record.deleted).length
    const stored = await payload.count({
      collection: 'resources',
      where: { slug: { like: 'load-' } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(live)
  })

  it('should leave nothing of a refused write', async () => {
    const leftovers = await payload.count({
      collection: 'resources',
      where: { title: { like: 'Refused ' } },
      overrideAccess: true,
    })
    expect(refusedTitles.length).toBeGreaterThan(0)
    expect(leftovers.totalDocs).toBe(0)
  })
})
