/**
 * The benchmark's queries: distinct, each drawn from the words of one public work, and each with
 * the work a reader expects to find on the first page of results.
 *
 * A query is two to four of its work's rarer words, or one word and the filters a library reader
 * sets (country, theme, year), chosen so that few works hold them all: the benchmark regenerates
 * every work's words (data.ts is deterministic) and counts, for each candidate, the works that
 * hold every word (the last one also as a prefix, as Meilisearch reads the last word of a query)
 * and match the filters. Only candidates held by at most MAX_HOLDERS works are kept, so the
 * expected work belongs on the first page (ten hits) of any engine that finds all the words.
 */
import type { Locale } from '../../../src/i18n/languages'

import {
  benchSlug,
  countriesOf,
  type Lookups,
  randomFrom,
  SPACELESS,
  themesOf,
  vocabulary,
  work,
  type Work,
} from './data'

/** At most this many works hold all of a query's words (and match its filters). */
export const MAX_HOLDERS = 5

export type QueryKind =
  | 'en 2 words'
  | 'en 3 words'
  | 'en typo'
  | 'en word + filters'
  | 'th'
  | 'lo'
  | 'km'
  | 'my'
  | 'vi'
  | 'id'

/** How many queries of each kind make the 1,000: a third in the four spaceless scripts. */
const QUOTA: Record<QueryKind, number> = {
  'en 2 words': 350,
  'en 3 words': 100,
  'en typo': 50,
  'en word + filters': 100,
  th: 100,
  lo: 80,
  km: 80,
  my: 80,
  vi: 30,
  id: 30,
}

export type BenchQuery = {
  kind: QueryKind
  /** The script the query is written in (en for the English kinds). */
  script: Locale
  params: Record<string, string>
  /** The slug of the work the query was drawn from. */
  expected: string
  words: string[]
  /** Works holding every word and matching the filters (the expected one included). */
  holders: number
}

const languageOf = (kind: QueryKind): Locale => (kind.startsWith('en') ? 'en' : (kind as Locale))

type Candidate = {
  kind: QueryKind
  i: number
  words: string[]
  filters: Record<string, string>
  /** The query text, typo included. */
  q: string
}

/** One letter changed inside the word (a reader's slip), never its first. */
function withTypo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2))
  const letters = 'aeiourstnlcdm'.replace(word[at], '')
  return `${word.slice(0, at)}${letters[Math.floor(random() * letters.length)]}${word.slice(at + 1)}`
}

/**
 * The candidate queries work w could give for a kind, most specific last: pairs of its rarer
 * words, then triples (and fours in a spaceless script, whose vocabulary is smaller).
 */
function candidatesOf(
  w: Work,
  kind: QueryKind,
  lookups: Lookups,
  random: () => number,
): Candidate[] {
  const language = languageOf(kind)
  const v = w.versions.find((version) => version.language === language)
  if (!v) return []
  const { words: ranked } = vocabulary()[language]
  const rank = new Map(ranked.map((word, k) => [word, k]))
  const spaceless = SPACELESS.includes(language)
  // Words a reader would type: of the language, and long enough to mean something.
  const own = [...new Set([v.title, ...v.summary, ...v.description.flat()].flat())].filter(
    (word) => rank.has(word) && word.length >= (spaceless ? 2 : 4),
  )
  own.sort((a, b) => rank.get(b)! - rank.get(a)!)
  const rare = own.slice(0, 12)
  if (rare.length < 4) return []
  const pickSome = (n: number) => {
    const pool = [...rare]
    return Array.from({ length: n }, () => pool.splice(Math.floor(random() * pool.length), 1)[0])
  }
  const found: Candidate[] = []
  const add = (words: string[], filters: Record<string, string> = {}, q = words.join(' ')) =>
    found.push({ kind, i: w.i, words, filters, q })
  if (kind === 'en word + filters') {
    const country = countriesOf(w, lookups)[0]
    const theme = themesOf(w, lookups)[0]
    for (const word of pickSome(3)) {
      if (country) add([word], { country: country.iso, year: String(w.year) })
      add([word], { theme: theme.slug, year: String(w.year) })
      if (country) add([word], { theme: theme.slug, country: country.iso, year: String(w.year) })
    }
    return found
  }
  if (kind === 'en typo') {
    for (const size of [2, 2, 3, 3, 3]) {
      const words = pickSome(size)
      const long = words.findIndex((word) => word.length >= 6)
      if (long < 0) continue
      const typed = words.map((word, n) => (n === long ? withTypo(word, random) : word))
      add(words, {}, typed.join(' '))
    }
    return found
  }
  const sizes =
    kind === 'en 3 words' ? [3, 3, 3] : spaceless ? [2, 2, 2, 3, 3, 3, 4, 4] : [2, 2, 2, 3, 3]
  for (const size of sizes) add(pickSome(size))
  // A Lao or Khmer reader sometimes narrows by the language as well.
  if (!kind.startsWith('en'))
    for (const candidate of found.splice(0)) {
      found.push(candidate)
      if (random() < 0.2) found.push({ ...candidate, filters: { language } })
    }
  return found
}

