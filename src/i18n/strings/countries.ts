import type { Locale } from '../languages'

/** Countries, regions and statistics: names and labels in every interface language. */
export const countryStrings = {
  countries: { en: 'Countries', th: 'ประเทศ', km: 'ប្រទេស', lo: 'ປະເທດ', my: 'နိုင်ငံများ', vi: 'Các quốc gia', id: 'Negara' },
  regionalOverview: { en: 'Regional overview', th: 'ภาพรวมระดับภูมิภาค', km: 'ទិដ្ឋភាពទូទៅថ្នាក់តំបន់', lo: 'ພາບລວມລະດັບພາກພື້ນ', my: 'ဒေသတွင်း ခြုံငုံသုံးသပ်ချက်', vi: 'Tổng quan khu vực', id: 'Ikhtisar kawasan' },
  compareTitle: { en: 'Compare migration statistics', th: 'เปรียบเทียบสถิติการย้ายถิ่น', km: 'ប្រៀបធៀបស្ថិតិចំណាកស្រុក', lo: 'ປຽບທຽບສະຖິຕິການເຄື່ອນຍ້າຍ', my: 'ရွှေ့ပြောင်းသွားလာမှု စာရင်းဇယားများ နှိုင်းယှဉ်ရန်', vi: 'So sánh số liệu di cư', id: 'Bandingkan statistik migrasi' },
  indicator: { en: 'Indicator', th: 'ตัวชี้วัด', km: 'សូចនាករ', lo: 'ຕົວຊີ້ວັດ', my: 'ညွှန်ကိန်း', vi: 'Chỉ số', id: 'Indikator' },
  year: { en: 'Year', th: 'ปี', km: 'ឆ្នាំ', lo: 'ປີ', my: 'ခုနှစ်', vi: 'Năm', id: 'Tahun' },
  show: { en: 'Show', th: 'แสดง', km: 'បង្ហាញ', lo: 'ສະແດງ', my: 'ပြရန်', vi: 'Hiển thị', id: 'Tampilkan' },
  downloadCsv: { en: 'Download these figures (CSV)', th: 'ดาวน์โหลดตัวเลขเหล่านี้ (CSV)', km: 'ទាញយកតួលេខទាំងនេះ (CSV)', lo: 'ດາວໂຫຼດຕົວເລກເຫຼົ່ານີ້ (CSV)', my: 'ဤကိန်းဂဏန်းများကို ဒေါင်းလုဒ်လုပ်ရန် (CSV)', vi: 'Tải các số liệu này (CSV)', id: 'Unduh angka-angka ini (CSV)' },
  area: { en: 'Country or region', th: 'ประเทศหรือภูมิภาค', km: 'ប្រទេស ឬតំបន់', lo: 'ປະເທດ ຫຼື ພາກພື້ນ', my: 'နိုင်ငံ သို့မဟုတ် ဒေသ', vi: 'Quốc gia hoặc khu vực', id: 'Negara atau kawasan' },
  sex: { en: 'Sex', th: 'เพศ', km: 'ភេទ', lo: 'ເພດ', my: 'ကျား/မ', vi: 'Giới tính', id: 'Jenis kelamin' },
  value: { en: 'Value', th: 'ค่า', km: 'តម្លៃ', lo: 'ຄ່າ', my: 'တန်ဖိုး', vi: 'Giá trị', id: 'Nilai' },
  unit: { en: 'Unit', th: 'หน่วย', km: 'ឯកតា', lo: 'ຫົວໜ່ວຍ', my: 'ယူနစ်', vi: 'Đơn vị', id: 'Satuan' },
  source: { en: 'Source', th: 'แหล่งที่มา', km: 'ប្រភព', lo: 'ແຫຼ່ງທີ່ມາ', my: 'ရင်းမြစ်', vi: 'Nguồn', id: 'Sumber' },
  total: { en: 'Total', th: 'รวม', km: 'សរុប', lo: 'ລວມ', my: 'စုစုပေါင်း', vi: 'Tổng', id: 'Total' },
  female: { en: 'Women', th: 'หญิง', km: 'ស្ត្រី', lo: 'ຍິງ', my: 'အမျိုးသမီး', vi: 'Nữ', id: 'Perempuan' },
  male: { en: 'Men', th: 'ชาย', km: 'បុរស', lo: 'ຊາຍ', my: 'အမျိုးသား', vi: 'Nam', id: 'Laki-laki' },
  noFigures: { en: 'No figures have been published for this choice yet.', th: 'ยังไม่มีตัวเลขที่เผยแพร่สำหรับตัวเลือกนี้', km: 'មិនទាន់មានតួលេខដែលបានផ្សព្វផ្សាយសម្រាប់ជម្រើសនេះនៅឡើយទេ។', lo: 'ຍັງບໍ່ມີຕົວເລກທີ່ເຜີຍແຜ່ສໍາລັບຕົວເລືອກນີ້.', my: 'ဤရွေးချယ်မှုအတွက် ထုတ်ပြန်ထားသော ကိန်းဂဏန်း မရှိသေးပါ။', vi: 'Chưa có số liệu nào được công bố cho lựa chọn này.', id: 'Belum ada angka yang diterbitkan untuk pilihan ini.' },
  chartOf: { en: 'Bar chart of {what}; the table below gives the same figures.', th: 'แผนภูมิแท่งของ {what} ตารางด้านล่างแสดงตัวเลขเดียวกัน', km: 'គំនូសតាងរបារនៃ {what}; តារាងខាងក្រោមផ្តល់តួលេខដូចគ្នា។', lo: 'ແຜນພູມແທ່ງຂອງ {what}; ຕາຕະລາງລຸ່ມນີ້ມີຕົວເລກດຽວກັນ.', my: '{what} ၏ ဘားဇယား၊ အောက်ပါဇယားတွင် တူညီသော ကိန်းဂဏန်းများ ပါရှိသည်။', vi: 'Biểu đồ cột về {what}; bảng dưới đây có cùng số liệu.', id: 'Diagram batang {what}; tabel di bawah memuat angka yang sama.' },
  ratifications: { en: 'Ratification of key ILO Conventions', th: 'การให้สัตยาบันอนุสัญญาหลักของ ILO', km: 'ការផ្តល់សច្ចាប័នលើអនុសញ្ញាសំខាន់ៗរបស់ ILO', lo: 'ການໃຫ້ສັດຕະຍາບັນສົນທິສັນຍາຫຼັກຂອງ ILO', my: 'ILO ၏ အဓိက ကွန်ဗင်းရှင်းများ အတည်ပြုမှု', vi: 'Phê chuẩn các Công ước chính của ILO', id: 'Ratifikasi Konvensi utama ILO' },
  convention: { en: 'Convention', th: 'อนุสัญญา', km: 'អនុសញ្ញា', lo: 'ສົນທິສັນຍາ', my: 'ကွန်ဗင်းရှင်း', vi: 'Công ước', id: 'Konvensi' },
  status: { en: 'Status', th: 'สถานะ', km: 'ស្ថានភាព', lo: 'ສະຖານະ', my: 'အခြေအနေ', vi: 'Tình trạng', id: 'Status' },
  ratified: { en: 'Ratified', th: 'ให้สัตยาบันแล้ว', km: 'បានផ្តល់សច្ចាប័ន', lo: 'ໃຫ້ສັດຕະຍາບັນແລ້ວ', my: 'အတည်ပြုပြီး', vi: 'Đã phê chuẩn', id: 'Diratifikasi' },
  notRatified: { en: 'Not ratified', th: 'ยังไม่ให้สัตยาบัน', km: 'មិនទាន់ផ្តល់សច្ចាប័ន', lo: 'ຍັງບໍ່ໃຫ້ສັດຕະຍາບັນ', my: 'အတည်မပြုရသေး', vi: 'Chưa phê chuẩn', id: 'Belum diratifikasi' },
  denounced: { en: 'Denounced', th: 'บอกเลิกแล้ว', km: 'បានបោះបង់', lo: 'ຍົກເລີກແລ້ວ', my: 'ရုပ်သိမ်းပြီး', vi: 'Đã bãi ước', id: 'Dibatalkan' },
  nationalLaws: { en: 'National laws on migrant workers’ union rights', th: 'กฎหมายภายในประเทศว่าด้วยสิทธิในการรวมตัวของแรงงานข้ามชาติ', km: 'ច្បាប់ជាតិស្តីពីសិទ្ធិសហជីពរបស់ពលករចំណាកស្រុក', lo: 'ກົດໝາຍແຫ່ງຊາດກ່ຽວກັບສິດທິສະຫະພັນຂອງແຮງງານເຄື່ອນຍ້າຍ', my: 'ရွှေ့ပြောင်းအလုပ်သမားများ၏ သမဂ္ဂအခွင့်အရေးဆိုင်ရာ အမျိုးသားဥပဒေများ', vi: 'Luật quốc gia về quyền công đoàn của lao động di cư', id: 'Undang-undang nasional tentang hak berserikat pekerja migran' },
  mayJoin: { en: 'May join a union', th: 'เข้าร่วมสหภาพได้', km: 'អាចចូលរួមសហជីព', lo: 'ເຂົ້າຮ່ວມສະຫະພັນໄດ້', my: 'သမဂ္ဂဝင်နိုင်', vi: 'Được gia nhập công đoàn', id: 'Boleh bergabung dengan serikat' },
  mayForm: { en: 'May form a union', th: 'จัดตั้งสหภาพได้', km: 'អាចបង្កើតសហជីព', lo: 'ສ້າງຕັ້ງສະຫະພັນໄດ້', my: 'သမဂ္ဂဖွဲ့နိုင်', vi: 'Được thành lập công đoàn', id: 'Boleh membentuk serikat' },
  mayHoldOffice: { en: 'May hold union office', th: 'ดำรงตำแหน่งในสหภาพได้', km: 'អាចកាន់តំណែងក្នុងសហជីព', lo: 'ດໍາລົງຕໍາແໜ່ງໃນສະຫະພັນໄດ້', my: 'သမဂ္ဂရာထူးယူနိုင်', vi: 'Được giữ chức vụ công đoàn', id: 'Boleh menjabat di serikat' },
  yes: { en: 'Yes', th: 'ได้', km: 'បាទ/ចាស', lo: 'ໄດ້', my: 'ရ', vi: 'Có', id: 'Ya' },
  no: { en: 'No', th: 'ไม่ได้', km: 'ទេ', lo: 'ບໍ່ໄດ້', my: 'မရ', vi: 'Không', id: 'Tidak' },
  notStated: { en: 'Not stated', th: 'ไม่ระบุ', km: 'មិនបានបញ្ជាក់', lo: 'ບໍ່ໄດ້ລະບຸ', my: 'မဖော်ပြ', vi: 'Không nêu rõ', id: 'Tidak disebutkan' },
  origin: { en: 'Country of origin', th: 'ประเทศต้นทาง', km: 'ប្រទេសដើម', lo: 'ປະເທດຕົ້ນທາງ', my: 'မူရင်းနိုင်ငံ', vi: 'Nước xuất cư', id: 'Negara asal' },
  destination: { en: 'Country of destination', th: 'ประเทศปลายทาง', km: 'ប្រទេសគោលដៅ', lo: 'ປະເທດປາຍທາງ', my: 'ဦးတည်ရာနိုင်ငံ', vi: 'Nước tiếp nhận', id: 'Negara tujuan' },
  originAndDestination: { en: 'Country of origin and destination', th: 'ประเทศต้นทางและปลายทาง', km: 'ប្រទេសដើម និងគោលដៅ', lo: 'ປະເທດຕົ້ນທາງ ແລະ ປາຍທາງ', my: 'မူရင်းနှင့် ဦးတည်ရာနိုင်ငံ', vi: 'Vừa là nước xuất cư vừa là nước tiếp nhận', id: 'Negara asal dan tujuan' },
  statistics: { en: 'Statistics', th: 'สถิติ', km: 'ស្ថិតិ', lo: 'ສະຖິຕິ', my: 'စာရင်းဇယား', vi: 'Số liệu thống kê', id: 'Statistik' },
  projectsHere: { en: 'ILO projects', th: 'โครงการของ ILO', km: 'គម្រោងរបស់ ILO', lo: 'ໂຄງການຂອງ ILO', my: 'ILO စီမံကိန်းများ', vi: 'Các dự án của ILO', id: 'Proyek ILO' },
  resourceCentresHere: { en: 'Migrant Worker Resource Centres', th: 'ศูนย์ข้อมูลแรงงานข้ามชาติ', km: 'មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក', lo: 'ສູນຂໍ້ມູນແຮງງານເຄື່ອນຍ້າຍ', my: 'ရွှေ့ပြောင်းအလုပ်သမား အရင်းအမြစ်စင်တာများ', vi: 'Trung tâm hỗ trợ lao động di cư', id: 'Pusat Sumber Daya Pekerja Migran' },
  none: { en: 'None yet.', th: 'ยังไม่มี', km: 'មិនទាន់មាន។', lo: 'ຍັງບໍ່ມີ.', my: 'မရှိသေးပါ။', vi: 'Chưa có.', id: 'Belum ada.' },
} satisfies Record<string, Record<Locale, string>>

