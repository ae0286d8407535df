/**
 * The benchmark's works, deterministic: work i is the same whichever process generates it and in
 * whatever order, so a generated database can be kept and reused (see run.mjs), and the queries
 * (queries.ts) can regenerate any work's words to know which works hold them.
 *
 * A work looks like the library's: an English catalogue record or one in the language of its
 * first edition, a title, a summary of 40–120 words and a description of a few hundred, written
 * from real words of its language (vocabulary.json, with their real frequencies), and editions in
 * the languages the seed's editions are written in, in the same proportions.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import type { Payload } from 'payload'

import type { Locale } from '../../../src/i18n/languages'
import { titleOrderOf } from '../../../src/library/titleOrder'
import { paragraphsToRichText } from '../../../src/seed/lexical'

/** Bump when what resourceData() produces changes: kept databases are keyed by it. */
export const DATA_VERSION = 5

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

/**
 * How many of the seed's 60 editions are in each language (src/seed/data/resources.ts: 52 en,
 * 4 th, 2 my, 1 km, 1 lo), plus one each, so Vietnamese and Indonesian, which the seed has no
 * edition in yet but the portal serves, are present too.
 */
export const EDITION_WEIGHTS: Record<Locale, number> = {
  en: 53,
  th: 5,
  my: 3,
  km: 2,
  lo: 2,
  vi: 1,
  id: 1,
}
/** 54 seed works have 60 editions: one work in nine has a second. */
const SECOND_EDITION = 6 / 54
/** The seed's kinds, in its proportions (19 publications, 19 policies, 5 manuals, 5 data, 3 tools, 3 trainings). */
const KIND_WEIGHTS = { publication: 19, policy: 19, manual: 5, data: 5, tool: 3, training: 3 }
/** Scripts written without spaces between words. */
export const SPACELESS: readonly Locale[] = ['th', 'lo', 'km', 'my']

type Vocabulary = { words: string[]; cumulative: Float64Array }
let vocabularies: Record<Locale, Vocabulary> | undefined

/** The real words of each language, each drawn as often as it occurs in real text. */
export function vocabulary(): Record<Locale, Vocabulary> {
  if (vocabularies) return vocabularies
  const raw = JSON.parse(
    fs.readFileSync(new URL('./vocabulary.json', import.meta.url), 'utf8'),
  ) as Record<Locale, [string, number][]>
  vocabularies = Object.fromEntries(
    Object.entries(raw).map(([language, entries]) => {
      const cumulative = new Float64Array(entries.length)
      let sum = 0
      entries.forEach(([, count], k) => (cumulative[k] = sum += count))
      return [language, { words: entries.map(([word]) => word), cumulative }]
    }),
  ) as Record<Locale, Vocabulary>
  return vocabularies
}

function weighted<K extends string>(random: () => number, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][]
  let left = random() * entries.reduce((sum, [, weight]) => sum + weight, 0)
  for (const [key, weight] of entries) if ((left -= weight) < 0) return key
  return entries[0][0]
}

function drawWord(random: () => number, { words, cumulative }: Vocabulary): string {
  const target = random() * cumulative[cumulative.length - 1]
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (cumulative[middle] > target) high = middle
    else low = middle + 1
  }
  return words[low]
}

/** A text as its words: sentences of words, paragraphs of sentences. */
export type Paragraphs = string[][][]
/** One language version of a work, as words. */
export type Version = {
  language: Locale
  title: string[]
  summary: string[][]
  description: Paragraphs
}

/** A run of n words of the language; a Thai, Lao, Khmer or Burmese text quotes an English term now and then. */
function words(random: () => number, language: Locale, n: number): string[] {
  const vocabularyOf = vocabulary()
  return Array.from({ length: n }, () =>
    language !== 'en' && random() < 0.02
      ? drawWord(random, vocabularyOf.en)
      : drawWord(random, vocabularyOf[language]),
  )
}

/** Sentences adding up to about `total` words (8–24 words each). */
function sentences(random: () => number, language: Locale, total: number): string[][] {
  const found: string[][] = []
  for (let left = total; left > 0;) {
    const n = Math.min(left, 8 + Math.floor(random() * 17))
    found.push(words(random, language, n))
    left -= n
  }
  return found
}

/** One language version: title 5–14 words (3–8 in a spaceless script), summary 40–120, description 150–600. */
function version(random: () => number, language: Locale): Version {
  const spaceless = SPACELESS.includes(language)
  const title = words(
    random,
    language,
    spaceless ? 3 + Math.floor(random() * 6) : 5 + Math.floor(random() * 10),
  )
  const summary = sentences(random, language, 40 + Math.floor(random() * 81))
  // A summary holds at most 1,000 characters (the collection's limit): long words, fewer of them.
  const length = (list: string[][]) =>
    list.reduce(
      (sum, sentence) => sum + 2 + sentence.reduce((n, word) => n + word.length + 1, 0),
      0,
    )
  while (summary.length > 1 && length(summary) > 1000) summary.pop()
  const description: Paragraphs = []
  for (let left = 150 + Math.floor(random() * 451); left > 0;) {
    const n = Math.min(left, 40 + Math.floor(random() * 80))
    description.push(sentences(random, language, n))
    left -= n
  }
  return { language, title, summary, description }
}

