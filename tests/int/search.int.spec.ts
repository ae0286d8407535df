import myanmarTools from 'myanmar-tools'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PayloadJob, Resource, Theme, User } from '@/payload-types'
import { parseSearchParams } from '@/search/params'
import { rebuildSearchIndex } from '@/search/reindex'
import { searchContent, type SearchResult } from '@/search/query'
import { syncToSearch } from '@/search/sync'

import { httpClient } from '../helpers/http'
import { startTestMeilisearch, removeMeiliData, type TestMeili } from '../helpers/meili'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, tokenFor, type Cast } from '../helpers/people'

/** Search follows every change, never shows what a person may not see, and reads every script. */
let meili: TestMeili
let portal: Portal
let payload: Payload
let cast: Cast
let theme: Theme
let http: ReturnType<typeof httpClient>
let memberToken: string | undefined
let counter = 0

const ctx = { disableRevalidate: true }

async function drainSearchJobs() {
  for (let round = 0; round < 50; round++) {
    await payload.jobs.run({ queue: 'search', limit: 200, silent: true })
    // Only this queue: the scheduler keeps the next digests waiting in theirs until they are due.
    const left = await payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: 'search' } },
      overrideAccess: true,
    })
    if (left.totalDocs === 0) return
  }
  throw new Error('search jobs did not drain')
}

function search(
  q: string,
  {
    user = null,
    ...rest
  }: { user?: User | null; [param: string]: string | User | null | undefined } = {},
): Promise<SearchResult> {
  return searchContent({
    params: parseSearchParams(new URLSearchParams({ q, ...(rest as Record<string, string>) })),
    user,
  })
}
const titles = (result: SearchResult) =>
  result.hits.map((hit) => hit.title.replace(/<\/?mark>/g, ''))

async function createResource(
  data: Partial<Resource> & { title: string },
  editions?: Resource['editions'],
) {
  counter += 1
  return payload.create({
    collection: 'resources',
    data: {
      slug: `search-${counter}`,
      kind: 'tool',
      summary: data.summary ?? 'A resource for search tests.',
      editions: editions ?? [
        { language: 'en', title: data.title, externalUrl: 'https://www.ilo.org/' },
      ],
      visibility: 'public',
      themes: [theme.id],
      _status: 'published',
      ...data,
    } as Resource,
    overrideAccess: true,
    context: ctx,
  })
}

beforeAll(async () => {
  meili = await startTestMeilisearch()
  portal = await bootPortal('search')
  payload = portal.payload
  const themes = await createThemes(payload)
  theme = themes.moderated
  cast = await createCast(payload, theme)
  http = httpClient(portal.config)
  memberToken = await tokenFor(payload, cast.member)
})
afterAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  await portal?.close()
  await meili?.stop()
  if (meili) removeMeiliData(meili)
})

describe('search follows every change to a resource', () => {
  let resource: Resource

  it('should find a new resource once its job has run', async () => {
    resource = await createResource({
      title: 'Recruitment fee calculator',
      summary: 'Work out what a worker paid to be recruited.',
    })
    await drainSearchJobs()
    expect(titles(await search('recruitment fee'))).toContain('Recruitment fee calculator')
  })

  it('should follow an edit of the title', async () => {
    // Renaming a work renames its English edition too, as an editor would.
    await payload.update({
      collection: 'resources',
      id: resource.id,
      data: {
        title: 'Recruitment cost estimator',
        editions: [
          {
            language: 'en',
            title: 'Recruitment cost estimator',
            externalUrl: 'https://www.ilo.org/',
          },
        ],
      },
      overrideAccess: true,
      context: ctx,
    })
    await drainSearchJobs()
    expect(titles(await search('estimator'))).toContain('Recruitment cost estimator')
    expect(titles(await search('calculator'))).not.toContain('Recruitment fee calculator')
  })

  it('should drop it when unpublished, for everyone', async () => {
    await payload.update({
      collection: 'resources',
      id: resource.id,
      data: { _status: 'draft' },
      overrideAccess: true,
      context: ctx,
    })
    await drainSearchJobs()
    expect((await search('estimator')).total).toBe(0)
    expect((await search('estimator', { user: cast.admin })).total).toBe(0)
  })

  it('should show it to approved members only once it is members-only', async () => {
    await payload.update({
      collection: 'resources',
      id: resource.id,
      data: { _status: 'published', visibility: 'members' },
      overrideAccess: true,
      context: ctx,
    })
    await drainSearchJobs()
    expect((await search('estimator')).total).toBe(0)
    expect((await search('estimator', { user: cast.pending })).total).toBe(0)
    const asMember = await search('estimator', { user: cast.member })
    expect(titles(asMember)).toContain('Recruitment cost estimator')
    expect(asMember.hits[0].visibility).toBe('members')
  })

  it('should forget an edition removed from the work, and keep the others', async () => {
    const work = await createResource({ title: 'Wage protection leaflet' }, [
      { language: 'en', title: 'Wage protection leaflet', externalUrl: 'https://www.ilo.org/' },
      {
        language: 'th',
        title: 'แผ่นพับคุ้มครองค่าจ้างแรงงานข้ามชาติ',
        externalUrl: 'https://www.ilo.org/',
      },
    ])
    await drainSearchJobs()
    expect((await search('คุ้มครองค่าจ้าง', { locale: 'th' })).total).toBe(1)
    await payload.update({
      collection: 'resources',
      id: work.id,
      data: {
        editions: [
          { language: 'en', title: 'Wage protection leaflet', externalUrl: 'https://www.ilo.org/' },
        ],
      },
      overrideAccess: true,
      context: ctx,
    })
    await drainSearchJobs()
    expect((await search('คุ้มครองค่าจ้าง', { locale: 'th' })).total).toBe(0)
    expect(titles(await search('wage protection leaflet'))).toContain('Wage protection leaflet')
  })

  it('should forget it when deleted', async () => {
    await payload.delete({
      collection: 'resources',
      id: resource.id,
      overrideAccess: true,
      context: ctx,
    })
    await drainSearchJobs()
    expect((await search('estimator', { user: cast.admin })).total).toBe(0)
  })
})

