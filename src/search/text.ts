// CommonJS module whose exports are set at run time: only its default import works under ESM.
import myanmarTools from 'myanmar-tools'

/**
 * Text preparation shared by indexing and querying, so both sides see words the same way.
 * Thai, Lao, Khmer and Burmese are written without spaces between words. Meilisearch cuts Thai and
 * Khmer with dictionaries of its own that cut a sentence differently from the words typed alone,
 * and leaves Lao and Burmese phrases whole (matched only from their start). So every run of these
 * scripts is split with ICU's dictionaries (Intl.Segmenter) on both sides, and the words are
 * joined with an invisible separator Meilisearch is told to split on.
 */
export const WORD_SEPARATOR = '\u200b'

export const SPACELESS_SCRIPTS = ['th', 'lo', 'km', 'my'] as const
export type SpacelessScript = (typeof SPACELESS_SCRIPTS)[number]

const RUNS: Record<SpacelessScript, RegExp> = {
  th: /[\u0E00-\u0E7F]+/g,
  lo: /[\u0E80-\u0EFF]+/g,
  km: /[\u1780-\u17FF\u19E0-\u19FF]+/g,
  my: /[\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]+/g,
}

const segmenters = new Map<string, Intl.Segmenter>()
function segmenter(locale: string, granularity: 'word' | 'grapheme' = 'word'): Intl.Segmenter {
  const key = `${locale}-${granularity}`
  let found = segmenters.get(key)
  if (!found) segmenters.set(key, (found = new Intl.Segmenter(locale, { granularity })))
  return found
}
/** ICU's cut of a text, every part kept (spaces too); `containing` walks it faster than iterating. */
function cut(text: string, locale: string): string[] {
  const segments = segmenter(locale).segment(text)
  const parts: string[] = []
  for (let at = 0; at < text.length;) {
    const { segment, index } = segments.containing(at)!
    parts.push(segment)
    at = index + segment.length
  }
  return parts
}

/**
 * Walking V8's Intl.Segmenter costs time in proportion to the square of the text's length (28,000
 * characters of Khmer took 1.2 s, in windows of 300 characters 0.01 s), and a Khmer or Burmese
 * paragraph is one run: its full stops are letters of its own script. Long runs are cut in windows;
 * the last words of each window are cut again with the text after them, so a window's end never
 * decides where a word ends.
 */
const WINDOW = 300
const REREAD = 8
function words(text: string, locale: string): string[] {
  const found: string[] = []
  let rest = text
  while (rest.length > WINDOW) {
    const kept = cut(rest.slice(0, WINDOW), locale).slice(0, -REREAD)
    const consumed = kept.join('').length
    if (consumed === 0) break
    found.push(...kept)
    rest = rest.slice(consumed)
  }
  found.push(...cut(rest, locale))
  return found.filter((part) => part.trim() !== '')
}

/**
 * Words that ICU's Lao and Khmer dictionaries sometimes keep on the word after them and sometimes
 * split off: the prefixes that make a noun ("the act of", "the state of", "one who": ການລົງທະບຽນ
 * and ការចុះបញ្ជី, "registration", but ການ|ປົກປ້ອງ and ការ|ជួញដូរ), and the words for province
 * and capital before a place name (ខេត្តបាត់ដំបង but ខេត្ត|កំពង់ចាម; ນະຄອນຫຼວງວຽງຈັນ). They are
 * split off always, on both sides, so ລົງທະບຽນ or បាត់ដំបង typed alone finds the longer word,
 * and the longer word typed whole still matches as adjacent words. Thai's dictionary already
 * splits its own (การ|ค้า|มนุษย์, จังหวัด|ระนอง).
 */
const LEADING_WORDS: Partial<Record<SpacelessScript, string[]>> = {
  lo: ['ການ', 'ຄວາມ', 'ນັກ', 'ຜູ້', 'ບົດ', 'ນະຄອນຫຼວງ'],
  // Khmer words are spelt with subscript TA by then (see khmerWords).
  km: ['ការ', 'សេចក្តី', 'អ្នក', 'ខេត្ត'],
}

function withoutLeadingWord(word: string, script: SpacelessScript): string[] {
  for (const prefix of LEADING_WORDS[script] ?? []) {
    const rest = word.slice(prefix.length)
    // Only before a whole word: a letter (not a vowel sign of the prefix's own syllable), and
    // more than one letter cluster.
    if (
      word.startsWith(prefix) &&
      /^\p{L}/u.test(rest) &&
      [...segmenter(script, 'grapheme').segment(rest)].length > 1
    )
      return [prefix, ...withoutLeadingWord(rest, script)]
  }
  return [word]
}

/**
 * Khmer's subscript TA (្ត) and subscript DA (្ដ) are drawn alike, and people type either
 * (ម្តាយ and ម្ដាយ, "mother"). ICU's dictionary knows some words with TA only (ខេត្ត, អន្តរជាតិ)
 * and some with DA only (ពាក្យបណ្ដឹង), and cuts a word spelt the other way into fragments. So a
 * Khmer run is cut with TA; around each word with that subscript, a few words either side are
 * cut again with DA, and between the places where both cuts agree the one with fewer (so longer,
 * dictionary) words is kept. Every word is then spelt with TA, whichever was typed.
 */
