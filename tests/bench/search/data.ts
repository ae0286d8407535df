/**
 * The benchmark's data and queries, deterministic: resource i is the same whichever process
 * generates it and in whatever order, so a generated database can be kept and reused (see
 * run.mjs) and every run asks the same 1,000 queries.
 */
import crypto from 'node:crypto'
import type { Payload } from 'payload'

import { titleOrderOf } from '../../../src/library/titleOrder'

/** Bump when what resourceData() produces changes: kept databases are keyed by it. */
export const DATA_VERSION = 3

/** mulberry32: a small seeded generator. */
export function randomFrom(seed: number) {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const WORDS = {
  en: [
    'recruitment',
    'fees',
    'domestic',
    'workers',
    'trafficking',
    'return',
    'reintegration',
    'skills',
    'recognition',
    'bilateral',
    'agreement',
    'social',
    'protection',
    'remittances',
    'wages',
    'contract',
    'complaint',
    'shelter',
    'counselling',
    'legal',
    'aid',
    'union',
    'organizing',
    'fishers',
    'seafood',
    'construction',
    'plantation',
    'garment',
    'women',
    'youth',
    'employment',
    'permit',
    'policy',
    'review',
    'guide',
    'manual',
    'training',
    'toolkit',
    'survey',
    'labour',
    'inspection',
    'forced',
    'debt',
    'bondage',
    'passport',
    'retention',
    'grievance',
    'mechanism',
    'pre-departure',
    'orientation',
  ],
  th: [
    'แรงงาน',
    'ข้ามชาติ',
    'คู่มือ',
    'สิทธิ',
    'การจ้างงาน',
    'ค่าจ้าง',
    'สัญญา',
    'ร้องเรียน',
    'ความคุ้มครอง',
    'ทางสังคม',
    'ข่าว',
    'ขาว',
    'นายจ้าง',
    'สหภาพ',
  ],
  lo: ['ແຮງງານ', 'ຄູ່ມື', 'ສິດ', 'ການຈ້າງງານ', 'ຄ່າແຮງ', 'ສັນຍາ', 'ການຄຸ້ມຄອງ', 'ເຄື່ອນຍ້າຍ'],
  my: ['အလုပ်သမား', 'လမ်းညွှန်', 'အခွင့်အရေး', 'လုပ်ခ', 'စာချုပ်', 'ကာကွယ်', 'ရွှေ့ပြောင်း'],
  km: ['ពលករ', 'សិទ្ធិ', 'ការងារ', 'ប្រាក់ឈ្នួល', 'កិច្ចសន្យា', 'ចំណាកស្រុក'],
} as const
type Language = keyof typeof WORDS
const LANGUAGES: readonly Language[] = ['en', 'en', 'en', 'en', 'th', 'lo', 'my', 'km']
const KINDS = ['publication', 'tool', 'manual', 'training', 'policy', 'data'] as const

export type Lookups = {
  themes: { id: number | string; slug: string }[]
  countries: { id: number | string; iso: string; name: string }[]
}

/** The seed's themes and countries, in a fixed order (ids differ between databases, slugs do not). */
export async function loadBenchLookups(payload: Payload): Promise<Lookups> {
  const read = async (collection: 'themes' | 'countries', sort: string) =>
    (
      await payload.find({
        collection,
        limit: 0,
        pagination: false,
        depth: 0,
        locale: 'en',
        sort,
        overrideAccess: true,
      })
    ).docs as unknown as Record<string, unknown>[]
  return {
    themes: (await read('themes', 'slug')).map((theme) => ({
      id: theme.id as number | string,
      slug: String(theme.slug),
    })),
    countries: (await read('countries', 'iso')).map((country) => ({
      id: country.id as number | string,
      iso: String(country.iso),
      name: String(country.name),
    })),
  }
}

function tools(random: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const several = <T>(list: readonly T[], n: number) => Array.from({ length: n }, () => pick(list))
  const sentence = (language: Language, n: number) =>
    language === 'en' ? several(WORDS.en, n).join(' ') : several(WORDS[language], n).join('')
  return { pick, several, sentence }
}

export const benchSlug = (i: number) => `bench-${i}`

/** Resource i, as adapter-level data (localised fields per locale, array rows with their ids). */
export function resourceData(i: number, { themes, countries }: Lookups) {
  const random = randomFrom(0x5eed + i * 7919)
  const { pick, sentence } = tools(random)
  const language = pick(LANGUAGES)
  const title =
    language === 'en' ? `${sentence('en', 4)} ${pick(countries).name}` : sentence(language, 4)
  return {
    title: { en: title },
    // What the collection's hook would keep (adapter-level creates run no hooks).
    titleOrder: titleOrderOf({ en: title }),
    slug: benchSlug(i),
    kind: pick(KINDS),
    summary: { en: `${sentence('en', 18)}. ${language === 'en' ? '' : sentence(language, 10)}` },
    // The id the full Local API would generate for an array row (24 hex characters).
    editions: [
      {
        id: crypto.createHash('sha1').update(`bench-edition-${i}`).digest('hex').slice(0, 24),
        language,
        title,
        externalUrl: 'https://labordoc.ilo.org/',
      },
    ],
    visibility: i % 10 === 0 ? 'members' : 'public',
    themes: [pick(themes).id],
    countries: [pick(countries).id],
    year: 1995 + Math.floor(random() * 31),
    _status: 'published',
  }
}

/** The 1,000 mixed queries: English words, typos, each script, and filters. */
export function benchQueries({ themes, countries }: Lookups): Record<string, string>[] {
  const { pick, several } = tools(randomFrom(20261123))
  return Array.from({ length: 1000 }, (_, n): Record<string, string> => {
    const roll = n % 20
    if (roll < 10) return { q: several(WORDS.en, 1 + (n % 3)).join(' ') }
    if (roll < 12) return { q: pick(WORDS.en).replace(/(.)(.)$/, '$2$1') } // a typo: last two letters swapped
    if (roll < 14) return { q: pick(WORDS.th) }
    if (roll < 15) return { q: pick(WORDS.lo) }
    if (roll < 16) return { q: pick(WORDS.my) }
    if (roll < 17) return { q: pick(WORDS.km) }
    if (roll < 18) return { q: pick(WORDS.en), type: 'resource', theme: pick(themes).slug }
    if (roll < 19) return { q: pick(WORDS.en), language: pick(['th', 'lo', 'my', 'km']) }
    return { q: pick(WORDS.en), country: pick(countries).iso }
  })
}