describe('jobs delivered together', () => {
  it('should keep a document searchable when many syncs of it run at once', async () => {
    const resource = await createResource({ title: 'Concurrent sync checklist' })
    await drainSearchJobs()
    await payload.update({
      collection: 'resources',
      id: resource.id,
      locale: 'th',
      data: { title: 'รายการตรวจสอบการซิงค์พร้อมกัน' },
      overrideAccess: true,
      context: ctx,
    })
    await Promise.all(
      Array.from({ length: 10 }, () =>
        syncToSearch({ payload, collection: 'resources', id: resource.id }),
      ),
    )
    expect(titles(await search('concurrent sync checklist'))).toContain('Concurrent sync checklist')
    expect((await search('ซิงค์', { locale: 'th' })).total).toBe(1)
  })
})

/** The search queue's jobs as the runner left them (completed ones are deleted). */
async function searchJobs(): Promise<PayloadJob[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: 'search' } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

describe('a database that fails while a sync reads it', () => {
  it.each([
    ["the work's own record", { word: 'Ombudsman', method: 'findOne', slug: 'resources' }],
    ['the themes it is filed under', { word: 'Grievance', method: 'find', slug: 'themes' }],
  ] as const)(
    'should keep the work in search and retry its job when %s cannot be read, then index the edit once it can',
    async (_read, { word, method, slug }) => {
      const resource = await createResource({ title: `${word} complaint handbook` })
      await drainSearchJobs()
      expect(titles(await search(word))).toEqual([`${word} complaint handbook`])
      // An editor's change, whose sync job then meets a failing disk.
      await payload.update({
        collection: 'resources',
        id: resource.id,
        data: { title: `${word} complaint handbook, second edition` },
        overrideAccess: true,
        context: ctx,
      })
      expect(await searchJobs()).toHaveLength(1)

      // Reads of this collection fail in the database adapter, as an I/O error would make them;
      // every other read (the job runner's own) still works.
      type Read = (args: { collection: string }) => Promise<unknown>
      const adapter = payload.db as unknown as Record<typeof method, Read>
      const original = adapter[method]
      let failedReads = 0
      adapter[method] = async (args) => {
        if (args.collection !== slug) return original.call(payload.db, args)
        failedReads += 1
        throw new Error('SQLITE_IOERR: disk I/O error')
      }
      try {
        await payload.jobs.run({ queue: 'search', limit: 10, silent: true })
      } finally {
        adapter[method] = original
      }
      expect(failedReads).toBeGreaterThan(0)

      // Not done and not given up: tried once, failed, waiting for its 2 s backoff.
      const [job] = await searchJobs()
      expect(job).toMatchObject({ taskSlug: 'syncSearch', totalTried: 1, hasError: false })
      expect(job.completedAt ?? null).toBeNull()
      expect(job.log?.map((entry) => entry.state)).toEqual(['failed'])
      expect((job.log?.[0].error as { message: string }).message).toBe(
        'SQLITE_IOERR: disk I/O error',
      )
      expect(new Date(job.waitUntil as string).getTime()).toBeGreaterThan(Date.now() - 2_000)
      // The work stays found, under the title it had.
      expect(titles(await search(word))).toEqual([`${word} complaint handbook`])

      // Once the database answers again, the retry indexes the edit and completes the job.
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, new Date(job.waitUntil as string).getTime() - Date.now())),
      )
      await drainSearchJobs()
      expect(await searchJobs()).toHaveLength(0)
      expect(titles(await search(word))).toEqual([`${word} complaint handbook, second edition`])
    },
  )
})