export const REGION_NAMES: Record<string, Record<Locale, string>> = {
  'south-east-asia': { en: 'South-East Asia', th: 'เอเชียตะวันออกเฉียงใต้', km: 'អាស៊ីអាគ្នេយ៍', lo: 'ອາຊີຕາເວັນອອກສຽງໃຕ້', my: 'အရှေ့တောင်အာရှ', vi: 'Đông Nam Á', id: 'Asia Tenggara' },
  'south-east-asia-pacific': { en: 'South-East Asia and the Pacific', th: 'เอเชียตะวันออกเฉียงใต้และแปซิฟิก', km: 'អាស៊ីអាគ្នេយ៍ និងប៉ាស៊ីហ្វិក', lo: 'ອາຊີຕາເວັນອອກສຽງໃຕ້ ແລະ ປາຊີຟິກ', my: 'အရှေ့တောင်အာရှနှင့် ပစိဖိတ်', vi: 'Đông Nam Á và Thái Bình Dương', id: 'Asia Tenggara dan Pasifik' },
  'east-asia': { en: 'East Asia', th: 'เอเชียตะวันออก', km: 'អាស៊ីបូព៌ា', lo: 'ອາຊີຕາເວັນອອກ', my: 'အရှေ့အာရှ', vi: 'Đông Á', id: 'Asia Timur' },
  'south-asia': { en: 'South Asia', th: 'เอเชียใต้', km: 'អាស៊ីខាងត្បូង', lo: 'ອາຊີໃຕ້', my: 'တောင်အာရှ', vi: 'Nam Á', id: 'Asia Selatan' },
  pacific: { en: 'Pacific', th: 'แปซิฟิก', km: 'ប៉ាស៊ីហ្វិក', lo: 'ປາຊີຟິກ', my: 'ပစိဖိတ်', vi: 'Thái Bình Dương', id: 'Pasifik' },
  'central-asia': { en: 'Central Asia', th: 'เอเชียกลาง', km: 'អាស៊ីកណ្ដាល', lo: 'ອາຊີກາງ', my: 'အလယ်အာရှ', vi: 'Trung Á', id: 'Asia Tengah' },
  'arab-states': { en: 'Arab States', th: 'รัฐอาหรับ', km: 'រដ្ឋអារ៉ាប់', lo: 'ລັດອາຣັບ', my: 'အာရပ်နိုင်ငံများ', vi: 'Các quốc gia Ả Rập', id: 'Negara-negara Arab' },
  europe: { en: 'Europe', th: 'ยุโรป', km: 'អឺរ៉ុប', lo: 'ເອີຣົບ', my: 'ဥရောပ', vi: 'Châu Âu', id: 'Eropa' },
  africa: { en: 'Africa', th: 'แอฟริกา', km: 'អាហ្វ្រិក', lo: 'ອາຟຣິກາ', my: 'အာဖရိက', vi: 'Châu Phi', id: 'Afrika' },
  americas: { en: 'Americas', th: 'อเมริกา', km: 'អាមេរិក', lo: 'ອາເມລິກາ', my: 'အမေရိက', vi: 'Châu Mỹ', id: 'Amerika' },
  world: { en: 'World', th: 'โลก', km: 'ពិភពលោក', lo: 'ໂລກ', my: 'ကမ္ဘာ', vi: 'Thế giới', id: 'Dunia' },
  'asia-pacific': { en: 'Asia and the Pacific', th: 'เอเชียและแปซิฟิก', km: 'អាស៊ី និងប៉ាស៊ីហ្វិក', lo: 'ອາຊີ ແລະ ປາຊີຟິກ', my: 'အာရှနှင့် ပစိဖိတ်', vi: 'Châu Á - Thái Bình Dương', id: 'Asia dan Pasifik' },
}