/** A Latin word as Meilisearch matches it: its letters without their accents. */
const fold = (word: string) =>
  /^[\p{Script=Latin}'-]+$/u.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word

/** Sorted ascending lists: how many values they share. */
function shared(lists: number[][]): number[] {
  let result = lists[0]
  for (const list of lists.slice(1)) {
    const next: number[] = []
    let k = 0
    for (const value of result) {
      while (k < list.length && list[k] < value) k++
      if (list[k] === value) next.push(value)
    }
    result = next
  }
  return result
}

/**
 * Builds the queries for a database of `count` works. Throws if fewer than 95 % of the wanted
 * queries can be made (too few works of some language for distinct, specific queries).
 */
export function benchQueries(count: number, lookups: Lookups): BenchQuery[] {
  const random = randomFrom(20261207)
  const wanted = Object.entries(QUOTA) as [QueryKind, number][]
  // Candidate works, in a fixed random order: public ones only (a visitor asks).
  const order = Array.from({ length: count }, (_, i) => i)
  for (let k = order.length - 1; k > 0; k--) {
    const other = Math.floor(random() * (k + 1))
    ;[order[k], order[other]] = [order[other], order[k]]
  }
  const byKind = new Map<QueryKind, Candidate[][]>(wanted.map(([kind]) => [kind, []]))
  const usedWorks = new Set<number>()
  for (const i of order) {
    if (wanted.every(([kind, quota]) => byKind.get(kind)!.length >= quota * 2)) break
    const w = work(i)
    if (w.visibility !== 'public') continue
    for (const [kind, quota] of wanted) {
      if (byKind.get(kind)!.length >= quota * 2 || usedWorks.has(i)) continue
      const candidates = candidatesOf(w, kind, lookups, random)
      if (candidates.length === 0) continue
      byKind.get(kind)!.push(candidates)
      usedWorks.add(i)
    }
  }

  // Who holds each candidate word, counting the last word's longer forms (prefix search). Words
  // are compared as Meilisearch compares Latin words: without their accents (viễn is vien).
  const foldedOf = new Map<string, string>()
  for (const v of Object.values(vocabulary()))
    for (const word of v.words) foldedOf.set(word, fold(word))
  const allWords = new Set<string>()
  for (const lists of byKind.values())
    for (const candidates of lists)
      for (const candidate of candidates)
        candidate.words.forEach((word) => allWords.add(foldedOf.get(word) ?? fold(word)))
  const longer = new Map<string, string[]>()
  const everyWord = [...new Set(foldedOf.values())]
  for (const word of [...allWords]) {
    const forms = everyWord.filter((other) => other !== word && other.startsWith(word))
    longer.set(word, forms)
    forms.forEach((form) => allWords.add(form))
  }
  const holders = new Map<string, number[]>([...allWords].map((word) => [word, []]))
  const attributes: {
    countries: Set<string>
    themes: Set<string>
    year: number
    languages: Set<string>
  }[] = []
  for (let i = 0; i < count; i++) {
    const w = work(i)
    attributes.push({
      countries: new Set(countriesOf(w, lookups).map((country) => country.iso)),
      themes: new Set(themesOf(w, lookups).map((theme) => theme.slug)),
      year: w.year,
      languages: new Set(w.languages),
    })
    const seen = new Set<string>()
    for (const v of w.versions)
      for (const token of [v.title, ...v.summary, ...v.description.flat()].flat()) {
        const word = foldedOf.get(token)!
        if (!seen.has(word) && allWords.has(word)) {
          seen.add(word)
          holders.get(word)!.push(i)
        }
      }
  }
  const holdersOf = (candidate: Candidate) => {
    const lists = candidate.words.map((original, k) => {
      const word = foldedOf.get(original)!
      const own = holders.get(word)!
      if (k < candidate.words.length - 1) return own
      return [
        ...new Set([own, ...longer.get(word)!.map((form) => holders.get(form)!)].flat()),
      ].sort((a, b) => a - b)
    })
    const { country, theme, year, language } = candidate.filters
    return shared(lists).filter((i) => {
      const a = attributes[i]
      return (
        (!country || a.countries.has(country)) &&
        (!theme || a.themes.has(theme)) &&
        (!year || a.year === Number(year)) &&
        (!language || a.languages.has(language))
      )
    }).length
  }

  const queries: BenchQuery[] = []
  const texts = new Set<string>()
  for (const [kind, quota] of wanted) {
    let made = 0
    for (const candidates of byKind.get(kind)!) {
      if (made >= quota) break
      for (const candidate of candidates) {
        if (texts.has(candidate.q)) continue
        const held = holdersOf(candidate)
        if (held > MAX_HOLDERS) continue
        texts.add(candidate.q)
        queries.push({
          kind,
          script: languageOf(kind),
          params: { q: candidate.q, ...candidate.filters },
          expected: benchSlug(candidate.i),
          words: candidate.words,
          holders: held,
        })
        made += 1
        break
      }
    }
  }
  const total = wanted.reduce((sum, [, quota]) => sum + quota, 0)
  if (queries.length < total * 0.95) {
    const short = wanted
      .map(([kind, quota]) => [kind, quota, queries.filter((query) => query.kind === kind).length])
      .filter(([, quota, made]) => made < quota)
      .map(([kind, quota, made]) => `${kind} ${made}/${quota}`)
    throw new Error(
      `bench: only ${queries.length} of ${total} specific queries could be drawn from ${count} works (${short.join(', ')})`,
    )
  }
  // Kinds interleaved, so a run of the list mixes them as real traffic would.
  return queries
    .map((query) => ({ query, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ query }) => query)
}