describe('a visitor never receives members-only or draft documents', () => {
  beforeAll(async () => {
    await createResource({ title: 'Shelter directory for survivors', visibility: 'members' })
    await createResource({ title: 'Shelter guidelines draft', _status: 'draft' })
    await createResource({ title: 'Shelter map for the public' })
    await drainSearchJobs()
  })

  it.each([
    {},
    { type: 'resource' },
    { language: 'en' },
    { theme: 'domestic-workers' },
    { perPage: '50' },
    { visibility: 'members' },
    { status: 'draft' },
    { filter: 'visibility = "members"' },
  ])('should return only public published hits to a visitor for %o', async (extra) => {
    const response = await http.rest(
      'GET',
      `/search?${new URLSearchParams({ q: 'shelter', ...extra } as unknown as Record<string, string>)}`,
    )
    expect(response.status).toBe(200)
    expect(
      response.body.hits.map((hit: { title: string }) => hit.title.replace(/<\/?mark>/g, '')),
    ).toEqual(['Shelter map for the public'])
    expect(response.text).not.toMatch(/survivors|guidelines/)
  })

  it('should refuse a filter smuggled into a parameter with a 400', async () => {
    const response = await http.rest(
      'GET',
      `/search?${new URLSearchParams({ q: 'shelter', theme: 'x" OR visibility = "members' })}`,
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/slug/)
  })

  it('should give a signed-in approved member the members-only hit through the API', async () => {
    const response = await http.rest('GET', '/search?q=shelter', { token: memberToken })
    expect(
      response.body.hits
        .map((hit: { title: string }) => hit.title.replace(/<\/?mark>/g, ''))
        .sort(),
    ).toEqual(['Shelter directory for survivors', 'Shelter map for the public'])
    expect(response.text).not.toContain('guidelines')
  })
})

describe('languages written without spaces', () => {
  const sentences = {
    th: 'คู่มือสำหรับแรงงานข้ามชาติในประเทศไทย',
    lo: 'ຄູ່ມືສໍາລັບແຮງງານເຄື່ອນຍ້າຍໃນປະເທດລາວ',
    km: 'សៀវភៅណែនាំសម្រាប់ពលករចំណាកស្រុកនៅកម្ពុជា',
    my: 'ရွှေ့ပြောင်းအလုပ်သမားများအတွက်လမ်းညွှန်စာအုပ်',
  }
  const middleWords = { th: 'แรงงาน', lo: 'ແຮງງານ', km: 'ពលករ', my: 'အလုပ်သမား' }

  beforeAll(async () => {
    for (const [language, sentence] of Object.entries(sentences)) {
      // As real editions are: the work in English, its edition titled in its own language.
      await createResource(
        { title: `Guide for migrant workers (${language})`, summary: 'A short guide.' },
        [
          {
            language: 'en',
            title: `Guide for migrant workers (${language})`,
            externalUrl: 'https://www.ilo.org/',
          },
          { language: language as 'th', title: sentence, externalUrl: 'https://www.ilo.org/' },
        ],
      )
    }
    await createResource({ title: 'Thai news digest', summary: 'ข่าวแรงงานข้ามชาติประจำสัปดาห์' })
    await createResource({ title: 'Thai uniform guide', summary: 'เสื้อขาวสำหรับคนงานในโรงงาน' })
    await drainSearchJobs()
  })

  it.each(Object.keys(middleWords) as (keyof typeof middleWords)[])(
    'should find a word from the middle of a %s sentence',
    async (language) => {
      const result = await search(middleWords[language])
      expect(result.hits.map((hit) => hit.language)).toContain(language)
      const hit = result.hits.find((candidate) => candidate.language === language)!
      expect(hit.title.replace(/<\/?mark>/g, '')).toBe(sentences[language])
      // Highlighted, and without the separators inserted at indexing time.
      expect(hit.title).toContain(`<mark>`)
      expect(hit.title).not.toContain('\u200b')
    },
  )

  it('should not let a Thai word match another that differs only in its tone mark', async () => {
    expect(titles(await search('ข่าว'))).toEqual(['Thai news digest'])
    expect(titles(await search('ขาว'))).toEqual(['Thai uniform guide'])
  })

  it('should store Burmese typed in Zawgyi as Unicode', async () => {
    const zawgyiTitle = new myanmarTools.ZawgyiConverter().unicodeToZawgyi('အလုပ်သမားများအတွက် လက်စွဲ')
    const saved = await createResource({ title: 'Handbook (Burmese)' }, [
      { language: 'my', title: zawgyiTitle, externalUrl: 'https://www.ilo.org/' },
    ])
    expect(saved.editions[0].title).toBe('အလုပ်သမားများအတွက် လက်စွဲ')
  })

  it('should find the Unicode document when the Burmese query is typed in Zawgyi', async () => {
    const zawgyi = new myanmarTools.ZawgyiConverter().unicodeToZawgyi(middleWords.my)
    expect(zawgyi).not.toBe(middleWords.my)
    const result = await search(zawgyi)
    expect(result.hits.map((hit) => hit.language)).toContain('my')
  })
})

