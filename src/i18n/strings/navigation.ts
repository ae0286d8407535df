/** The site's main navigation, in the seven interface languages. */
export const navigationStrings = {
  home: { en: 'Home', th: 'หน้าแรก', km: 'ទំព័រដើម', lo: 'ໜ້າຫຼັກ', my: 'ပင်မစာမျက်နှာ', vi: 'Trang chủ', id: 'Beranda' },
  library: { en: 'Library', th: 'ห้องสมุด', km: 'បណ្ណាល័យ', lo: 'ຫ້ອງສະໝຸດ', my: 'စာကြည့်တိုက်', vi: 'Thư viện', id: 'Pustaka' },
  events: { en: 'Events', th: 'กิจกรรม', km: 'ព្រឹត្តិការណ៍', lo: 'ກິດຈະກໍາ', my: 'အစီအစဉ်များ', vi: 'Sự kiện', id: 'Acara' },
  news: { en: 'News', th: 'ข่าว', km: 'ព័ត៌មាន', lo: 'ຂ່າວ', my: 'သတင်း', vi: 'Tin tức', id: 'Berita' },
  projects: { en: 'Projects', th: 'โครงการ', km: 'គម្រោង', lo: 'ໂຄງການ', my: 'စီမံကိန်းများ', vi: 'Dự án', id: 'Proyek' },
  resourceCentres: {
    en: 'Resource centres',
    th: 'ศูนย์บริการข้อมูลแรงงานข้ามชาติ',
    km: 'មជ្ឈមណ្ឌលធនធាន',
    lo: 'ສູນຂໍ້ມູນຂ່າວສານ',
    my: 'အရင်းအမြစ်စင်တာများ',
    vi: 'Trung tâm hỗ trợ',
    id: 'Pusat sumber daya',
  },
  mainNavigation: {
    en: 'Main navigation',
    th: 'เมนูหลัก',
    km: 'ម៉ឺនុយមេ',
    lo: 'ເມນູຫຼັກ',
    my: 'ပင်မလမ်းညွှန်',
    vi: 'Điều hướng chính',
    id: 'Navigasi utama',
  },
} as const
