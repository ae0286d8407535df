import { LOCALES, type Locale } from '@/i18n/languages'

/**
 * The library's title order at 100,000 works reads one indexed column per language instead of
 * joining every work's localised title, so the database, which compares bytes, must be given
 * keys whose byte order is the order a reader expects. These keys follow the first level of the
 * Unicode collation for each portal language (what `Intl.Collator` does, tested against it):
 * letter case, width, accents, tone marks and opening punctuation do not count, Thai and Lao
 * leading vowels count after their consonant, Lao letters count in the Lao alphabet's order and
 * Vietnamese ă â đ ê ô ơ ư are letters of their own after a, d, e, o and u, Khmer independent
 * vowels count as the vowel they sound as. Burmese is in Unicode order, which is its alphabet's
 * but for the finer rules on stacked letters. Thai, Lao, Khmer and Burmese readers see their own
 * script before Latin. Works whose keys tie are ordered by slug.
 */
export function titleOrderKey(title: string, locale: Locale): string {
  let key = title.normalize('NFKC').toLocaleLowerCase(locale).replace(OPENING_PUNCTUATION, '')
  if (locale === 'th' || locale === 'lo') key = key.replace(LEADING_VOWEL, '$2$1')
  key = key.normalize('NFKD')
  if (locale === 'vi') key = key.replace(VIETNAMESE_LETTER, (mark) => VIETNAMESE_LETTERS[mark])
  key = key.replace(SECONDARY, '')
  if (locale === 'lo') key = key.replace(LAO_LETTER, laoRank)
  if (locale === 'km') key = key.replace(KHMER_VOWEL, (vowel) => KHMER_VOWELS[vowel])
  const ownScript = OWN_SCRIPT[locale]
  if (ownScript) key = key.replace(ownScript, (letter) => `${BEFORE_LATIN}${letter}`)
  return key.trim()
}

/**
 * Thai, Lao, Khmer and Burmese readers' collations put their own script first, before Latin
 * (after digits): each of its letters is led by a character that sorts between the digits and
 * the Latin letters. Lao letters are matched once ranked (`laoRank`).
 */
const BEFORE_LATIN = ':'
const OWN_SCRIPT: Partial<Record<Locale, RegExp>> = {
  th: /[\u0E00-\u0E7F]/gu,
  lo: /[\uF000-\uF1FF]/gu,
  km: /[\u1780-\u17FF\u19E0-\u19FF]/gu,
  my: /[\u1000-\u109F\uA9E0-\uA9FF\uAA60-\uAA7F]/gu,
}

/** Quotation marks, brackets and dashes that a title may open with, and that no reader sorts by. */
const OPENING_PUNCTUATION = /^[\s"'“”‘’«»()[\]{}\-–—.,:;¡¿]+/u

/** Thai เ แ โ ใ ไ and Lao ເ ແ ໂ ໃ ໄ, written before the consonant they are spoken after. */
const LEADING_VOWEL = /([\u0E40-\u0E44\u0EC0-\u0EC4])([\u0E01-\u0E2E\u0E81-\u0EAE])/gu

/**
 * Marks weighed only when the letters tie: accents on Latin letters, Vietnamese tones, Thai and
 * Lao tone marks and the signs that shorten or silence a letter. Kept, their code points would
 * sort "ข้อ" after "ขอบ". Khmer and Burmese signs are letters of their scripts and stay.
 */
const SECONDARY = /[\u0300-\u036F\u0E47-\u0E4E\u0EC8-\u0ECD\u17C9-\u17D1]/gu

/**
 * Vietnamese breve, circumflex and horn make letters of their own (a < ă < â): each becomes a
 * character above "z", so "ăn" sorts after every word in "a…". đ is not decomposed by NFKD.
 */
const VIETNAMESE_LETTERS: Record<string, string> = {
  '\u0306': '{',
  '\u0302': '|',
  '\u031B': '}',
  đ: 'd{',
}
const VIETNAMESE_LETTER = /[\u0306\u0302\u031Bđ]/gu

/** The Lao consonants in the order of the Lao alphabet, which is not their order in Unicode. */
const LAO_ALPHABET = [...'ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮ']
const LAO_LETTER = /[\u0E80-\u0EFF]/gu
/** Consonants first, in alphabet order, then the vowels in Unicode order, all above Latin. */
function laoRank(letter: string): string {
  const consonant = LAO_ALPHABET.indexOf(letter)
  return String.fromCharCode(consonant >= 0 ? 0xf000 + consonant : 0xf100 + letter.charCodeAt(0))
}

/** Khmer independent vowels count as អ with the dependent vowel they sound as. */
const KHMER_VOWELS: Record<string, string> = {
  ឥ: 'អិ',
  ឦ: 'អី',
  ឧ: 'អុ',
  ឩ: 'អូ',
  ឯ: 'អេ',
  ឰ: 'អៃ',
  ឱ: 'អោ',
  ឳ: 'អៅ',
}
const KHMER_VOWEL = /[ឥឦឧឩឯឰឱឳ]/gu

/** The key's field in a work's `titleOrder`: `inEn`, `inTh`… */
export const titleOrderName = <L extends Locale>(locale: L) =>
  `in${locale[0].toUpperCase()}${locale.slice(1)}` as `in${Capitalize<L>}`

export type TitleOrder = { [L in Locale as `in${Capitalize<L>}`]: string }

/**
 * Every language's key for a work whose own titles are `titles` (English required): a language
 * without a title of its own sorts by the English one, which is what its readers are shown.
 */
export function titleOrderOf(
  titles: Partial<Record<Locale, string | null | undefined>>,
): TitleOrder {
  const english = titles.en ?? ''
  return Object.fromEntries(
    LOCALES.map((locale) => [
      titleOrderName(locale),
      titleOrderKey(titles[locale] || english, locale),
    ]),
  ) as TitleOrder
}
