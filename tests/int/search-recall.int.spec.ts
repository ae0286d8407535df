import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import {
  confirmTask,
  contentIndexName,
  ensureIndex,
  forgetPreparedIndexes,
  indexingClient,
} from '@/search/index'
import { prepareSearch } from '@/search/prepare'

import { httpClient } from '../helpers/http'
import { removeMeiliData, startTestMeilisearch, type TestMeili } from '../helpers/meili'
import { bootPortal, type Portal } from '../helpers/payload'
import { drainSearchJobs } from '../helpers/searchJobs'

/**
 * What a reader finds by typing one word of a text in Thai, Lao, Khmer or Burmese, scripts written
 * without spaces between words. The sentences (tests/fixtures/search-recall/<script>.json) were
 * written for this test about labour migration, in no seeded document; each lists words from its
 * middle as a person would type them, compounds marked. Each sentence becomes a news item; each
 * word is searched through /api/search, and recall is the share of words whose own item is found.
 */
const SCRIPTS = ['th', 'lo', 'km', 'my'] as const
type Script = (typeof SCRIPTS)[number]
type RecallSet = {
  script: Script
  language: string
  sentences: { text: string; en: string; words: { word: string; compound?: boolean }[] }[]
}

const fixtures = path.resolve(__dirname, '../fixtures/search-recall')
const sets = Object.fromEntries(
  SCRIPTS.map((script) => [
    script,
    JSON.parse(fs.readFileSync(path.join(fixtures, `${script}.json`), 'utf8')) as RecallSet,
  ]),
) as Record<Script, RecallSet>

/**
 * For each script a compound typed whole (ICU cuts it in two), a text with it, and a text with
 * its two parts apart: the first must rank above the second.
 */
const PHRASES: Record<Script, { compound: string; together: string; apart: string }> = {
  th: {
    compound: 'แรงงานข้ามชาติ',
    // The employers' association runs training on the rights of migrant workers in Ranong.
    together: 'สมาคมนายจ้างจัดอบรมเรื่องสิทธิของแรงงานข้ามชาติในจังหวัดระนอง',
    // Workers on the rubber farm walk across the hill every morning to feed their families and build the nation.
    apart: 'แรงงานในสวนยางต้องเดินข้ามเขาไปทำงานทุกเช้าเพื่อเลี้ยงครอบครัวและพัฒนาชาติ',
  },
  lo: {
    compound: 'ແຮງງານເຄື່ອນຍ້າຍ',
    // The employers' association runs training on the rights of migrant workers in Champasak.
    together: 'ສະມາຄົມນາຍຈ້າງຈັດຝຶກອົບຮົມກ່ຽວກັບສິດຂອງແຮງງານເຄື່ອນຍ້າຍໃນແຂວງຈຳປາສັກ',
    // The company moved its factory to another province, then took on new workers.
    apart: 'ບໍລິສັດໄດ້ເຄື່ອນຍ້າຍໂຮງງານໄປແຂວງອື່ນແລ້ວຈຶ່ງຮັບແຮງງານໃໝ່ເຂົ້າມາ',
  },
  km: {
    compound: 'ពលករចំណាកស្រុក',
    // The employers' association runs training on the rights of migrant workers in Koh Kong.
    together: 'សមាគមនិយោជករៀបចំវគ្គបណ្តុះបណ្តាលអំពីសិទ្ធិរបស់ពលករចំណាកស្រុកនៅខេត្តកោះកុង',
    // The workers of this village no longer want to migrate.
    apart: 'ពលករនៅក្នុងភូមិនេះលែងចង់ធ្វើចំណាកស្រុកទៀតហើយ',
  },
  my: {
    compound: 'ရွှေ့ပြောင်းအလုပ်သမား',
    // The employers' association opened a course on migrant workers' rights in Mawlamyine.
    together: 'အလုပ်ရှင်အသင်းသည်ရွှေ့ပြောင်းအလုပ်သမားများ၏အခွင့်အရေးဆိုင်ရာသင်တန်းကိုမော်လမြိုင်တွင်ဖွင့်လှစ်ခဲ့သည်',
    // Factory workers moved to live in the new town.
    apart: 'စက်ရုံအလုပ်သမားများသည်မြို့သစ်သို့ရွှေ့ပြောင်းနေထိုင်ကြသည်',
  },
}

/** ข่าว (news) and ขาว (white) differ only by a tone mark, which Meilisearch alone ignores. */
const NEWS_WORD = {
  word: 'ข่าว',
  // The information centre sends workers news every week on community radio.
  text: 'ศูนย์ข้อมูลส่งข่าวให้แรงงานทุกสัปดาห์ทางวิทยุชุมชน',
}
const WHITE_WORD = {
  word: 'ขาว',
  // The factory hands out white shirts to every new worker on their first day.
  text: 'โรงงานแจกเสื้อขาวให้คนงานใหม่ทุกคนในวันแรก',
}

