import { renderToStaticMarkup } from 'react-dom/server'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { SearchHits } from '@/components/search/SearchHits'
import { searchPortal } from '@/data/search'
import { SEARCH_SHAPE } from '@/search/documents'
import {
  confirmTask,
  contentIndexName,
  ensureIndex,
  forgetPreparedIndexes,
  indexingClient,
} from '@/search/index'
import { prepareSearch } from '@/search/prepare'
import { segmentSpacelessScripts, WORD_SEPARATOR } from '@/search/text'
import { paragraphsToRichText } from '@/seed/lexical'

import { httpClient } from '../helpers/http'
import { removeMeiliData, startTestMeilisearch, type TestMeili } from '../helpers/meili'
import { bootPortal, type Portal } from '../helpers/payload'
import { drainSearchJobs } from '../helpers/searchJobs'

/**
 * Issue 13: the displayed fields (title, summary, body) hold Thai, Lao, Khmer and Burmese with an
 * invisible separator (U+200B) between their words, so Meilisearch indexes words there, not whole
 * phrases. Readers must see the text as written: found by a word from its middle, that word marked
 * and nothing else, and no separator anywhere in what the API or the search page returns.
 */
const SCRIPTS = ['th', 'lo', 'km', 'my'] as const
type Script = (typeof SCRIPTS)[number]

/**
 * Per script: a title and a word from its middle; a summary with English and figures around the
 * script's own text (Meilisearch reads such a field as Latin text) and a word from its middle.
 */
const TEXTS: Record<
  Script,
  { title: string; titleWord: string; summary: string; summaryWord: string }
> = {
  th: {
    // The advice centre for workers runs a hotline in Burmese and Khmer every day.
    title: 'ศูนย์ให้คำปรึกษาสำหรับแรงงานเปิดสายด่วนเป็นภาษาพม่าและภาษาเขมรทุกวัน',
    titleWord: 'สายด่วน',
    // ILO 2026: most domestic workers are still not fully protected by social security law.
    summary:
      'ILO 2026: ผลการสำรวจพบว่าลูกจ้างทำงานบ้านส่วนใหญ่ยังไม่ได้รับความคุ้มครองจากกฎหมายประกันสังคมอย่างเต็มที่ (survey)',
    summaryWord: 'ประกันสังคม',
  },
  lo: {
    // Last year thousands of migrant workers sent money home through banks.
    title: 'ປີກາຍນີ້ແຮງງານເຄື່ອນຍ້າຍຫຼາຍພັນຄົນໄດ້ສົ່ງເງິນກັບບ້ານຜ່ານທະນາຄານແທນການຝາກນຳຄົນຮູ້ຈັກຄືແຕ່ກ່ອນ',
    titleWord: 'ທະນາຄານ',
    // ILO 2026: some employers still charge recruitment fees to Lao workers in Thailand.
    summary:
      'ILO 2026: ນາຍຈ້າງບາງຄົນຍັງເກັບຄ່າທຳນຽມການຈັດຫາງານຈາກແຮງງານລາວທີ່ໄປເຮັດວຽກຢູ່ປະເທດໄທເປັນຈຳນວນຫຼາຍ (recruitment fees)',
    // Meilisearch marks only ທຳນຽມ of it in this summary, read as Latin text.
    summaryWord: 'ຄ່າທຳນຽມ',
  },
  km: {
    // Police rescued ten victims of human trafficking in Banteay Meanchey last week.
    title: 'ប៉ូលិសបានជួយសង្គ្រោះជនរងគ្រោះពីការជួញដូរមនុស្សចំនួនដប់នាក់នៅខេត្តបន្ទាយមានជ័យកាលពីសប្តាហ៍មុន',
    titleWord: 'ជនរងគ្រោះ',
    // ILO 2026: many domestic workers have no weekly rest day. "Weekly" is spelt with subscript
    // DA here (សប្ដាហ៍), and typed below with TA (សប្តាហ៍): the mark must keep the DA.
    summary: 'ILO 2026: អ្នកបម្រើការងារតាមផ្ទះជាច្រើនមិនមានថ្ងៃឈប់សម្រាកប្រចាំសប្ដាហ៍ទេ (rest day)',
    summaryWord: 'ប្រចាំសប្តាហ៍',
  },
  my: {
    // Last year thousands of migrant workers sent money to their families through banks.
    title: 'ပြီးခဲ့သည့်နှစ်တွင်ရွှေ့ပြောင်းအလုပ်သမားထောင်ပေါင်းများစွာသည်ဘဏ်မှတစ်ဆင့်မိသားစုထံငွေလွှဲပို့ခဲ့ကြသည်',
    titleWord: 'ဘဏ်',
    // ILO 2026: some employers still collect broker fees from Myanmar workers in Thailand.
    summary:
      'ILO 2026: အလုပ်ရှင်အချို့သည်ထိုင်းနိုင်ငံတွင်အလုပ်လုပ်သောမြန်မာအလုပ်သမားများထံမှပွဲစားခကိုယခုထိကောက်ခံနေဆဲဖြစ်သည် (broker fees)',
    summaryWord: 'ပွဲစားခ',
  },
}

