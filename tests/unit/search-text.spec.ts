import { describe, expect, it } from 'vitest'

import {
  chunkText,
  encodeThaiWord,
  richTextToPlain,
  scriptWords,
  segmentScript,
  thaiWordCodes,
  toUnicodeBurmese,
  WORD_SEPARATOR,
} from '@/search/text'

describe('preparing text for search', () => {
  it('should split a Lao sentence into words and leave other scripts alone', () => {
    const segmented = segmentScript('Guide ຄູ່ມືສໍາລັບແຮງງານ', 'lo')
    expect(segmented.startsWith('Guide ')).toBe(true)
    expect(segmented.split(WORD_SEPARATOR)).toContain('ແຮງງານ')
    expect(segmented.replaceAll(WORD_SEPARATOR, '')).toBe('Guide ຄູ່ມືສໍາລັບແຮງງານ')
    expect(segmentScript('No Lao here', 'lo')).toBe('')
  })

  it('should keep only the Lao words of a text in several scripts, for the Lao field', () => {
    const words = scriptWords('Fees ค่าธรรมเนียม ແຮງງານບໍ່ໄດ້ຮັບສັນຍາ ពលករ', 'lo')
    expect(words.split(WORD_SEPARATOR)).toEqual(['ແຮງງານ', 'ບໍ່ໄດ້', 'ຮັບ', 'ສັນຍາ'])
    expect(scriptWords('No Lao here', 'lo')).toBe('')
  })

  it('should split a Burmese sentence into words', () => {
    expect(segmentScript('ရွှေ့ပြောင်းအလုပ်သမားများအတွက်', 'my').split(WORD_SEPARATOR)).toContain('အလုပ်သမား')
  })

  it('should keep Thai tone marks apart: ข่าว (news) and ขาว (white) get different codes', () => {
    expect(encodeThaiWord('ข่าว')).not.toBe(encodeThaiWord('ขาว'))
    expect(thaiWordCodes('ข่าวแรงงานข้ามชาติ')).toContain(encodeThaiWord('ข่าว'))
    expect(thaiWordCodes('ข่าวแรงงานข้ามชาติ')).not.toContain(encodeThaiWord('ขาว'))
  })

  it('should convert Burmese typed in Zawgyi to Unicode and leave Unicode unchanged', () => {
    expect(toUnicodeBurmese('အလုပ္သမား')).toBe('အလုပ်သမား')
    expect(toUnicodeBurmese('အလုပ်သမား')).toBe('အလုပ်သမား')
    expect(toUnicodeBurmese('plain English')).toBe('plain English')
  })

  it('should flatten Lexical rich text into paragraphs', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'First ' },
              { type: 'text', text: 'line' },
            ],
          },
          { type: 'paragraph', children: [{ type: 'text', text: 'Second' }] },
        ],
      },
    }
    expect(richTextToPlain(value)).toBe('First line\nSecond')
  })

  it('should keep the words on either side of a line break apart', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Dear colleagues,' },
              { type: 'linebreak' },
              { type: 'text', text: 'the survey is out.' },
            ],
          },
        ],
      },
    }
    expect(richTextToPlain(value)).toBe('Dear colleagues,\nthe survey is out.')
  })

  it('should chunk long texts at line or word boundaries, losing nothing', () => {
    const text = Array.from({ length: 5000 }, (_, n) => `word${n}`).join(' ')
    const chunks = chunkText(text, 10_000)
    expect(chunks.length).toBeGreaterThan(2)
    expect(chunks.every((chunk) => chunk.length <= 10_000)).toBe(true)
    expect(chunks.join(' ').split(' ')).toHaveLength(5000)
  })
})
