import { searchSpelling, spacelessWords, SPACELESS_SCRIPTS, WORD_SEPARATOR } from './text'

/**
 * Highlights as readers see them: the text as written, the words that matched marked, and none of
 * the invisible separators the index puts between Thai, Lao, Khmer and Burmese words
 * (text.ts `segmentText`).
 *
 * A query written only in one of those scripts searches only that script's own fields (query.ts):
 * they hold its words alone, in one spelling, which Meilisearch tokenizes in the script's language.
 * The displayed fields around them are tokenized by whatever language Meilisearch detects in each:
 * a Lao summary with "ILO" or "2026" in it is read as Latin text and loses some Lao vowel marks,
 * and a Khmer word spelt with subscript DA is not the query's (spelt with TA). There Meilisearch's
 * own highlights miss words that matched (measured on the recall set's sentences: 13 of 30 Lao
 * words in a summary with English in it were not marked, or only in part), and a Thai word ending
 * in a vowel sign was marked without it (ชาต of ชาติ). So the words Meilisearch marked in the script's own fields are
 * marked wherever they stand in the displayed text, each cut there at the same places.
 */
export const MARK_START = '\u0001'
export const MARK_END = '\u0002'
/** What Meilisearch puts where it cropped a text (its default). */
export const CROP_MARKER = '…'
/** Words Meilisearch keeps around a match when it crops a text; our own crop keeps as many. */
export const CROP_LENGTH = 28

/** A text and which of its characters (UTF-16 code units) are marked. */
export type Marked = { text: string; marked: boolean[] }

/** Meilisearch's highlighted text read into characters and marks. */
export function readMarks(formatted: string): Marked {
  let text = ''
  const marked: boolean[] = []
  let inside = false
  for (const char of formatted) {
    if (char === MARK_START) inside = true
    else if (char === MARK_END) inside = false
    else {
      text += char
      for (let unit = 0; unit < char.length; unit++) marked.push(inside)
    }
  }
  return { text, marked }
}

export const hasMark = ({ marked }: Marked) => marked.includes(true)

/**
 * The words of the four scripts that Meilisearch marked in their own fields (`title_th`,
 * `segmented_lo`, …), spelt as those fields spell them, each with which of its letters it marked.
 */
export function matchedWords(formatted: (string | undefined)[]): Map<string, boolean[]> {
  const words = new Map<string, boolean[]>()
  for (const field of formatted) {
    if (!field?.includes(MARK_START)) continue
    const { text, marked } = readMarks(field)
    for (const { start, word } of spacelessWords(text)) {
      const mask = marked.slice(start, start + word.length)
      if (!mask.includes(true)) continue
      const seen = words.get(word)
      words.set(word, seen ? seen.map((bit, i) => bit || mask[i]) : mask)
    }
  }
  return words
}

/**
 * A displayed field's highlighted text with the matched words of the script fields marked in it
 * too, wherever they stand. `ownMarks: false` drops Meilisearch's marks of the field itself, for
 * queries that did not search it.
 */
export function markWords(
  formatted: string,
  words: Map<string, boolean[]>,
  { ownMarks = true } = {},
): Marked {
  const { text, marked } = readMarks(formatted)
  if (!ownMarks) marked.fill(false)
  if (words.size > 0)
    for (const { start, word } of spacelessWords(text)) {
      const mask = words.get(searchSpelling(word))
      if (mask) mask.forEach((bit, i) => (marked[start + i] ||= bit))
    }
  return wholeLetters({ text, marked })
}

/**
 * A mark never ends inside a letter: the vowel signs and tone marks that follow a marked letter are
 * marked with it (Meilisearch marks ชาติ as ชาต, its normalised length), and a mark that starts on
 * one takes the letter it sits on.
 */
function wholeLetters({ text, marked }: Marked): Marked {
  const joins = (at: number) => /\p{M}/u.test(text[at] ?? '')
  for (let at = 1; at < text.length; at++)
    if (marked[at - 1] && !marked[at] && joins(at)) marked[at] = true
  for (let at = text.length - 1; at > 0; at--)
    if (marked[at] && !marked[at - 1] && joins(at)) marked[at - 1] = true
  return { text, marked }
}

/**
 * Meilisearch's crop of a displayed field starts at one of its own tokens, which in a field it
 * reads as Latin text can be inside a Lao or Khmer word, on a vowel sign (…ັກສອນ of
 * ລາຍລັກອັກສອນ) that would be drawn on a dotted circle: such a start is moved to the next word.
 */
