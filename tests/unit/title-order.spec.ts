import { describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/languages'
import { titleOrderKey, titleOrderOf } from '@/library/titleOrder'

/**
 * The library sorts titles by a key the database compares byte by byte. Whatever order the keys
 * give must be the order a reader of that language expects, which is what the Unicode collation
 * (ICU, behind `Intl.Collator`) gives at its first level. Real words and titles of each script.
 */
const TITLES: Record<Locale, string[]> = {
  en: [
    'Zero recruitment fees',
    '"Fair" recruitment in practice',
    '(Re)integration of returning workers',
    'Émigré remittances',
    'apprenticeships abroad',
    'Bilateral labour agreements',
    'ethical recruitment',
    '— Domestic work',
  ],
  th: [
    'แรงงานข้ามชาติ',
    'การย้ายถิ่น',
    'เกษตรกร',
    'ไทยกับอาเซียน',
    'โรงงาน',
    'ข้อมูลสถิติ',
    'ขอบเขตงาน',
    'คนงานประมง',
    'สิทธิแรงงาน',
    'ใบอนุญาตทำงาน',
    'นายจ้าง',
    'หญิงข้ามชาติ',
    'อาเซียน',
    'ฮ่องกง',
    'ASEAN labour',
    '2030 agenda',
  ],
  lo: [
    'ແຮງງານ',
    'ການເຄື່ອນຍ້າຍ',
    'ສິດທິ',
    'ຂໍ້ມູນ',
    'ນາຍຈ້າງ',
    'ເອກະສານ',
    'ໂຮງງານ',
    'ປະເທດ',
    'ຄົນງານ',
    'ຍິງ',
    'ວຽກງານ',
    'ຫ້ອງການ',
    'ILO report',
  ],
  km: [
    'ពលករចំណាកស្រុក',
    'ចំណាកស្រុក',
    'សិទ្ធិការងារ',
    'ការងារ',
    'និយោជក',
    'ឯកសារ',
    'ឧស្សាហកម្ម',
    'អន្តោប្រវេសន៍',
    'ក្រសួងការងារ',
    'ប្រទេសថៃ',
    'Cambodia labour',
  ],
  my: [
    'အလုပ်သမား',
    'ရွှေ့ပြောင်းလုပ်သား',
    'ကုမ္ပဏီ',
    'စက်ရုံ',
    'နိုင်ငံ',
    'မိသားစု',
    'လုပ်ငန်း',
    'ဥပဒေ',
    'Myanmar migrants',
  ],
  vi: [
    'Lao động di cư',
    'Di cư an toàn',
    'Quyền lợi',
    'Ăn ở',
    'An toàn',
    'Âm thầm',
    'Đào tạo nghề',
    'Dân số',
    'Ơn',
    'Ông bà',
    'Ưu tiên',
    'Uy tín',
    'Hướng dẫn',
  ],
  id: [
    'Pekerja migran',
    'Perlindungan pekerja',
    'Hak buruh',
    'Buruh migran',
    'Agen perekrutan',
    'Zona industri',
    '"Kerja layak"',
  ],
}

const byKey = (titles: string[], locale: Locale) =>
  [...titles].sort((a, b) => {
    const [ka, kb] = [titleOrderKey(a, locale), titleOrderKey(b, locale)]
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })

describe('titleOrderKey', () => {
  for (const [locale, titles] of Object.entries(TITLES) as [Locale, string[]][]) {
    it(`should order ${locale} titles as the Unicode collation for ${locale} does`, () => {
      const collator = new Intl.Collator(locale, { sensitivity: 'base', ignorePunctuation: true })
      expect(byKey(titles, locale)).toEqual([...titles].sort(collator.compare))
    })
  }

  it('should tie titles that differ only in case, accents and tone marks', () => {
    expect(titleOrderKey('Émigré', 'en')).toBe(titleOrderKey('emigre', 'en'))
    expect(titleOrderKey('ข้อ', 'th')).toBe(titleOrderKey('ขอ', 'th'))
    expect(titleOrderKey('Lao động', 'vi')).toBe(titleOrderKey('lao đông', 'vi'))
  })
})

describe('titleOrderOf', () => {
  it('should key a language without a title of its own by the English title its readers see', () => {
    const order = titleOrderOf({ en: 'Bilateral agreements', th: 'ข้อตกลงทวิภาคี' })
    expect(order.inEn).toBe('bilateral agreements')
    expect(order.inTh).toBe(titleOrderKey('ข้อตกลงทวิภาคี', 'th'))
    expect(order.inKm).toBe(titleOrderKey('Bilateral agreements', 'km'))
    expect(order.inId).toBe(titleOrderKey('Bilateral agreements', 'id'))
  })
})