export const INDICATOR_NAMES: Record<string, Record<Locale, string>> = {
  'migrant-workers': { en: 'International migrant workers', th: 'แรงงานข้ามชาติระหว่างประเทศ', km: 'ពលករចំណាកស្រុកអន្តរជាតិ', lo: 'ແຮງງານເຄື່ອນຍ້າຍສາກົນ', my: 'နိုင်ငံတကာ ရွှေ့ပြောင်းအလုပ်သမားများ', vi: 'Lao động di cư quốc tế', id: 'Pekerja migran internasional' },
  'remittance-inflows': { en: 'Remittances received', th: 'เงินส่งกลับที่ได้รับ', km: 'ប្រាក់បញ្ញើដែលបានទទួល', lo: 'ເງິນສົ່ງກັບທີ່ໄດ້ຮັບ', my: 'လက်ခံရရှိသော ငွေလွှဲ', vi: 'Kiều hối nhận được', id: 'Remitansi yang diterima' },
  'remittance-outflows': { en: 'Remittances sent', th: 'เงินส่งออก', km: 'ប្រាក់បញ្ញើដែលបានផ្ញើចេញ', lo: 'ເງິນສົ່ງອອກ', my: 'ပေးပို့သော ငွေလွှဲ', vi: 'Kiều hối gửi đi', id: 'Remitansi yang dikirim' },
  'migrant-stock': { en: 'International migrant stock', th: 'จำนวนผู้ย้ายถิ่นระหว่างประเทศ', km: 'ចំនួនជនចំណាកស្រុកអន្តរជាតិ', lo: 'ຈໍານວນຜູ້ເຄື່ອນຍ້າຍສາກົນ', my: 'နိုင်ငံတကာ ရွှေ့ပြောင်းသူ အရေအတွက်', vi: 'Số người di cư quốc tế', id: 'Jumlah migran internasional' },
  'workers-deployed': { en: 'Workers deployed abroad in the year', th: 'แรงงานที่ไปทำงานต่างประเทศในปีนั้น', km: 'ពលករដែលបានបញ្ជូនទៅក្រៅប្រទេសក្នុងឆ្នាំ', lo: 'ແຮງງານທີ່ໄປເຮັດວຽກຕ່າງປະເທດໃນປີ', my: 'နှစ်အတွင်း နိုင်ငံခြားသို့ စေလွှတ်သော အလုပ်သမား', vi: 'Lao động đi làm việc ở nước ngoài trong năm', id: 'Pekerja yang ditempatkan ke luar negeri pada tahun itu' },
  'workers-abroad': { en: 'Workers abroad', th: 'แรงงานที่อยู่ต่างประเทศ', km: 'ពលករនៅក្រៅប្រទេស', lo: 'ແຮງງານຢູ່ຕ່າງປະເທດ', my: 'နိုင်ငံခြားရှိ အလုပ်သမားများ', vi: 'Lao động ở nước ngoài', id: 'Pekerja di luar negeri' },
}