/**
 * A Lao title with Latin words in it ("ILO tool to work out recruitment fees, 2026"). Meilisearch
 * reads such a field as Latin text and drops some Lao vowel marks from it, so ເຄື່ອງມື ("tool")
 * typed with them went unfound.
 */
const LAO_TITLE = { word: 'ເຄື່ອງມື', title: 'ILO ເຄື່ອງມືຄິດໄລ່ຄ່າທຳນຽມການຈັດຫາງານ 2026' }

let meili: TestMeili
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
const recall: Partial<Record<Script, string>> = {}

/** A published news item in one language only; the sentence is its title or its summary. */
async function createNews(locale: Script, slug: string, title: string, summary: string) {
  await payload.create({
    collection: 'news',
    locale,
    data: {
      title,
      slug,
      summary,
      date: '2026-12-01T00:00:00.000Z',
      kind: 'country-news',
      _status: 'published',
    },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

const slugOf = (script: Script, n: number) => `recall-${script}-${n + 1}`

type Hit = { url: string; title: string }
async function search(q: string, locale: string): Promise<{ status: number; hits: Hit[] }> {
  const response = await http.rest(
    'GET',
    `/search?${new URLSearchParams({ q, locale, perPage: '50' })}`,
  )
  return { status: response.status, hits: response.body?.hits ?? [] }
}

beforeAll(async () => {
  meili = await startTestMeilisearch()
  portal = await bootPortal('search-recall')
  payload = portal.payload
  http = httpClient(portal.config)
  for (const script of SCRIPTS) {
    for (const [n, sentence] of sets[script].sentences.entries()) {
      // Half in titles, half in summaries: both reach search through their own fields.
      const inTitle = n % 2 === 0
      await createNews(
        script,
        slugOf(script, n),
        inTitle ? sentence.text : sentence.en,
        inTitle ? sentence.en : sentence.text,
      )
    }
    const phrase = PHRASES[script]
    await createNews(script, `together-${script}`, `Together (${script})`, phrase.together)
    await createNews(script, `apart-${script}`, `Apart (${script})`, phrase.apart)
  }
  await createNews('th', 'thai-news', 'News by radio', NEWS_WORD.text)
  await createNews('th', 'thai-white', 'White shirts', WHITE_WORD.text)
  await createNews('lo', 'lao-title', LAO_TITLE.title, 'A tool for workers and their unions.')
  await drainSearchJobs(payload)
}, 300_000)

afterAll(async () => {
  console.log(
    `search recall per script: ${SCRIPTS.map((script) => `${script} ${recall[script] ?? 'not measured'}`).join('; ')}`,
  )
  await portal?.close()
  await meili?.stop()
  if (meili) removeMeiliData(meili)
})

describe('the recall set', () => {
  it.each(SCRIPTS)(
    'should hold at least 60 words in %s, each taken from its own sentence, in no seeded document',
    (script) => {
      const seeded = fs
        .readdirSync(path.resolve(__dirname, '../../src/seed/data'))
        .map((file) =>
          fs.readFileSync(path.resolve(__dirname, '../../src/seed/data', file), 'utf8'),
        )
        .join('\n')
      const { sentences } = sets[script]
      const words = sentences.flatMap((sentence) => sentence.words)
      expect(words.length).toBeGreaterThanOrEqual(60)
      expect(words.filter((word) => word.compound).length).toBeGreaterThanOrEqual(20)
      for (const sentence of sentences) {
        expect(seeded).not.toContain(sentence.text)
        for (const { word } of sentence.words) {
          expect(sentence.text).toContain(word)
          // From the middle: never the sentence's first word.
          expect(sentence.text.startsWith(word)).toBe(false)
        }
      }
    },
  )
})

describe('words typed from the middle of a sentence', () => {
  it.each(SCRIPTS)(
    'should find at least 95% of the %s words in their own item',
    async (script) => {
      const { sentences, language } = sets[script]
      const statuses = new Set<number>()
      const missed: string[] = []
      let [found, total, compoundsFound, compounds] = [0, 0, 0, 0]
      for (const [n, sentence] of sentences.entries()) {
        for (const { word, compound } of sentence.words) {
          const result = await search(word, script)
          statuses.add(result.status)
          const isFound = result.hits.some(
            (hit) => hit.url === `/${script}/news/${slugOf(script, n)}`,
          )
          total += 1
          if (compound) compounds += 1
          if (isFound) {
            found += 1
            if (compound) compoundsFound += 1
          } else missed.push(word)
        }
      }
      recall[script] = `${(found / total).toFixed(3)} (${found}/${total})`
      console.log(
        `search recall ${language}: ${recall[script]}; compounds ${compoundsFound}/${compounds}` +
          `${missed.length ? `; missed ${missed.join(' ')}` : ''}`,
      )
      expect([...statuses]).toEqual([200])
      expect(found / total).toBeGreaterThanOrEqual(0.95)
    },
    120_000,
  )

  it.each(SCRIPTS)(
    'should find the %s compounds that ICU cuts in two or more, typed whole',
    async (script) => {
      // ICU's own cut of the word typed alone says which compounds it splits.
      const segmenter = new Intl.Segmenter(script, { granularity: 'word' })
      const split = sets[script].sentences.flatMap((sentence, n) =>
        sentence.words
          .filter(({ word, compound }) => compound && [...segmenter.segment(word)].length > 1)
          .map(({ word }) => ({ word, url: `/${script}/news/${slugOf(script, n)}` })),
      )
      expect(split.length).toBeGreaterThanOrEqual(10)
      let found = 0
      for (const { word, url } of split) {
        const result = await search(word, script)
        expect(result.status).toBe(200)
        if (result.hits.some((hit) => hit.url === url)) found += 1
      }
      console.log(`search recall ${script}: compounds ICU splits ${found}/${split.length}`)
      expect(found / split.length).toBeGreaterThanOrEqual(0.95)
    },
    120_000,
  )
})

describe('ranking', () => {
  it.each(SCRIPTS)(
    'should rank a %s text with the compound above one with its parts apart',
    async (script) => {
      const result = await search(PHRASES[script].compound, script)
      expect(result.status).toBe(200)
      const urls = result.hits.map((hit) => hit.url)
      const together = urls.indexOf(`/${script}/news/together-${script}`)
      const apart = urls.indexOf(`/${script}/news/apart-${script}`)
      // Both are found: the parts apart match too, but lower.
      expect(together).toBeGreaterThanOrEqual(0)
      expect(apart).toBeGreaterThan(together)
    },
  )
})

describe('Thai tone marks', () => {
  it('should not let ข่าว (news) find a text with only ขาว (white), nor the reverse', async () => {
    const news = await search(NEWS_WORD.word, 'th')
    const white = await search(WHITE_WORD.word, 'th')
    expect(news.status).toBe(200)
    expect(white.status).toBe(200)
    expect(news.hits.map((hit) => hit.url)).toEqual(['/th/news/thai-news'])
    expect(white.hits.map((hit) => hit.url)).toEqual(['/th/news/thai-white'])
  })
})

describe('titles with Latin words in them', () => {
  it('should find a Lao title with "ILO" in it by a Lao word, and show the title as written', async () => {
    const result = await search(LAO_TITLE.word, 'lo')
    expect(result.status).toBe(200)
    expect(result.hits.map((hit) => hit.url)).toEqual(['/lo/news/lao-title'])
    expect(result.hits[0].title).toBe(
      LAO_TITLE.title.replace(LAO_TITLE.word, `<mark>${LAO_TITLE.word}</mark>`),
    )
  })
})

describe('an index built before the Thai and Khmer fields existed', () => {
  it('should be rebuilt when the portal starts, and find Thai words again', async () => {
    // The index as the previous release left it: the same documents without the new fields.
    const { client } = indexingClient()
    const live = contentIndexName()
    const { results } = await client.index(live).getDocuments({ limit: 1000 })
    // One search document per news item: the sentences, the phrases, the tone and the Lao title.
    const items = SCRIPTS.reduce((sum, script) => sum + sets[script].sentences.length, 0)
    expect(results).toHaveLength(items + 2 * SCRIPTS.length + 3)
    const added = ['title_th', 'segmented_th', 'title_km', 'segmented_km']
    const older = results.map((document) =>
      Object.fromEntries(Object.entries(document).filter(([field]) => !added.includes(field))),
    )
    await confirmTask(client.deleteIndex(live))
    forgetPreparedIndexes()
    await ensureIndex()
    await confirmTask(client.index(live).addDocuments(older))
    // No document has a Thai field: Meilisearch calls them "not searchable", and the reader gets
    // no result rather than an error.
    expect(await search(NEWS_WORD.word, 'th')).toEqual({ status: 200, hits: [] })

    const said = vi.spyOn(payload.logger, 'info')
    await prepareSearch(payload)
    expect(said.mock.calls.map(([line]) => String(line)).join('\n')).toContain(
      'no document has title_th, title_km, segmented_th, segmented_km; rebuilding',
    )
    await expect
      .poll(async () => (await search(NEWS_WORD.word, 'th')).hits.map((hit) => hit.url), {
        timeout: 60_000,
        interval: 500,
      })
      .toEqual(['/th/news/thai-news'])
    // The rebuild ends by dropping its work index: let it finish before the database closes.
    await expect
      .poll(
        async () => (await client.getIndexes({ limit: 100 })).results.map((index) => index.uid),
        {
          timeout: 30_000,
          interval: 250,
        },
      )
      .toEqual([live])
    said.mockRestore()
  }, 120_000)
})