export function fromWholeWord(value: Marked): Marked {
  const { text, marked } = value
  if (!text.startsWith(CROP_MARKER) || !/\p{M}/u.test(text[CROP_MARKER.length] ?? '')) return value
  const next = text.slice(CROP_MARKER.length).search(new RegExp(`[\\s${WORD_SEPARATOR}]`, 'u'))
  if (next < 0) return value
  const cut = CROP_MARKER.length + next
  return {
    text: CROP_MARKER + text.slice(cut),
    marked: [...marked.slice(0, CROP_MARKER.length), ...marked.slice(cut)],
  }
}

/**
 * Around the first mark, CROP_LENGTH words (between spaces and separators) as Meilisearch crops,
 * with CROP_MARKER where text was left out; the whole text when it is that short.
 */
export function cropAround(value: Marked, length = CROP_LENGTH): Marked {
  const words = [...value.text.matchAll(new RegExp(`[^\\s${WORD_SEPARATOR}]+`, 'gu'))].map(
    (match) => ({ start: match.index, end: match.index + match[0].length }),
  )
  if (words.length <= length) return value
  const first = Math.max(
    0,
    words.findIndex(({ start, end }) => value.marked.slice(start, end).includes(true)),
  )
  const from = Math.max(0, Math.min(first - Math.floor(length / 2), words.length - length))
  const to = from + length
  const start = words[from].start
  const end = words[to - 1].end
  const text = value.text.slice(start, end)
  const marked = value.marked.slice(start, end)
  const before = from > 0 ? CROP_MARKER : ''
  const after = to < words.length ? CROP_MARKER : ''
  return {
    text: `${before}${text}${after}`,
    marked: [...Array(before.length).fill(false), ...marked, ...Array(after.length).fill(false)],
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * Safe HTML for readers: the text escaped, our own <mark> tags around the marked stretches, and
 * no separator left. The marked words of a compound, and a word Meilisearch marked in two tokens,
 * read as one marked stretch.
 */
export function toHtml({ text, marked }: Marked): string {
  let html = ''
  let open = false
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    if (char === WORD_SEPARATOR) continue
    if (marked[at] !== open) {
      html += open ? '</mark>' : '<mark>'
      open = marked[at]
    }
    html += escapeHtml(char)
  }
  return open ? `${html}</mark>` : html
}

/** Each spaceless script's own fields (settings.ts): its title, and its summary and body. */
const SEGMENTED_TITLES = SPACELESS_SCRIPTS.map((script) => `title_${script}`)
export const SEGMENTED_TEXTS = SPACELESS_SCRIPTS.map((script) => `segmented_${script}`)
export const SEGMENTED = [...SEGMENTED_TITLES, ...SEGMENTED_TEXTS]

/**
 * A hit's title and snippet as readers see them: the displayed fields as written,
 * with what matched marked, the words matched in the script fields included. A query written only
 * in one script did not search the displayed fields, so their own marks are not kept. The snippet
 * is the summary or the body as Meilisearch cropped it, where a word matched. When a script field
 * matched but neither crop shows it (Meilisearch cropped a displayed field at its start, having
 * found nothing there itself: a Lao field it read as Latin text), the snippet is cut around the
 * word from the whole summary or body, which such queries retrieve.
 */
export function shownHit(hit: Record<string, unknown>, ownMarks: boolean) {
  const formatted = (hit._formatted ?? {}) as Record<string, string | undefined>
  const words = matchedWords(SEGMENTED.map((field) => formatted[field]))
  const title = toHtml(markWords(formatted.title ?? '', words, { ownMarks }))
  const crops = ['summary', 'body'].map((field) =>
    fromWholeWord(markWords(formatted[field] ?? '', words, { ownMarks })),
  )
  const matchedInText = SEGMENTED_TEXTS.some((field) => formatted[field]?.includes(MARK_START))
  const fromWholeText = () => {
    const texts = [hit.summary, hit.body].map((text) =>
      markWords(typeof text === 'string' ? text : '', words, { ownMarks: false }),
    )
    const marked = texts.find(hasMark)
    return marked && cropAround(marked)
  }
  const snippet =
    crops.find(hasMark) ??
    (matchedInText && typeof hit.body === 'string' ? fromWholeText() : undefined) ??
    // No match in either: the summary's start (a country has only its profile).
    crops.find(({ text }) => text) ??
    crops[0]
  return { title, snippet: toHtml(snippet) }
}