/**
 * A Lao body with English in it, which Meilisearch reads as Latin text: it finds ສະຫວັນນະເຂດ
 * there itself and crops the body around it, but not ສິດທິ nor ເຄື່ອງມື (their vowel and tone
 * marks dropped), and crops the body's start, which they are not in: their snippets are cut from
 * the whole text.
 */
const LAO_BODY = {
  paragraphs: [
    'Report of the ILO country office, 2026. Labour migration between Laos and Thailand.',
    'ແມ່ບ້ານທີ່ເຮັດວຽກໃນເຮືອນຂອງຄົນອື່ນມັກບໍ່ມີມື້ພັກປະຈຳອາທິດເລີຍ (domestic workers, no weekly day off)',
    'ບົດບັນທຶກຄວາມເຂົ້າໃຈລະຫວ່າງລາວກັບໄທວ່າດ້ວຍການຈ້າງງານໄດ້ກຳນົດສິດທິຂອງຜູ້ອອກແຮງງານໄວ້ຢ່າງຈະແຈ້ງ (the MOU of 2016)',
    'ສູນໃຫ້ຄຳປຶກສາແກ່ແຮງງານໄດ້ເປີດສາຍດ່ວນທີ່ໂທຟຣີໄດ້ທັງກາງເວັນແລະກາງຄືນ (hotline 1300)',
    'ຕຳຫຼວດໄດ້ຊ່ວຍເຫຼືອຜູ້ເຄາະຮ້າຍຈາກການຄ້າມະນຸດສິບຄົນຢູ່ແຂວງສະຫວັນນະເຂດເມື່ອອາທິດແລ້ວ (ten victims, 2025)',
    'ILO ເຄື່ອງມືຄິດໄລ່ຄ່າທຳນຽມການຈັດຫາງານ 2026',
  ],
  words: ['ສະຫວັນນະເຂດ', 'ສິດທິ', 'ເຄື່ອງມື'],
}

let meili: TestMeili
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>

const slugOf = (script: Script) => `separators-${script}`
/** The hit of the script's own news item, read in that script's language. */
const newsHitOf = <Hit extends { url: string }>(hits: Hit[], script: Script) =>
  hits.find((candidate) => candidate.url === `/${script}/news/${slugOf(script)}`)

