import { describe, expect, it } from 'vitest'

import {
  cropAround,
  fromWholeWord,
  MARK_END,
  MARK_START,
  markWords,
  matchedWords,
  readMarks,
  toHtml,
} from '@/search/highlight'
import { segmentText, WORD_SEPARATOR } from '@/search/text'

const Z = WORD_SEPARATOR
const mark = (word: string) => `${MARK_START}${word}${MARK_END}`

describe('highlights as readers see them', () => {
  it('should mark a word the Lao field matched in a displayed title Meilisearch did not mark, as written', () => {
    // Meilisearch read this title as Latin text and marked nothing in it; its Lao field matched.
    const title = segmentText('ILO ເຄື່ອງມືຄິດໄລ່ຄ່າທຳນຽມ 2026').text
    const words = matchedWords([`${mark('ເຄື່ອງມື')}${Z}ຄິດໄລ່${Z}ຄ່າ${Z}ທຳນຽມ`])
    expect(toHtml(markWords(title, words, { ownMarks: false }))).toBe(
      'ILO <mark>ເຄື່ອງມື</mark>ຄິດໄລ່ຄ່າທຳນຽມ 2026',
    )
  })

  it('should read the marked parts of a compound as one marked word, and leave no separator', () => {
    const summary = segmentText('แรงงานข้ามชาติจำนวนมาก').text
    const words = matchedWords([`${mark('แรงงาน')}${Z}${mark('ข้าม')}${Z}${mark('ชาติ')}${Z}จำนวน`])
    const html = toHtml(markWords(summary, words, { ownMarks: false }))
    expect(html).toBe('<mark>แรงงานข้ามชาติ</mark>จำนวนมาก')
    expect(html).not.toContain(Z)
  })

  it('should mark a Khmer word where it is spelt with subscript DA, keeping the DA', () => {
    const summary = segmentText('ពលករនៅខេត្ដបាត់ដំបង').text
    // The Khmer field spells it with TA.
    const words = matchedWords([`ពលករ${Z}នៅ${Z}ខេត្ត${Z}${mark('បាត់ដំបង')}`, `${mark('ខេត្ត')}`])
    expect(toHtml(markWords(summary, words, { ownMarks: false }))).toBe(
      'ពលករនៅ<mark>ខេត្ដបាត់ដំបង</mark>',
    )
  })

  it('should keep a vowel sign with the letter it belongs to', () => {
    // Meilisearch marks its normalised length: ชาต of ชาติ.
    expect(toHtml(markWords(`ข้าม${Z}${MARK_START}ชาต${MARK_END}ิ${Z}ไทย`, new Map()))).toBe(
      'ข้าม<mark>ชาติ</mark>ไทย',
    )
  })

  it("should drop Meilisearch's own marks of a field the query did not search, and keep them otherwise", () => {
    const formatted = `${mark('Labour')} rights ${mark('ແຮງ')}ງານ`
    expect(toHtml(markWords(formatted, new Map(), { ownMarks: false }))).toBe(
      'Labour rights ແຮງງານ',
    )
    expect(toHtml(markWords(formatted, new Map()))).toBe(
      '<mark>Labour</mark> rights <mark>ແຮງ</mark>ງານ',
    )
  })

  it('should escape the text and keep only its own tags', () => {
    expect(toHtml(readMarks(`<b>${mark('a&b')}</b>`))).toBe(
      '&#60;b&#62;<mark>a&#38;b</mark>&#60;/b&#62;',
    )
  })

  it("should start Meilisearch's crop at a whole word, never on a vowel sign", () => {
    // Meilisearch cropped ລາຍລັກອັກສອນ after its first letter, in a field it read as Latin text.
    const cropped = readMarks(`…ັກສອນ\nពលករ${Z}${mark('ចំណាកស្រុក')}`)
    expect(toHtml(fromWholeWord(cropped))).toBe('…\nពលករ<mark>ចំណាកស្រុក</mark>')
    const whole = readMarks(`…ລາຍ${Z}ລັກ`)
    expect(fromWholeWord(whole)).toEqual(whole)
  })

  it('should crop a long text around its first mark, as Meilisearch crops', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`)
    words[60] = mark('w60')
    const cropped = cropAround(readMarks(words.join(' ')), 10)
    expect(toHtml(cropped)).toBe('…w55 w56 w57 w58 w59 <mark>w60</mark> w61 w62 w63 w64…')
    const short = readMarks(`a ${mark('b')} c`)
    expect(cropAround(short, 10)).toEqual(short)
  })
})
