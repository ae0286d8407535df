import { describe, expect, it } from 'vitest'

import {
  chunkText,
  encodeThaiWord,
  richTextToPlain,
  scriptWords,
  searchWords,
  segmentSpacelessScripts,
  segmentText,
  thaiWordCodes,
  toUnicodeBurmese,
  WORD_SEPARATOR,
} from '@/search/text'

describe('preparing text for search', () => {
  it('should split a Lao title into words, leaving its Latin words out of the Lao field', () => {
    const segmented = scriptWords('Guide ຄູ່ມືສໍາລັບແຮງງານ', 'lo')
    expect(segmented.split(WORD_SEPARATOR)).toContain('ແຮງງານ')
    expect(segmented.replaceAll(WORD_SEPARATOR, '')).toBe('ຄູ່ມືສໍາລັບແຮງງານ')
    expect(scriptWords('No Lao here', 'lo')).toBe('')
  })

  it('should cut the words of a displayed text apart, keeping it as written, and give each script its words', () => {
    const text = 'ILO ຄູ່ມືແຮງງານ 2024, ထိုင်းနိုင်ငံ ပဲ့ເຄື່ອງ'
    const { text: indexed, lines } = segmentText(text)
    expect(indexed.replaceAll(WORD_SEPARATOR, '')).toBe(text)
    expect(indexed).toBe(`ILO ຄູ່ມື${WORD_SEPARATOR}ແຮງງານ 2024, ထိုင်း${WORD_SEPARATOR}နိုင်ငံ ပဲ့ເຄື່ອງ`)
    expect(lines.lo).toEqual([`ຄູ່ມື${WORD_SEPARATOR}ແຮງງານ`, 'ເຄື່ອງ'])
    expect(lines.lo.join('\n')).toBe(scriptWords(text, 'lo'))
    expect(lines.my.join('\n')).toBe(scriptWords(text, 'my'))
    expect(lines.th).toEqual([])
  })

  it('should cut a Khmer word spelt with subscript DA where its TA spelling is cut, and keep the DA', () => {
    // ខេត្ត ("province") typed with subscript DA; the Khmer field spells it with TA.
    const withDa = 'ពលករនៅខេត្ដបាត់ដំបង'
    const { text, lines } = segmentText(withDa)
    expect(text.replaceAll(WORD_SEPARATOR, '')).toBe(withDa)
    expect(lines.km).toEqual([scriptWords(withDa, 'km')])
    expect(text.split(WORD_SEPARATOR).map((word) => word.length)).toEqual(
      lines.km[0].split(WORD_SEPARATOR).map((word) => word.length),
    )
    expect(text).toContain('ខេត្ដ')
  })

  it('should keep only the Lao words of a text in several scripts, for the Lao field', () => {
    const words = scriptWords('Fees ค่าธรรมเนียม ແຮງງານບໍ່ໄດ້ຮັບສັນຍາ ពលករ', 'lo')
    expect(words.split(WORD_SEPARATOR)).toEqual(['ແຮງງານ', 'ບໍ່ໄດ້', 'ຮັບ', 'ສັນຍາ'])
    expect(scriptWords('No Lao here', 'lo')).toBe('')
  })

  it('should split a Burmese sentence into words', () => {
    expect(scriptWords('ရွှေ့ပြောင်းအလုပ်သမားများအတွက်', 'my').split(WORD_SEPARATOR)).toContain('အလုပ်သမား')
  })

  it('should split a Thai query the way ICU splits it in a sentence, and leave English alone', () => {
    expect(segmentSpacelessScripts('ILO แรงงานข้ามชาติ', ' ')).toBe('ILO แรงงาน ข้าม ชาติ')
  })

  // A compound typed whole is found when its parts stand side by side in the indexed sentence.
  it.each([
    ['th', 'แรงงานข้ามชาติ', 'สมาคมนายจ้างจัดอบรมเรื่องสิทธิของแรงงานข้ามชาติในจังหวัดระนอง'],
    ['lo', 'ແຮງງານເຄື່ອນຍ້າຍ', 'ສະມາຄົມນາຍຈ້າງຈັດຝຶກອົບຮົມກ່ຽວກັບສິດຂອງແຮງງານເຄື່ອນຍ້າຍໃນແຂວງຈຳປາສັກ'],
    ['km', 'ពលករចំណាកស្រុក', 'សមាគមនិយោជករៀបចំវគ្គអំពីសិទ្ធិរបស់ពលករចំណាកស្រុកនៅខេត្តកោះកុង'],
    ['my', 'ရွှေ့ပြောင်းအလုပ်သမား', 'အလုပ်ရှင်အသင်းသည်ရွှေ့ပြောင်းအလုပ်သမားများ၏အခွင့်အရေးဆိုင်ရာသင်တန်း'],
  ] as const)(
    'should cut the %s compound %s typed alone into parts that stand together in a sentence',
    (script, compound, sentence) => {
      const parts = searchWords(compound, script)
      expect(parts.length).toBeGreaterThan(1)
      expect(parts.join('')).toBe(compound)
      expect(`|${searchWords(sentence, script).join('|')}|`).toContain(`|${parts.join('|')}|`)
    },
  )

  it('should split off the noun-making and place prefixes that ICU keeps on some Lao and Khmer words', () => {
    // "registration", typed with and without the prefix that makes it a noun.
    expect(searchWords('ການລົງທະບຽນ', 'lo')).toEqual(['ການ', 'ລົງທະບຽນ'])
    expect(searchWords('ការចុះបញ្ជី', 'km')).toEqual(['ការ', 'ចុះបញ្ជី'])
    // Battambang province: the province's name is found alone.
    expect(searchWords('ខេត្តបាត់ដំបង', 'km')).toEqual(['ខេត្ត', 'បាត់ដំបង'])
    // ការ៉េ ("square") only starts with the letters of ការ: the rest begins with a sign, not a letter.
    expect(searchWords('ការ៉េ', 'km')).toEqual(['ការ៉េ'])
  })

  it('should read Khmer subscript TA and DA, drawn alike, as the same letter', () => {
    // "mother", typed both ways.
    expect(searchWords('ម្ដាយ', 'km')).toEqual(searchWords('ម្តាយ', 'km'))
    // "complaint form" is in the dictionary with DA, Koh Kong province with TA; typed either way,
    // each keeps its dictionary cut.
    const typedWithTa = searchWords('ពាក្យបណ្តឹងនៅខេត្តកោះកុង', 'km')
    const typedWithDa = searchWords('ពាក្យបណ្ដឹងនៅខេត្ដកោះកុង', 'km')
    expect(typedWithDa).toEqual(typedWithTa)
    expect(typedWithTa).toContain('ពាក្យបណ្តឹង')
    expect(typedWithTa).toContain('កោះកុង')
  })

  it('should cut a long paragraph as ICU cuts it whole, a window at a time', () => {
    // Khmer ends its sentences with a letter of its own script (។): a paragraph is one run. This
    // sentence has no prefix split off and no subscript TA or DA, so ICU's own cut is the reference.
    const sentence = 'ពលករចំណាកស្រុករាប់ពាន់នាក់បានផ្ញើប្រាក់ទៅផ្ទះតាមរយៈធនាគារ។'
    const paragraph = Array.from({ length: 40 }, () => sentence).join('')
    const whole = [...new Intl.Segmenter('km', { granularity: 'word' }).segment(paragraph)].map(
      (part) => part.segment,
    )
    expect(paragraph.length).toBeGreaterThan(2000)
    expect(searchWords(paragraph, 'km')).toEqual(whole)
  })

  it('should keep Thai tone marks apart: ข่าว (news) and ขาว (white) get different codes', () => {
    expect(encodeThaiWord('ข่าว')).not.toBe(encodeThaiWord('ขาว'))
    const codes = thaiWordCodes(scriptWords('ข่าวแรงงานข้ามชาติ', 'th'))
    expect(codes).toContain(encodeThaiWord('ข่าว'))
    expect(codes).not.toContain(encodeThaiWord('ขาว'))
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