describe('finding what people half remember', () => {
  beforeAll(async () => {
    await createResource({ title: 'Paralegal manual for migrant workers' }, [
      {
        language: 'en',
        title: 'Paralegal manual for migrant workers',
        externalUrl: 'https://www.ilo.org/',
      },
      {
        language: 'th',
        title: 'คู่มือผู้ช่วยทนายความสำหรับแรงงานข้ามชาติ',
        externalUrl: 'https://www.ilo.org/',
      },
      {
        language: 'my',
        title: 'ရွှေ့ပြောင်းအလုပ်သမားများအတွက် ဥပဒေအကူ လက်စွဲ',
        externalUrl: 'https://www.ilo.org/',
      },
    ])
    await drainSearchJobs()
  })

  it('should still find an English title with a one-letter typo', async () => {
    expect(titles(await search('paralegal manaul'))[0]).toBe('Paralegal manual for migrant workers')
  })

  it('should group a work’s editions under one hit that says which other languages it is in', async () => {
    const result = await search('paralegal')
    expect(result.hits).toHaveLength(1)
    expect(result.hits[0].alsoIn.sort()).toEqual(['my', 'th'])
  })

  it('should treat the language filter as "has an edition in"', async () => {
    const result = await search('paralegal', { language: 'my' })
    expect(result.hits).toHaveLength(1)
    // The one work, counted once under Thai, its other edition's language.
    expect(result.facets.languages?.th).toBe(1)
  })

  it('should understand the field’s acronyms', async () => {
    await createResource({ title: 'Migrant Worker Resource Centre operations handbook' })
    await drainSearchJobs()
    expect(titles(await search('MRC'))).toContain(
      'Migrant Worker Resource Centre operations handbook',
    )
  })
})

