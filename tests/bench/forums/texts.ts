/**
 * What the forum benchmark writes: sentences a labour-migration practitioner would write, in the
 * portal's seven languages, combined into posts of the lengths a forum has (many short replies,
 * some long accounts). Deterministic: the same seed gives the same forum.
 */
export const FORUM_LANGUAGES = ['en', 'th', 'km', 'lo', 'my', 'vi', 'id'] as const
export type ForumLanguage = (typeof FORUM_LANGUAGES)[number]

/** How often each language starts a thread: English most, every other language present. */
export const LANGUAGE_WEIGHTS: Record<ForumLanguage, number> = {
  en: 40,
  th: 15,
  km: 10,
  lo: 8,
  my: 10,
  vi: 9,
  id: 8,
}

export const SENTENCES: Record<ForumLanguage, string[]> = {
  en: [
    'Workers in our survey paid between two and four months of wages to recruiters before departure.',
    'The bilateral agreement says employers pay the fees, but brokers still collect them in the villages.',
    'Has anyone mapped which provincial labour offices accept complaints from returnees?',
    'We trained forty paralegals last year; half of them now run help desks at the border.',
    'Passport retention is still common in the fishing sector despite the new regulation.',
    'Our shelter received twelve domestic workers this month, most without a written contract.',
    'The pre-departure orientation covers rights at work but says little about grievance mechanisms.',
    'Skills recognition remains the biggest obstacle to reintegration for returning construction workers.',
    'Remittance costs fell after the mobile money pilot, but women workers used it far less often.',
    'Could the facilitators share the questionnaire used in the recruitment fees study?',
    'Thank you, this is very useful for our training next week.',
    'I agree with the point about social protection: portability of benefits is the gap.',
  ],
  th: [
    'แรงงานข้ามชาติต้องจ่ายค่าธรรมเนียมการจัดหางานสูงมากก่อนเดินทาง',
    'นายจ้างหลายรายยังยึดหนังสือเดินทางของลูกจ้างไว้',
    'ศูนย์ช่วยเหลือของเรารับเรื่องร้องเรียนเกี่ยวกับค่าจ้างค้างจ่ายทุกสัปดาห์',
    'ควรมีการอบรมเรื่องสิทธิแรงงานก่อนเดินทางเป็นภาษาของแรงงานเอง',
    'สัญญาจ้างงานควรทำเป็นลายลักษณ์อักษรและแปลเป็นภาษาที่แรงงานเข้าใจ',
    'ขอบคุณสำหรับข้อมูลที่เป็นประโยชน์มาก',
  ],
  km: [
    'ពលករចំណាកស្រុកជាច្រើនត្រូវបាននិយោជករឹបអូសលិខិតឆ្លងដែនរបស់ពួកគេ',
    'ការបណ្តុះបណ្តាលមុនចេញដំណើរគួរតែពន្យល់អំពីសិទ្ធិការងារ',
    'ពលករត្រូវបង់ថ្លៃសេវាជ្រើសរើសខ្ពស់ពេកមុនពេលចាកចេញ',
    'កិច្ចសន្យាការងារគួរតែសរសេរជាភាសាខ្មែរ',
    'សូមអរគុណសម្រាប់ព័ត៌មាននេះ',
  ],
  lo: [
    'ແຮງງານເຄື່ອນຍ້າຍຫຼາຍຄົນບໍ່ໄດ້ຮັບສັນຍາຈ້າງງານເປັນລາຍລັກອັກສອນ',
    'ແຮງງານລາວທີ່ກັບຄືນມາຕ້ອງການການຝຶກອົບຮົມສີມືແຮງງານ',
    'ຄ່າທຳນຽມການຈັດຫາງານຍັງສູງຫຼາຍສຳລັບແຮງງານຍິງ',
    'ຂອບໃຈຫຼາຍສຳລັບຂໍ້ມູນນີ້',
  ],
  my: [
    'ရွှေ့ပြောင်းအလုပ်သမားများသည်အလုပ်ရှင်ထံမှလုပ်ခလစာအပြည့်အဝမရရှိကြပါ',
    'ပြည်ပသို့မထွက်ခွာမီအလုပ်သမားအခွင့်အရေးများကိုသင်တန်းပေးသင့်သည်',
    'အိမ်အကူအလုပ်သမားများအတွက်စာချုပ်ကိုမြန်မာဘာသာဖြင့်ရေးသင့်သည်',
    'ဤအချက်အလက်အတွက်ကျေးဇူးတင်ပါသည်',
  ],
  vi: [
    'Người lao động phải trả phí môi giới rất cao trước khi xuất cảnh.',
    'Nhiều chủ sử dụng lao động vẫn giữ hộ chiếu của công nhân.',
    'Chương trình định hướng trước khi đi cần nói rõ về cơ chế khiếu nại.',
    'Cảm ơn anh chị đã chia sẻ tài liệu này.',
  ],
  id: [
    'Pekerja migran membayar biaya penempatan yang sangat tinggi sebelum berangkat.',
    'Banyak majikan masih menahan paspor pekerja rumah tangga.',
    'Pelatihan pra-keberangkatan perlu menjelaskan mekanisme pengaduan.',
    'Terima kasih atas informasinya, sangat membantu.',
  ],
}

