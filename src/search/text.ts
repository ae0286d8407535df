// CommonJS module whose exports are set at run time: only its default import works under ESM.
import myanmarTools from 'myanmar-tools'

/**
 * Text preparation shared by indexing and querying, so both sides see words the same way.
 * Thai and Khmer are segmented by Meilisearch itself; Lao and Burmese are not (a phrase becomes
 * one token, matched only from its start), so we segment them with ICU's dictionaries
 * (Intl.Segmenter) and join the words with an invisible separator Meilisearch is told to split on.
 */
export const WORD_SEPARATOR = '\u200b'

const LAO_RUN = /[\u0E80-\u0EFF]+/g
const MYANMAR_RUN = /[\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]+/g
const THAI_RUN = /[\u0E00-\u0E7F]+/g

const segmenters = new Map<string, Intl.Segmenter>()
function words(text: string, locale: string): string[] {
  let segmenter = segmenters.get(locale)
  if (!segmenter)
    segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })))
  return [...segmenter.segment(text)]
    .map((part) => part.segment)
    .filter((part) => part.trim() !== '')
}

/** Lao and Burmese runs split into words; `separator` is invisible in documents, a space in queries. */
export function segmentSpacelessScripts(text: string, separator = WORD_SEPARATOR): string {
  return text
    .replace(LAO_RUN, (run) => words(run, 'lo').join(separator))
    .replace(MYANMAR_RUN, (run) => words(run, 'my').join(separator))
}

/**
 * The text with its Lao (or Burmese) runs split into words, for that script's own field; empty
 * when the text has none, so other documents carry nothing extra.
 */
export function segmentScript(text: string, script: 'lo' | 'my'): string {
  const run = script === 'lo' ? LAO_RUN : MYANMAR_RUN
  if (!text.match(run)) return ''
  return text.replace(run, (part) => words(part, script).join(WORD_SEPARATOR))
}

/**
 * Only the Lao (or Burmese) runs of a text, each split into words, one run a line; empty when the
 * text has none. For the segmented body fields, which only queries written in that script search:
 * Meilisearch tokenizes an attribute by the language it detects in it, and a text that also holds
 * Thai or Khmer (a forum thread in several languages) left its Lao words unfound.
 */
export function scriptWords(text: string, script: 'lo' | 'my'): string {
  const run = script === 'lo' ? LAO_RUN : MYANMAR_RUN
  return (text.match(run) ?? []).map((part) => words(part, script).join(WORD_SEPARATOR)).join('\n')
}

/** Meilisearch's locale for a query's script, so the query is tokenized like the documents. */
export function queryLocales(text: string): string[] | undefined {
  if (/[\u0E00-\u0E7F]/.test(text)) return ['tha']
  if (/[\u1780-\u17FF]/.test(text)) return ['khm']
  if (/[\u1000-\u109F]/.test(text)) return ['mya']
  return undefined
}

export const hasSpacelessScript = (text: string) => /[\u0E80-\u0EFF\u1000-\u109F]/.test(text)

/** 'lo' or 'my' when the text is written in Lao only or in Burmese only (spaces aside). */
export function writtenOnlyIn(text: string): 'lo' | 'my' | undefined {
  const letters = text.replace(/\s+/g, '')
  if (!letters) return undefined
  if (letters.replace(LAO_RUN, '') === '') return 'lo'
  if (letters.replace(MYANMAR_RUN, '') === '') return 'my'
  return undefined
}

/**
 * Meilisearch folds Thai tone marks and some vowel signs, so ข่าว (news) would also find ขาว
 * (white). Each Thai word is also kept as an ASCII code of its exact letters, which a filter
 * can require. The code is reversible and carries every mark.
 */
export function thaiWordCodes(text: string): string[] {
  const codes = new Set<string>()
  for (const run of text.match(THAI_RUN) ?? []) {
    for (const word of words(run, 'th')) codes.add(encodeThaiWord(word))
  }
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