const SUBSCRIPT_TA = '\u17d2\u178f'
const SUBSCRIPT_DA = '\u17d2\u178a'
const withSubscriptTa = (text: string) => text.replaceAll(SUBSCRIPT_DA, SUBSCRIPT_TA)
/** Words either side of one with a subscript TA that its DA spelling may cut differently. */
const SUBSCRIPT_REACH = 3

function khmerWords(run: string): string[] {
  const withTa = words(withSubscriptTa(run), 'km')
  const kept: string[] = []
  for (let start = 0; start < withTa.length;) {
    const near = withTa.findIndex((word, index) => index >= start && word.includes(SUBSCRIPT_TA))
    if (near < 0) {
      kept.push(...withTa.slice(start))
      break
    }
    // The stretch of words around this subscript and any other within reach of it.
    const from = Math.max(start, near - SUBSCRIPT_REACH)
    let to = Math.min(withTa.length, near + SUBSCRIPT_REACH + 1)
    while (
      to < withTa.length &&
      withTa.slice(to - SUBSCRIPT_REACH, to).some((word) => word.includes(SUBSCRIPT_TA))
    )
      to = Math.min(withTa.length, to + 1)
    kept.push(...withTa.slice(start, from), ...fewerWords(withTa.slice(from, to)))
    start = to
  }
  return kept
}

/** A stretch cut with TA, or wherever it cuts into fewer words, with DA. */
function fewerWords(withTa: string[]): string[] {
  const withDa = words(withTa.join('').replaceAll(SUBSCRIPT_TA, SUBSCRIPT_DA), 'km')
  const kept: string[] = []
  let ta: string[] = []
  let da: string[] = []
  let [i, j, endTa, endDa] = [0, 0, 0, 0]
  while (i < withTa.length || j < withDa.length) {
    // Both spellings have the same length, so their cuts can be compared by position.
    if (j >= withDa.length || (i < withTa.length && endTa <= endDa)) {
      ta.push(withTa[i])
      endTa += withTa[i++].length
    } else {
      da.push(withDa[j])
      endDa += withDa[j++].length
    }
    if (endTa === endDa) {
      kept.push(...(da.length < ta.length ? da.map(withSubscriptTa) : ta))
      ;[ta, da] = [[], []]
    }
  }
  return kept
}

/** The words of a run of one script, the same whether it is a document's or a query's. */
export function searchWords(run: string, script: SpacelessScript): string[] {
  return (script === 'km' ? khmerWords(run) : words(run, script)).flatMap((word) =>
    withoutLeadingWord(word, script),
  )
}

/**
 * The words of a run in its own spelling: `searchWords` spells Khmer with subscript TA, which has
 * the length of DA, so the run is cut at the same places. A cut that does not add up to the run
 * (never seen) leaves it whole.
 */
function asWritten(run: string, words: string[]): string[] {
  const found: string[] = []
  let at = 0
  for (const word of words) {
    found.push(run.slice(at, at + word.length))
    at += word.length
  }
  return at === run.length ? found : [run]
}

/** A text as indexed, and its words in each spaceless script (see `segmentText`). */
export type SegmentedText = {
  /** The text as written, its runs of the four scripts with WORD_SEPARATOR between their words. */
  text: string
  /** Each script's runs, one a line, cut into the words its queries look for (`scriptWords`). */
  lines: Record<SpacelessScript, string[]>
}

/**
 * A text cut into words once, for both kinds of field a document has. Meilisearch indexes the
 * displayed fields (title, summary, body) too, and reads a run with no separator in it as one
 * word: a Lao or Burmese phrase becomes one "word" of the index's dictionary, every phrase a new
 * one, and every indexing batch then rebuilt that dictionary and its prefix caches (at 100,000
 * works an edit waited 28 s). So the displayed fields keep their text as written with an invisible
 * WORD_SEPARATOR between the words (the same cut as the script's own fields, in the text's own
 * spelling), which search removes from whatever it returns (query.ts, highlight.ts).
 */
export function segmentText(text: string): SegmentedText {
  const lines = { th: [], lo: [], km: [], my: [] } as Record<SpacelessScript, string[]>
  const indexed = SPACELESS_SCRIPTS.reduce(
    (result, script) =>
      result.replace(RUNS[script], (run) => {
        const found = searchWords(run, script)
        lines[script].push(found.join(WORD_SEPARATOR))
        return asWritten(run, found).join(WORD_SEPARATOR)
      }),
    text,
  )
  return { text: indexed, lines }
}

/**
 * The words of the four scripts in a text, where they are: each run's pieces between separators.
 * In an indexed field (`segmentText`) they are the words Meilisearch matched.
 */
export function spacelessWords(text: string): { start: number; word: string }[] {
  const found: { start: number; word: string }[] = []
  for (const script of SPACELESS_SCRIPTS)
    for (const match of text.matchAll(RUNS[script]))
      found.push({ start: match.index, word: match[0] })
  return found
}

