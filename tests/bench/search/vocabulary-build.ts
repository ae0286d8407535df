/**
 * Writes tests/bench/search/vocabulary.json: the real words of each of the portal's seven
 * languages, with how often each occurs in real text, from which the benchmark writes its works.
 *
 *   node --import tsx tests/bench/search/vocabulary-build.ts [path of the source documents]
 *
 * English: the five source documents the portal was conceived from (shared/seeds, default
 * /work/shared/seeds; extracted from PDF, so layout noise is dropped by the filters below) and the
 * English interface strings and seed records. Thai, Khmer, Lao, Burmese, Vietnamese and
 * Indonesian: every translated interface string, the seed's translated themes and countries, the
 * forum benchmark's sentences and the search recall set's sentences (tests/fixtures/search-recall,
 * or RECALL_DIR). Spaceless scripts are split into words by ICU (Intl.Segmenter), the segmenter
 * search itself uses. Committed, so a run needs none of these sources; rerun it when they grow.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { LOCALES, type Locale } from '../../../src/i18n/languages'
import { countries } from '../../../src/seed/data/countries'
import { events } from '../../../src/seed/data/events'
import { news } from '../../../src/seed/data/news'
import { projects } from '../../../src/seed/data/projects'
import { resources } from '../../../src/seed/data/resources'
import { themes } from '../../../src/seed/data/themes'
import { SENTENCES } from '../forums/texts'

const here = path.dirname(fileURLToPath(import.meta.url))
const sourcesDir = process.argv[2] ?? '/work/shared/seeds'

/** Letters each language's words are made of: anything else (digits, Latin in a Thai text…) is not its word. */
const SCRIPT: Record<Locale, RegExp> = {
  en: /^[a-z][a-z'-]*[a-z]$|^a$/,
  vi: /^[a-zà-ỹđ]+$/u,
  id: /^[a-z][a-z-]*[a-z]$/,
  th: /^[\u0E01-\u0E5B]+$/,
  lo: /^[\u0E81-\u0EDF]+$/,
  km: /^[\u1780-\u17DD]+$/,
  my: /^[\u1000-\u109F]+$/,
}

const texts: Record<Locale, string[]> = Object.fromEntries(LOCALES.map((l) => [l, []])) as never

/** Every string under a locale key, anywhere in a nested value (interface strings, seed records). */
function collect(value: unknown, language?: Locale): void {
  if (typeof value === 'string') {
    if (language) texts[language].push(value)
    return
  }
  if (Array.isArray(value)) return value.forEach((item) => collect(item, language))
  if (!value || typeof value !== 'object') return
  for (const [key, child] of Object.entries(value)) {
    const keyLanguage = (LOCALES as readonly string[]).includes(key) ? (key as Locale) : undefined
    // A field of a record in English (a seed resource's summary): the record's own language.
    collect(child, keyLanguage ?? (typeof child === 'string' ? language : language))
  }
}

// Interface strings: every module of src/i18n/strings exports objects keyed by locale.
const stringsDir = path.join(here, '../../../src/i18n/strings')
for (const file of fs.readdirSync(stringsDir).filter((name) => name.endsWith('.ts'))) {
  const exports = (await import(path.join(stringsDir, file))) as Record<string, unknown>
  for (const exported of Object.values(exports)) if (typeof exported === 'object') collect(exported)
}
// Seed records: translated themes and countries; the English prose of the others.
collect(themes)
collect(countries)
collect([resources, news, events, projects], 'en')
for (const [language, sentences] of Object.entries(SENTENCES))
  texts[language as Locale].push(...sentences)

// The search recall set's sentences (tests/fixtures/search-recall/<script>.json): Thai, Lao,
// Khmer and Burmese as people write about labour migration.
const recallDir = process.env.RECALL_DIR ?? path.join(here, '../../fixtures/search-recall')
if (fs.existsSync(recallDir)) {
  for (const file of fs.readdirSync(recallDir).filter((name) => name.endsWith('.json'))) {
    const set = JSON.parse(fs.readFileSync(path.join(recallDir, file), 'utf8')) as {
      script: Locale
      sentences: { text: string }[]
    }
    texts[set.script].push(...set.sentences.map((sentence) => sentence.text))
  }
} else console.warn(`vocabulary: no recall set at ${recallDir}`)

// The source documents: English prose, broken across lines by the PDF extraction.
if (fs.existsSync(sourcesDir)) {
  for (const file of fs.readdirSync(sourcesDir).filter((name) => /^\d{3}_.*\.txt$/.test(name)))
    texts.en.push(
      fs
        .readFileSync(path.join(sourcesDir, file), 'utf8')
        // A word hyphenated at a line end is one word.
        .replace(/([a-z])-\n([a-z])/g, '$1$2'),
    )
} else console.warn(`vocabulary: no source documents at ${sourcesDir}; English from the seed only`)

const vocabulary: Record<string, [string, number][]> = {}
for (const language of LOCALES) {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' })
  const counts = new Map<string, number>()
  for (const text of texts[language]) {
    // Placeholders of interface strings ({count}, {name}) are not words.
    const clean = text.replace(/\{[^}]*\}/g, ' ').replace(/https?:\/\/\S+/g, ' ')
    for (const part of segmenter.segment(clean)) {
      if (!part.isWordLike) continue
      const word = ['en', 'vi', 'id'].includes(language) ? part.segment.toLowerCase() : part.segment
      // Longer "words" are lines the PDF extraction glued together.
      if (!SCRIPT[language].test(word) || word.length > 18) continue
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  vocabulary[language] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const tokens = vocabulary[language].reduce((sum, [, count]) => sum + count, 0)
  console.log(`${language}: ${vocabulary[language].length} words, ${tokens} occurrences`)
}

fs.writeFileSync(
  path.join(here, 'vocabulary.json'),
  `{\n${LOCALES.map(
    (language) =>
      `  ${JSON.stringify(language)}: [\n${vocabulary[language]
        .map(([word, count]) => `    [${JSON.stringify(word)}, ${count}]`)
        .join(',\n')}\n  ]`,
  ).join(',\n')}\n}\n`,
)