describe('the search API', () => {
  it('should answer JSON with hits, facets, totals and timing', async () => {
    const response = await http.rest('GET', '/search?q=paralegal&locale=th')
    expect(response.status).toBe(200)
    expect(Object.keys(response.body).sort()).toEqual([
      'facets',
      'hits',
      'page',
      'perPage',
      'processingTimeMs',
      'query',
      'total',
      'totalIsExact',
    ])
    // One work with three editions: counted once, and exactly (few matches are counted exactly).
    expect(response.body.total).toBe(1)
    expect(response.body.totalIsExact).toBe(true)
    expect(response.body.hits[0].url).toMatch(/^\/th\/library\//)
    expect(response.body.facets.type.resource).toBe(1)
  })

  it.each([
    ['page=0', /page/],
    ['perPage=500', /perPage/],
    ['locale=fr', /locale/],
    ['type=secret', /type/],
    ['country=Thailand', /ISO/],
    ['year=19', /year/],
  ])('should refuse %s with a 400 and a readable message', async (query, pattern) => {
    const response = await http.rest('GET', `/search?q=x&${query}`)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(pattern)
  })
})

describe('when Meilisearch is down', () => {
  it('should save 50 edits anyway, answer search with a 503, retry every job while it is down, and catch up within 60 s of its return', async () => {
    const resource = await createResource({ title: 'Outage test edition 0' })
    await drainSearchJobs()
    await meili.stop()
    // The job runner keeps running through the outage, as it does in the portal.
    process.env.JOBS_AUTORUN = 'true'
    try {
      const outage = Date.now()
      for (let edit = 1; edit <= 50; edit++) {
        await payload.update({
          collection: 'resources',
          id: resource.id,
          data: { title: `Outage test edition ${edit}` },
          overrideAccess: true,
          context: ctx,
        })
      }
      const others = await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          createResource({ title: `Written during the outage ${n}` }),
        ),
      )
      expect(others).toHaveLength(10)
      const down = await http.rest('GET', '/search?q=outage')
      expect(down.status).toBe(503)
      expect(down.body.errors[0].message).toMatch(/temporarily unavailable/)
      expect(
        (
          await payload.findByID({
            collection: 'resources',
            id: resource.id,
            overrideAccess: true,
          })
        ).title,
      ).toBe('Outage test edition 50')

      // One job per save, each tried and failed three times or more, none given up or lost.
      await expect
        .poll(
          async () => {
            const jobs = await searchJobs()
            return jobs.length === 60 && jobs.every((job) => (job.totalTried ?? 0) >= 3)
          },
          { timeout: 90_000, interval: 500 },
        )
        .toBe(true)
      const jobs = await searchJobs()
      expect(jobs).toHaveLength(60)
      const gaps: number[] = []
      for (const job of jobs) {
        expect(job.hasError).toBe(false)
        expect(job.completedAt ?? null).toBeNull()
        const log = job.log ?? []
        expect(log.length).toBe(job.totalTried)
        for (const [n, entry] of log.entries()) {
          expect(entry.state).toBe('failed')
          // The Meilisearch client's words for a refused connection.
          expect((entry.error as { message: string }).message).toMatch(
            new RegExp(`^Request to ${meili.host}/\\S+ has failed$`),
          )
          // Each retry waits out the task's 2 s backoff after the previous failure.
          if (n > 0) gaps.push(Date.parse(entry.executedAt) - Date.parse(log[n - 1].completedAt))
        }
      }
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2_000)
      const tries = jobs.map((job) => job.totalTried ?? 0)
      const totalTries = tries.reduce((sum, n) => sum + n, 0)
      // Each failed try stays in its job's log (with its stack): what a long outage stores.
      const logBytes = jobs.reduce((sum, job) => sum + JSON.stringify(job.log).length, 0)
      gaps.sort((a, b) => a - b)
      console.log(
        `during ${((Date.now() - outage) / 1000).toFixed(1)} s of outage the runner tried ` +
          `${jobs.length} jobs ${totalTries} times ` +
          `(${Math.min(...tries)}–${Math.max(...tries)} each, retried ` +
          `${(gaps[0] / 1000).toFixed(1)}–${(gaps[gaps.length - 1] / 1000).toFixed(1)} s ` +
          `after a failure, median ${(gaps[Math.floor(gaps.length / 2)] / 1000).toFixed(1)} s); ` +
          `none given up; each failed try adds ~${Math.round(logBytes / totalTries)} bytes ` +
          `to its job's log`,
      )

      await meili.restart()
      const back = Date.now()
      await expect
        .poll(
          async () =>
            titles(await search('outage test edition')).includes('Outage test edition 50'),
          { timeout: 60_000, interval: 500 },
        )
        .toBe(true)
      await expect
        .poll(async () => (await search('written during the outage', { perPage: '50' })).total, {
          timeout: 60_000,
          interval: 500,
        })
        .toBe(10)
      await expect.poll(async () => (await searchJobs()).length, { timeout: 60_000 }).toBe(0)
      console.log(
        `search caught up ${((Date.now() - back) / 1000).toFixed(1)} s after Meilisearch returned`,
      )
      // The edited work is found once, under its latest title: no edition left behind.
      const editions = titles(await search('outage test edition', { perPage: '50' })).filter(
        (title) => title.startsWith('Outage test edition'),
      )
      expect(editions).toEqual(['Outage test edition 50'])
    } finally {
      process.env.JOBS_AUTORUN = 'false'
    }
  }, 240_000)
})

describe('rebuilding the index', () => {
  it('should keep answering queries throughout a full rebuild and swap', async () => {
    const lines: string[] = []
    let answered = 0
    let failed = 0
    let running = true
    const queries = (async () => {
      while (running) {
        try {
          const result = await search('paralegal')
          if (result.total > 0) answered += 1
          else failed += 1
        } catch {
          failed += 1
        }
      }
    })()
    const rebuilt = await rebuildSearchIndex({ payload, log: (line) => lines.push(line) })
    running = false
    await queries
    expect(rebuilt.documents).toBeGreaterThan(10)
    expect(answered).toBeGreaterThan(5)
    expect(failed).toBe(0)
    expect(lines.some((line) => line.startsWith('reindex: resources'))).toBe(true)
    expect(titles(await search('paralegal'))).toEqual(['Paralegal manual for migrant workers'])
  }, 120_000)
})