/**
 * Words as a reader sees them: spaces between words in English, Vietnamese and Indonesian; in
 * Thai, Lao, Khmer and Burmese, none inside a phrase, a space between phrases (every 3–8 words)
 * and the script's own full stop where it has one. An English term in such a text stands apart.
 */
export function sentenceText(sentence: string[], language: Locale, random: () => number): string {
  if (!SPACELESS.includes(language)) {
    const text = sentence.join(' ')
    return `${text[0].toUpperCase()}${text.slice(1)}.`
  }
  let text = ''
  let phrase = 3 + Math.floor(random() * 6)
  for (const [k, word] of sentence.entries()) {
    const latin = /^[a-z]/.test(word)
    const previousLatin = k > 0 && /^[a-z]/.test(sentence[k - 1])
    if (k > 0 && (latin || previousLatin || --phrase === 0)) {
      text += ' '
      if (phrase === 0) phrase = 3 + Math.floor(random() * 6)
    }
    text += word
  }
  return `${text}${{ th: '', lo: '', km: '។', my: '။' }[language as 'th'] ?? ''}`
}

const titleText = (title: string[], language: Locale) =>
  SPACELESS.includes(language)
    ? title.join('')
    : title
        .map((word, k) => (k === 0 ? `${word[0].toUpperCase()}${word.slice(1)}` : word))
        .join(' ')

/** What work i is, before it is written as a record: its languages, kind and words. */
export function work(i: number) {
  const random = randomFrom(0x5eed + i * 7919)
  const first = weighted(random, EDITION_WEIGHTS)
  const languages: Locale[] = [first]
  if (random() < SECOND_EDITION) {
    const others = Object.fromEntries(
      Object.entries(EDITION_WEIGHTS).filter(([language]) => language !== first),
    ) as Record<Locale, number>
    languages.push(weighted(random, others))
  }
  const kind = weighted(random, KIND_WEIGHTS)
  const themeCount = random() < 0.7 ? 1 : 2
  const themeIndexes = [...new Set(Array.from({ length: themeCount }, () => random()))]
  const countryCount = Math.floor(random() * 4)
  const countryIndexes = [...new Set(Array.from({ length: countryCount }, () => random()))]
  const year = 1990 + Math.floor(random() * 37)
  const visibility = i % 10 === 0 ? ('members' as const) : ('public' as const)
  // Each language's words from their own stream, so a work's English does not depend on its Thai.
  const versions = languages.map((language, k) =>
    version(randomFrom(0x7e47 + i * 7919 + k * 104_729), language),
  )
  return { i, languages, kind, themeIndexes, countryIndexes, year, visibility, versions }
}
export type Work = ReturnType<typeof work>

export type Lookups = {
  themes: { id: number | string; slug: string }[]
  countries: { id: number | string; iso: string; name: string }[]
}
/** A work's themes and countries, picked by position in the lookups' fixed order. */
export const themesOf = (w: Work, { themes }: Lookups) => [
  ...new Set(w.themeIndexes.map((r) => themes[Math.floor(r * themes.length)])),
]
export const countriesOf = (w: Work, { countries }: Lookups) => [
  ...new Set(w.countryIndexes.map((r) => countries[Math.floor(r * countries.length)])),
]

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

export const benchSlug = (i: number) => `bench-${i}`

/** A version written out: title, summary and description paragraphs as text. */
export function written(v: Version, seed: number) {
  const random = randomFrom(seed)
  const paragraph = (list: string[][]) =>
    list.map((sentence) => sentenceText(sentence, v.language, random)).join(' ')
  return {
    title: titleText(v.title, v.language),
    summary: paragraph(v.summary),
    description: v.description.map(paragraph),
  }
}

/**
 * Work i as adapter-level data (localised fields per locale, array rows with their ids). As the
 * seed does, the catalogue record's English fields hold the English edition's text, or the first
 * edition's when there is no English one; each edition's language also has its own title,
 * summary and description.
 */
export function resourceData(i: number, lookups: Lookups) {
  const w = work(i)
  const texts = w.versions.map((v, k) => ({ language: v.language, ...written(v, i * 31 + k) }))
  const record = texts.find((text) => text.language === 'en') ?? texts[0]
  const title: Partial<Record<Locale, string>> = { en: record.title }
  const summary: Partial<Record<Locale, string>> = { en: record.summary }
  const description: Partial<Record<Locale, unknown>> = {
    en: paragraphsToRichText(record.description),
  }
  for (const text of texts) {
    if (text === record) continue
    title[text.language] = text.title
    summary[text.language] = text.summary
    description[text.language] = paragraphsToRichText(text.description)
  }
  if (record.language !== 'en') title[record.language] = record.title
  return {
    title,
    // What the collection's hook would keep (adapter-level creates run no hooks).
    titleOrder: titleOrderOf(title),
    slug: benchSlug(i),
    kind: w.kind,
    summary,
    description,
    // The id the full Local API would generate for an array row (24 hex characters).
    editions: texts.map((text, k) => ({
      id: crypto.createHash('sha1').update(`bench-edition-${i}-${k}`).digest('hex').slice(0, 24),
      language: text.language,
      title: text.title,
      summary: text.summary,
      externalUrl: 'https://labordoc.ilo.org/',
    })),
    visibility: w.visibility,
    themes: themesOf(w, lookups).map((theme) => theme.id),
    countries: countriesOf(w, lookups).map((country) => country.id),
    year: w.year,
    _status: 'published',
  }
}