async function createNews(
  locale: Script,
  slug: string,
  data: { title: string; summary: string; body?: string[] },
) {
  await payload.create({
    collection: 'news',
    locale,
    data: {
      title: data.title,
      slug,
      summary: data.summary,
      ...(data.body ? { body: paragraphsToRichText(data.body) } : {}),
      date: '2026-12-01T00:00:00.000Z',
      kind: 'country-news',
      _status: 'published',
    },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

type Hit = { url: string; title: string; snippet: string }
async function search(q: string, locale: string) {
  const response = await http.rest('GET', `/search?${new URLSearchParams({ q, locale })}`)
  expect(response.status).toBe(200)
  // Nowhere in the answer: not in a title, a snippet, a facet or anything else.
  expect(response.text).not.toContain(WORD_SEPARATOR)
  expect(response.text).not.toContain('\\u200b')
  return response.body as { hits: Hit[]; total: number }
}

/** The marked stretches of a highlighted text, and the text without its tags. */
const marksOf = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1])
const plain = (html: string) => html.replace(/<\/?mark>/g, '')

beforeAll(async () => {
  meili = await startTestMeilisearch()
  portal = await bootPortal('search-separators')
  payload = portal.payload
  http = httpClient(portal.config)
  for (const script of SCRIPTS) await createNews(script, slugOf(script), TEXTS[script])
  await createNews('lo', 'separators-lo-body', {
    title: 'Labour migration in Laos, 2026',
    summary: 'A country report.',
    body: LAO_BODY.paragraphs,
  })
  await drainSearchJobs(payload)
}, 300_000)

afterAll(async () => {
  await portal?.close()
  await meili?.stop()
  if (meili) removeMeiliData(meili)
})

describe('the displayed fields as Meilisearch indexes them', () => {
  it.each(SCRIPTS)(
    'should hold %s as written with a separator between its words, which Meilisearch matches one by one',
    async (script) => {
      const { client } = indexingClient()
      const index = client.index(contentIndexName())
      const { title, titleWord } = TEXTS[script]
      const { results } = await index.getDocuments<{ title: string; shape: number }>({
        filter: `workId EXISTS`,
        fields: ['title', 'shape'],
        limit: 100,
      })
      const document = results.find((candidate) =>
        candidate.title.replaceAll(WORD_SEPARATOR, '').startsWith(title),
      )!
      expect(document.shape).toBe(SEARCH_SHAPE)
      expect(document.title.replaceAll(WORD_SEPARATOR, '')).toBe(title)
      expect(document.title.split(WORD_SEPARATOR).length).toBeGreaterThan(5)
      // A word from the middle, searched in the displayed title alone: Meilisearch's tokenizer
      // splits on the separator, so the word is a word of the field, matched where it stands.
      const result = await index.search(segmentSpacelessScripts(titleWord, ' '), {
        attributesToSearchOn: ['title'],
        matchingStrategy: 'all',
        showMatchesPosition: true,
        attributesToRetrieve: ['title'],
      })
      const hit = result.hits.find((candidate) => candidate.title === document.title)
      expect(hit?._matchesPosition?.title?.length).toBeGreaterThan(0)
      const bytes = Buffer.from(document.title)
      const [{ start, length }] = hit!._matchesPosition!.title!
      // Meilisearch counts bytes; the match is the word or its first part (a compound's parts).
      expect(titleWord.startsWith(bytes.subarray(start, start + length).toString())).toBe(true)
    },
  )
})

describe('what readers get', () => {
  it.each(SCRIPTS)(
    'should find a %s word from the middle of a title, and mark exactly that word in the title as written',
    async (script) => {
      const { title, titleWord } = TEXTS[script]
      const { hits } = await search(titleWord, script)
      const hit = newsHitOf(hits, script)
      expect(hit).toBeDefined()
      expect(hit!.title).toBe(title.replace(titleWord, `<mark>${titleWord}</mark>`))
    },
  )

  it.each(SCRIPTS)(
    'should find a %s word from the middle of a summary with English in it, and mark exactly that word in the summary as written',
    async (script) => {
      const { summary, summaryWord } = TEXTS[script]
      const { hits } = await search(summaryWord, script)
      const hit = newsHitOf(hits, script)
      expect(hit).toBeDefined()
      // The word as written in the text (Khmer: with the subscript the text has).
      const written =
        script === 'km' ? summaryWord.replace('\u17d2\u178f', '\u17d2\u178a') : summaryWord
      expect(marksOf(hit!.snippet)).toEqual([written])
      // The summary as written, the English and figures around the words included.
      expect(plain(hit!.snippet).replace(/^…|…$/g, '')).toBe(summary)
    },
  )

  it.each(LAO_BODY.words)(
    'should cut the snippet where the Lao word %s stands in a body with English in it, and mark it',
    async (word) => {
      const { hits } = await search(word, 'lo')
      const hit = hits.find((candidate) => candidate.url === '/lo/news/separators-lo-body')
      expect(hit).toBeDefined()
      expect(marksOf(hit!.snippet)).toEqual([word])
      const shown = plain(hit!.snippet).replace(/^…|…$/g, '')
      expect(LAO_BODY.paragraphs.join('\n')).toContain(shown)
    },
  )

  it('should mark the words of a query in English and Lao together, in the text as written', async () => {
    const { hits } = await search(`ILO ${TEXTS.lo.summaryWord}`, 'lo')
    const hit = hits.find((candidate) => candidate.url === `/lo/news/${slugOf('lo')}`)
    expect(hit).toBeDefined()
    expect(marksOf(hit!.snippet)).toEqual(expect.arrayContaining(['ILO', TEXTS.lo.summaryWord]))
    expect(plain(hit!.snippet).replace(/^…|…$/g, '')).toBe(TEXTS.lo.summary)
  })

  it('should show the search page without a separator in it', async () => {
    const outcome = await searchPortal({
      user: null,
      locale: 'my',
      query: { q: TEXTS.my.titleWord },
    })
    expect(outcome.state).toBe('results')
    if (outcome.state !== 'results') return
    const html = renderToStaticMarkup(SearchHits({ hits: outcome.result.hits, locale: 'my' }))
    expect(html).toContain(`<mark>${TEXTS.my.titleWord}</mark>`)
    expect(html).not.toContain(WORD_SEPARATOR)
  })
})

describe('an index built before the displayed fields held separators', () => {
  it('should be rebuilt when the portal starts, and then hold them', async () => {
    // The index as the previous release left it: the displayed fields as written, and no shape.
    const { client } = indexingClient()
    const live = contentIndexName()
    const index = client.index(live)
    const { results } = await index.getDocuments<Record<string, unknown>>({ limit: 1000 })
    const older = results.map((document) => ({
      ...Object.fromEntries(Object.entries(document).filter(([field]) => field !== 'shape')),
      title: String(document.title).replaceAll(WORD_SEPARATOR, ''),
      summary: String(document.summary).replaceAll(WORD_SEPARATOR, ''),
      body: String(document.body).replaceAll(WORD_SEPARATOR, ''),
    }))
    await confirmTask(client.deleteIndex(live))
    forgetPreparedIndexes()
    await ensureIndex()
    await confirmTask(index.addDocuments(older))

    const said = vi.spyOn(payload.logger, 'info')
    await prepareSearch(payload)
    expect(said.mock.calls.map(([line]) => String(line)).join('\n')).toContain(
      `${older.length} documents were built in an older shape (not ${SEARCH_SHAPE}); rebuilding`,
    )
    await expect
      .poll(
        async () =>
          (await index.getDocuments({ filter: `shape = ${SEARCH_SHAPE}`, limit: 0 })).total,
        { timeout: 60_000, interval: 500 },
      )
      .toBe(older.length)
    const { results: rebuilt } = await index.getDocuments<{ title: string }>({
      fields: ['title'],
      limit: 1000,
    })
    expect(rebuilt.some(({ title }) => title.includes(WORD_SEPARATOR))).toBe(true)
    // The rebuild ends by dropping its work index: let it finish before the database closes.
    await expect
      .poll(async () => (await client.getIndexes({ limit: 100 })).results.map((i) => i.uid), {
        timeout: 30_000,
        interval: 250,
      })
      .toEqual([live])
    said.mockRestore()
  }, 120_000)
})