/** Khmer spelt with subscript TA throughout, as the Khmer fields and queries are. */
export const searchSpelling = (word: string) => withSubscriptTa(word)

/** Runs of the four scripts split into words; `separator` is invisible in documents, a space in queries. */
export function segmentSpacelessScripts(text: string, separator = WORD_SEPARATOR): string {
  return SPACELESS_SCRIPTS.reduce(
    (result, script) =>
      result.replace(RUNS[script], (run) => searchWords(run, script).join(separator)),
    text,
  )
}

/**
 * Only the runs of one script in a text, each split into words, one run a line; empty when the
 * text has none. For the segmented fields, which only queries written in that script search:
 * Meilisearch tokenizes an attribute by the language it detects in it. A Latin word or another
 * script in the same field (a Lao title with "ILO" in it, a forum thread in several languages)
 * made it drop the Lao vowel marks there, and the Lao words typed with them went unfound.
 */
export function scriptWords(text: string, script: SpacelessScript): string {
  return (text.match(RUNS[script]) ?? [])
    .map((part) => searchWords(part, script).join(WORD_SEPARATOR))
    .join('\n')
}

/** Meilisearch's locale for a query's script, so the query is tokenized like the documents. */
export function queryLocales(text: string): string[] | undefined {
  if (/[\u0E00-\u0E7F]/.test(text)) return ['tha']
  if (/[\u1780-\u17FF]/.test(text)) return ['khm']
  if (/[\u1000-\u109F]/.test(text)) return ['mya']
  return undefined
}

export const hasSpacelessScript = (text: string) =>
  SPACELESS_SCRIPTS.some((script) => text.match(RUNS[script]))

/** The script a text is written in when it is written in one of the four only (spaces aside). */
export function writtenOnlyIn(text: string): SpacelessScript | undefined {
  const letters = text.replace(/\s+/g, '')
  if (!letters) return undefined
  return SPACELESS_SCRIPTS.find((script) => letters.replace(RUNS[script], '') === '')
}

/**
 * Meilisearch folds Thai tone marks and some vowel signs, so ข่าว (news) would also find ขาว
 * (white). Each Thai word is also kept as an ASCII code of its exact letters, which a filter
 * can require. The code is reversible and carries every mark. Takes Thai already cut into words
 * (`scriptWords`), so a document's Thai is cut once.
 */
export function thaiWordCodes(thaiWords: string): string[] {
  const codes = new Set<string>()
  for (const word of thaiWords.split(/[\u200b\n]/)) if (word) codes.add(encodeThaiWord(word))
  return [...codes]
}

export const encodeThaiWord = (word: string) =>
  `th${[...word].map((char) => char.codePointAt(0)!.toString(16)).join('')}`

const detector = new myanmarTools.ZawgyiDetector()
const converter = new myanmarTools.ZawgyiConverter()

/** Burmese typed in the legacy Zawgyi encoding, converted to Unicode; other text is unchanged. */
export function toUnicodeBurmese(text: string): string {
  if (!/[\u1000-\u109F]/.test(text)) return text
  return detector.getZawgyiProbability(text) > 0.95 ? converter.zawgyiToUnicode(text) : text
}

/** Plain text of a Lexical rich-text value, paragraphs on their own lines. */
export function richTextToPlain(value: unknown): string {
  const lines: string[] = []
  const visit = (node: unknown, line: string[]): void => {
    if (!node || typeof node !== 'object') return
    const { text, children, type } = node as { text?: string; children?: unknown[]; type?: string }
    if (typeof text === 'string') line.push(text)
    // A line break inside a paragraph (a forum post's single newline) parts its words.
    if (type === 'linebreak') line.push('\n')
    if (Array.isArray(children)) {
      if (type === 'root') children.forEach((child) => visit(child, []))
      else {
        const own: string[] = []
        children.forEach((child) => visit(child, own))
        if (own.length)
          (type === 'paragraph' || type === 'heading' || type === 'listitem' ? lines : line).push(
            own.join(''),
          )
      }
    }
  }
  visit((value as { root?: unknown })?.root ?? value, [])
  return lines.join('\n').trim()
}

/**
 * Meilisearch keeps 65,535 word positions per attribute. Long texts are split into chunks well
 * under that (by characters, since spaceless scripts have no spaces to count), at line or word
 * boundaries; the chunks fold back into one hit through the document's work id.
 */
export function chunkText(text: string, maxChars = 20_000): string[] {
  if (text.length <= maxChars) return [text]
  const chunks: string[] = []
  let rest = text
  while (rest.length > maxChars) {
    let cut = rest.lastIndexOf('\n', maxChars)
    if (cut < maxChars / 2) cut = rest.lastIndexOf(' ', maxChars)
    if (cut < maxChars / 2) cut = maxChars
    chunks.push(rest.slice(0, cut).trim())
    rest = rest.slice(cut)
  }
  if (rest.trim()) chunks.push(rest.trim())
  return chunks
}