export const TITLES: Record<ForumLanguage, string[]> = {
  en: [
    'Recruitment fees paid before departure',
    'Passport retention in the fishing sector',
    'Help desks for returning migrant workers',
    'Skills recognition after return',
    'Written contracts for domestic workers',
    'Complaint mechanisms that actually work',
  ],
  th: ['ค่าธรรมเนียมการจัดหางานก่อนเดินทาง', 'การยึดหนังสือเดินทางของแรงงาน'],
  km: ['ថ្លៃសេវាជ្រើសរើសពលករ', 'ការរឹបអូសលិខិតឆ្លងដែន'],
  lo: ['ສັນຍາຈ້າງງານສຳລັບແຮງງານເຄື່ອນຍ້າຍ', 'ການຝຶກອົບຮົມສີມືແຮງງານ'],
  my: ['ရွှေ့ပြောင်းအလုပ်သမားလုပ်ခလစာ', 'အိမ်အကူအလုပ်သမားစာချုပ်'],
  vi: ['Phí môi giới trước khi xuất cảnh', 'Cơ chế khiếu nại cho lao động di cư'],
  id: ['Biaya penempatan pekerja migran', 'Mekanisme pengaduan pekerja rumah tangga'],
}

/** A seeded generator (mulberry32) and the picks the benchmark makes with it. */
export function forumRandom(seed: number) {
  let state = seed | 0
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const weighted = <K extends string>(weights: Record<K, number>): K => {
    const entries = Object.entries(weights) as [K, number][]
    let left = random() * entries.reduce((sum, [, weight]) => sum + weight, 0)
    for (const [key, weight] of entries) if ((left -= weight) < 0) return key
    return entries[0]![0]
  }
  /**
   * A post's text: four in ten are short replies (one sentence), most are a paragraph or two,
   * one in eight a long account of several paragraphs (up to about 3,000 characters).
   */
  const postText = (language: ForumLanguage): string[] => {
    const roll = random()
    const sentences = roll < 0.4 ? 1 : roll < 0.875 ? 2 + Math.floor(random() * 5) : 12
    const paragraphs: string[] = []
    let current: string[] = []
    for (let n = 0; n < sentences; n++) {
      // A thread in one language often has replies that quote English terms, and vice versa.
      current.push(pick(SENTENCES[random() < 0.85 ? language : 'en']))
      if (current.length >= 3) {
        paragraphs.push(current.join(' '))
        current = []
      }
    }
    if (current.length) paragraphs.push(current.join(' '))
    return paragraphs
  }
  return { random, pick, weighted, postText }
}
