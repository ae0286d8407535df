import type { Locale } from '../languages'

/**
 * The "page not found" and "something went wrong" pages. Kept apart from the other strings
 * because the error page is a client component: only these few lines reach the browser.
 */
export const errorStrings = {
  notFoundTitle: {
    en: 'Page not found',
    th: 'ไม่พบหน้าที่ต้องการ',
    km: 'រកមិនឃើញទំព័រ',
    lo: 'ບໍ່ພົບໜ້າທີ່ຕ້ອງການ',
    my: 'စာမျက်နှာ ရှာမတွေ့ပါ',
    vi: 'Không tìm thấy trang',
    id: 'Halaman tidak ditemukan',
  },
  notFoundText: {
    en: 'The page you asked for does not exist or has moved.',
    th: 'ไม่มีหน้าที่คุณต้องการ หรือหน้านั้นถูกย้ายไปแล้ว',
    km: 'ទំព័រដែលអ្នកស្នើសុំមិនមាន ឬត្រូវបានផ្លាស់ទីហើយ។',
    lo: 'ບໍ່ມີໜ້າທີ່ທ່ານຕ້ອງການ ຫຼື ໜ້ານັ້ນຖືກຍ້າຍໄປແລ້ວ.',
    my: 'သင်ရှာနေသော စာမျက်နှာ မရှိပါ သို့မဟုတ် အခြားနေရာသို့ ပြောင်းရွှေ့ထားပါသည်။',
    vi: 'Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đi.',
    id: 'Halaman yang Anda cari tidak ada atau sudah dipindahkan.',
  },
  notFoundHome: {
    en: 'Go to the home page',
    th: 'ไปที่หน้าแรก',
    km: 'ទៅកាន់ទំព័រដើម',
    lo: 'ໄປທີ່ໜ້າຫຼັກ',
    my: 'ပင်မစာမျက်နှာသို့ သွားရန်',
    vi: 'Về trang chủ',
    id: 'Ke beranda',
  },
  notFoundSearch: {
    en: 'Search the portal',
    th: 'ค้นหาในพอร์ทัล',
    km: 'ស្វែងរកក្នុងវិបផតថល',
    lo: 'ຄົ້ນຫາໃນເວັບໄຊ',
    my: 'ပေါ်တယ်တွင် ရှာဖွေရန်',
    vi: 'Tìm kiếm trên cổng thông tin',
    id: 'Cari di portal',
  },
  notFoundLanguages: {
    en: 'Choose your language',
    th: 'เลือกภาษา',
    km: 'ជ្រើសរើសភាសា',
    lo: 'ເລືອກພາສາ',
    my: 'ဘာသာစကား ရွေးချယ်ပါ',
    vi: 'Chọn ngôn ngữ',
    id: 'Pilih bahasa',
  },
  errorTitle: {
    en: 'Something went wrong',
    th: 'เกิดข้อผิดพลาด',
    km: 'មានបញ្ហាកើតឡើង',
    lo: 'ເກີດຂໍ້ຜິດພາດ',
    my: 'တစ်ခုခု မှားယွင်းသွားပါသည်',
    vi: 'Đã xảy ra lỗi',
    id: 'Terjadi kesalahan',
  },
  errorText: {
    en: 'This page could not be shown. Please try again in a moment.',
    th: 'ไม่สามารถแสดงหน้านี้ได้ โปรดลองอีกครั้งในอีกสักครู่',
    km: 'មិនអាចបង្ហាញទំព័រនេះបានទេ។ សូមព្យាយាមម្ដងទៀតបន្តិចទៀត។',
    lo: 'ບໍ່ສາມາດສະແດງໜ້ານີ້ໄດ້. ກະລຸນາລອງໃໝ່ອີກຄັ້ງໃນອີກບໍ່ດົນ.',
    my: 'ဤစာမျက်နှာကို ပြသ၍ မရပါ။ ခဏအကြာတွင် ထပ်မံကြိုးစားပါ။',
    vi: 'Không thể hiển thị trang này. Vui lòng thử lại sau giây lát.',
    id: 'Halaman ini tidak dapat ditampilkan. Silakan coba lagi sebentar lagi.',
  },
  errorRetry: {
    en: 'Try again',
    th: 'ลองอีกครั้ง',
    km: 'ព្យាយាមម្ដងទៀត',
    lo: 'ລອງໃໝ່',
    my: 'ထပ်မံကြိုးစားရန်',
    vi: 'Thử lại',
    id: 'Coba lagi',
  },
} satisfies Record<string, Record<Locale, string>>

export type ErrorKey = keyof typeof errorStrings