export const UNIT_NAMES: Record<string, Record<Locale, string>> = {
  'millions of persons': { en: 'millions of persons', th: 'ล้านคน', km: 'លាននាក់', lo: 'ລ້ານຄົນ', my: 'သန်း (လူဦးရေ)', vi: 'triệu người', id: 'juta orang' },
  persons: { en: 'persons', th: 'คน', km: 'នាក់', lo: 'ຄົນ', my: 'ဦး', vi: 'người', id: 'orang' },
  'USD millions': { en: 'USD millions', th: 'ล้านดอลลาร์สหรัฐ', km: 'លានដុល្លារអាមេរិក', lo: 'ລ້ານໂດລາສະຫະລັດ', my: 'အမေရိကန်ဒေါ်လာ သန်း', vi: 'triệu USD', id: 'juta USD' },
  'USD billions': { en: 'USD billions', th: 'พันล้านดอลลาร์สหรัฐ', km: 'ប៊ីលានដុល្លារអាមេរិក', lo: 'ຕື້ໂດລາສະຫະລັດ', my: 'အမေရိကန်ဒေါ်လာ ဘီလီယံ', vi: 'tỷ USD', id: 'miliar USD' },
  'percent of GDP': { en: 'percent of GDP', th: 'ร้อยละของ GDP', km: 'ភាគរយនៃ GDP', lo: 'ສ່ວນຮ້ອຍຂອງ GDP', my: 'GDP ၏ ရာခိုင်နှုန်း', vi: '% GDP', id: 'persen PDB' },
  percent: { en: 'percent', th: 'ร้อยละ', km: 'ភាគរយ', lo: 'ສ່ວນຮ້ອຍ', my: 'ရာခိုင်နှုန်း', vi: 'phần trăm', id: 'persen' },
}

/** A name from one of the tables above in the visitor's language, English if missing. */
export const nameIn = (table: Record<string, Record<Locale, string>>, key: string, locale: Locale) => table[key]?.[locale] ?? table[key]?.en ?? key
