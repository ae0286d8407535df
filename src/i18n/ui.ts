import type { Locale } from './languages'

/** Interface strings of the pages built so far; every locale carries a real translation. */
const strings = {
  siteName: {
    en: 'Labour Migration Community of Practice',
    th: 'ชุมชนนักปฏิบัติด้านการย้ายถิ่นเพื่อการทำงาน',
    km: 'សហគមន៍អ្នកអនុវត្តលើការធ្វើចំណាកស្រុកការងារ',
    lo: 'ຊຸມຊົນນັກປະຕິບັດດ້ານການເຄື່ອນຍ້າຍແຮງງານ',
    my: 'အလုပ်သမား ရွှေ့ပြောင်းသွားလာမှုဆိုင်ရာ လက်တွေ့ဆောင်ရွက်သူများ အသိုင်းအဝိုင်း',
    vi: 'Cộng đồng thực hành về di cư lao động',
    id: 'Komunitas Praktik Migrasi Tenaga Kerja',
  },
  tagline: {
    en: 'Research, tools and discussion on labour migration in Asia and the Pacific.',
    th: 'งานวิจัย เครื่องมือ และการอภิปรายเรื่องการย้ายถิ่นเพื่อการทำงานในเอเชียและแปซิฟิก',
    km: 'ការស្រាវជ្រាវ ឧបករណ៍ និងការពិភាក្សាអំពីការធ្វើចំណាកស្រុកការងារនៅអាស៊ី និងប៉ាស៊ីហ្វិក',
    lo: 'ການຄົ້ນຄວ້າ, ເຄື່ອງມື ແລະ ການສົນທະນາກ່ຽວກັບການເຄື່ອນຍ້າຍແຮງງານໃນອາຊີ ແລະ ປາຊີຟິກ',
    my: 'အာရှနှင့် ပစိဖိတ်ဒေသရှိ အလုပ်သမား ရွှေ့ပြောင်းသွားလာမှုဆိုင်ရာ သုတေသန၊ ကိရိယာများနှင့် ဆွေးနွေးမှုများ',
    vi: 'Nghiên cứu, công cụ và thảo luận về di cư lao động ở châu Á - Thái Bình Dương.',
    id: 'Riset, perangkat, dan diskusi tentang migrasi tenaga kerja di Asia dan Pasifik.',
  },
  themes: {
    en: 'Themes',
    th: 'ประเด็น',
    km: 'ប្រធានបទ',
    lo: 'ຫົວຂໍ້',
    my: 'အကြောင်းအရာများ',
    vi: 'Chủ đề',
    id: 'Tema',
  },
  specialFocus: {
    en: 'Special thematic focus',
    th: 'ประเด็นที่มุ่งเน้นเป็นพิเศษ',
    km: 'ការផ្តោតពិសេសតាមប្រធានបទ',
    lo: 'ຫົວຂໍ້ທີ່ເນັ້ນໜັກເປັນພິເສດ',
    my: 'အထူးအလေးပေး အကြောင်းအရာ',
    vi: 'Trọng tâm chủ đề đặc biệt',
    id: 'Fokus tematik khusus',
  },
  noThemes: {
    en: 'No themes have been published yet.',
    th: 'ยังไม่มีประเด็นที่เผยแพร่',
    km: 'មិនទាន់មានប្រធានបទដែលបានផ្សព្វផ្សាយនៅឡើយទេ។',
    lo: 'ຍັງບໍ່ມີຫົວຂໍ້ທີ່ເຜີຍແຜ່ເທື່ອ.',
    my: 'ထုတ်ပြန်ထားသော အကြောင်းအရာ မရှိသေးပါ။',
    vi: 'Chưa có chủ đề nào được công bố.',
    id: 'Belum ada tema yang diterbitkan.',
  },
  language: {
    en: 'Language',
    th: 'ภาษา',
    km: 'ភាសា',
    lo: 'ພາສາ',
    my: 'ဘာသာစကား',
    vi: 'Ngôn ngữ',
    id: 'Bahasa',
  },
} satisfies Record<string, Record<Locale, string>>

export type UiKey = keyof typeof strings

export const translate = (locale: Locale, key: UiKey): string => strings[key][locale]
