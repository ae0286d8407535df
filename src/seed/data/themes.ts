import type { SeedTheme } from './types'

/**
 * The five themes of the Community of Practice on labour migration (002, "Themes" list and
 * "Facilitated thematic discussions"), with facts carried from 002 Annex 2 "Thematic areas of the
 * CoP on labour migration" and the related parts of the concept note. All prose is our own.
 *
 * Special focus: 'return-reintegration'. The concept note gives return and reintegration its own
 * section in Annex 2 and a dedicated footnote (the EU Return and Reintegration project is to build
 * an information-sharing website for migrants and service providers), and it makes that project's
 * CTA co-manager of the CoP in its first year. No other theme gets that weight, so it is the one
 * the brief emphasises (the annex has no separate section on domestic workers).
 */
export const themes: SeedTheme[] = [
  {
    slug: 'return-reintegration',
    order: 1,
    isSpecialFocus: true,
    title: {
      en: 'Return and reintegration',
      th: 'การกลับคืนถิ่นและการกลับคืนสู่สังคม',
      km: 'ការវិលត្រឡប់ និងការធ្វើសមាហរណកម្មឡើងវិញ',
      lo: 'ການກັບຄືນ ແລະ ການເຊື່ອມໂຍງຄືນສູ່ສັງຄົມ',
      my: 'နေရပ်ပြန်ခြင်းနှင့် ပြန်လည်ပေါင်းစည်းခြင်း',
      vi: 'Hồi hương và tái hòa nhập',
      id: 'Pemulangan dan reintegrasi',
    },
    summary: {
      en: 'Return is part of every migration cycle, yet support for workers coming home is still weak in Asia. This theme looks at how origin and destination countries can help returnees resettle and use their savings and skills.',
      th: 'การกลับคืนถิ่นเป็นส่วนหนึ่งของวงจรการย้ายถิ่นทุกครั้ง แต่การสนับสนุนแรงงานที่กลับบ้านในเอเชียยังมีอยู่น้อย หัวข้อนี้พิจารณาว่าประเทศต้นทางและประเทศปลายทางจะช่วยให้ผู้กลับคืนถิ่นตั้งหลักชีวิตใหม่ และใช้เงินออมและทักษะของตนได้อย่างไร',
      km: 'ការវិលត្រឡប់គឺជាផ្នែកមួយនៃវដ្តចំណាកស្រុកនីមួយៗ ប៉ុន្តែការគាំទ្រដល់ពលករដែលវិលត្រឡប់មកផ្ទះវិញនៅអាស៊ីនៅតែខ្សោយ។ ប្រធានបទនេះពិនិត្យមើលពីរបៀបដែលប្រទេសដើម និងប្រទេសគោលដៅអាចជួយអ្នកវិលត្រឡប់ឱ្យចាប់ផ្តើមជីវិតថ្មី និងប្រើប្រាស់ប្រាក់សន្សំ និងជំនាញរបស់ពួកគេ។',
      lo: 'ການກັບຄືນເປັນສ່ວນໜຶ່ງຂອງທຸກວົງຈອນການເຄື່ອນຍ້າຍແຮງງານ ແຕ່ການຊ່ວຍເຫຼືອແຮງງານທີ່ກັບຄືນບ້ານໃນອາຊີຍັງອ່ອນແອ. ຫົວຂໍ້ນີ້ພິຈາລະນາວ່າປະເທດຕົ້ນທາງ ແລະ ປະເທດປາຍທາງຈະຊ່ວຍໃຫ້ຜູ້ກັບຄືນຕັ້ງຕົວໃໝ່ ແລະ ນຳໃຊ້ເງິນທ້ອນ ແລະ ທັກສະຂອງເຂົາເຈົ້າໄດ້ແນວໃດ.',
      my: 'နေရပ်ပြန်ခြင်းသည် ရွှေ့ပြောင်းသွားလာမှုတိုင်း၏ အစိတ်အပိုင်းတစ်ခုဖြစ်သော်လည်း အာရှတွင် ပြန်လာသော အလုပ်သမားများအတွက် အထောက်အပံ့မှာ အားနည်းနေဆဲဖြစ်သည်။ ဤအကြောင်းအရာသည် မူရင်းနိုင်ငံနှင့် ဦးတည်ရာနိုင်ငံများက ပြန်လာသူများ ဘဝပြန်လည်ထူထောင်နိုင်ရန်နှင့် ၎င်းတို့၏ စုငွေနှင့် ကျွမ်းကျင်မှုများကို အသုံးချနိုင်ရန် မည်သို့ကူညီနိုင်သည်ကို လေ့လာသည်။',
      vi: 'Hồi hương là một phần của mọi chu trình di cư, nhưng hỗ trợ cho người lao động trở về ở châu Á vẫn còn yếu. Chủ đề này xem xét cách các nước gửi và nước tiếp nhận có thể giúp người trở về ổn định cuộc sống, sử dụng khoản tiết kiệm và kỹ năng của mình.',
      id: 'Kepulangan adalah bagian dari setiap siklus migrasi, tetapi dukungan bagi pekerja yang pulang di Asia masih lemah. Tema ini membahas bagaimana negara asal dan negara tujuan dapat membantu para purna migran menata kembali hidup mereka serta memanfaatkan tabungan dan keterampilan mereka.',
    },
    description: [
      'Coming home is an integral stage of labour migration and shapes its overall impact, yet it is the stage that has drawn the least policy attention and research, and it is among the hardest to get right. Across Asia, programmes that help migrants return and settle back in are generally underdeveloped.',
      'The country of origin and the home communities carry most of the responsibility for a successful return. Returnees are an asset: the money they sent home has often helped their countries develop. Destination countries can also play a part in a safe and orderly return; under the Employment Permit System, the Republic of Korea runs a "Happy Return" programme that trains workers before they leave Korea.',
      'ILO work on this theme includes an EC-funded project on the economic and social empowerment of migrants returning from the European Union to Thailand and the Philippines, which builds links between the two countries to support returnees. The EU Return and Reintegration project also plans an information-sharing website for migrants and the agencies that serve them.',
    ],
    keyQuestions: [
      'Return and reintegration programmes are rarely well developed in Asia: what should countries and communities of origin put in place for returning workers?',
      'How can destination countries support a safe return, for example through pre-return training such as the Republic of Korea\'s "Happy Return" programme under the EPS?',
      'How can the savings, remittances and experience of returnees be channelled into development at home?',
      'How can origin countries cooperate on reintegration, as Thailand and the Philippines do for migrants returning from the EU?',
    ],
    source: { document: '002', locator: 'Annex 2, "Return and Reintegration"; footnotes 4 and 5' },
  },
  {
    slug: 'domestic-workers',
    order: 2,
    title: {
      en: 'Domestic workers',
      th: 'แรงงานทำงานบ้าน',
      km: 'ពលករបម្រើការងារតាមផ្ទះ',
      lo: 'ແຮງງານຮັບໃຊ້ໃນເຮືອນ',
      my: 'အိမ်အကူအလုပ်သမားများ',
      vi: 'Lao động giúp việc gia đình',
      id: 'Pekerja rumah tangga',
    },
    summary: {
      en: 'Domestic workers are employed in private homes, a workplace often left outside ordinary labour law, which puts them at high risk of exploitation. This theme covers how destination countries can protect them and how the gender concerns of women migrants can be met.',
      th: 'แรงงานทำงานบ้านทำงานในบ้านส่วนบุคคล ซึ่งมักอยู่นอกขอบเขตของกฎหมายแรงงานทั่วไป จึงเสี่ยงต่อการถูกแสวงประโยชน์สูง หัวข้อนี้ครอบคลุมแนวทางที่ประเทศปลายทางจะคุ้มครองแรงงานกลุ่มนี้ และการตอบสนองต่อประเด็นด้านเพศภาวะของแรงงานหญิงย้ายถิ่น',
      km: 'ពលករបម្រើការងារតាមផ្ទះធ្វើការនៅក្នុងគេហដ្ឋានឯកជន ដែលជារឿយៗស្ថិតនៅក្រៅវិសាលភាពនៃច្បាប់ការងារធម្មតា ដូច្នេះពួកគេប្រឈមនឹងហានិភ័យខ្ពស់នៃការកេងប្រវ័ញ្ច។ ប្រធានបទនេះពិភាក្សាអំពីរបៀបដែលប្រទេសគោលដៅអាចការពារពួកគេ និងរបៀបឆ្លើយតបនឹងបញ្ហាយេនឌ័ររបស់ស្ត្រីពលករចំណាកស្រុក។',
      lo: 'ແຮງງານຮັບໃຊ້ໃນເຮືອນເຮັດວຽກຢູ່ໃນເຮືອນສ່ວນບຸກຄົນ ເຊິ່ງມັກຈະຢູ່ນອກຂອບເຂດຂອງກົດໝາຍແຮງງານທົ່ວໄປ ເຮັດໃຫ້ມີຄວາມສ່ຽງສູງທີ່ຈະຖືກຂູດຮີດ. ຫົວຂໍ້ນີ້ກວມເອົາວິທີທີ່ປະເທດປາຍທາງຈະປົກປ້ອງເຂົາເຈົ້າ ແລະ ການແກ້ໄຂບັນຫາດ້ານບົດບາດຍິງຊາຍຂອງແຮງງານຍິງເຄື່ອນຍ້າຍ.',
      my: 'အိမ်အကူအလုပ်သမားများသည် ပုဂ္ဂလိကအိမ်များတွင် အလုပ်လုပ်ကြပြီး ယင်းလုပ်ငန်းခွင်များသည် သာမန်အလုပ်သမားဥပဒေ၏ အကာအကွယ်ပြင်ပတွင် မကြာခဏရှိနေသဖြင့် ခေါင်းပုံဖြတ်ခံရနိုင်ခြေ မြင့်မားသည်။ ဤအကြောင်းအရာသည် ဦးတည်ရာနိုင်ငံများက ၎င်းတို့ကို မည်သို့ကာကွယ်နိုင်သည်နှင့် ရွှေ့ပြောင်းအမျိုးသမီးများ၏ ကျားမရေးရာ စိုးရိမ်ချက်များကို မည်သို့ဖြေရှင်းနိုင်သည်ကို ဆွေးနွေးသည်။',
      vi: 'Lao động giúp việc gia đình làm việc trong các hộ gia đình tư nhân, nơi thường nằm ngoài phạm vi của luật lao động thông thường, nên họ có nguy cơ bị bóc lột cao. Chủ đề này bàn về cách các nước tiếp nhận có thể bảo vệ họ và đáp ứng các vấn đề giới của lao động di cư nữ.',
      id: 'Pekerja rumah tangga bekerja di rumah pribadi, tempat kerja yang sering berada di luar jangkauan hukum ketenagakerjaan biasa, sehingga mereka sangat rentan dieksploitasi. Tema ini membahas cara negara tujuan melindungi mereka dan menjawab persoalan gender yang dihadapi pekerja migran perempuan.',
    },
    description: [
      'Receiving countries in Asia recruit foreign workers mainly to fill labour shortages, and a growing number of workers now migrate within the region. Destination countries are expected to protect the rights of these workers, above all through sound and efficient migration policies.',
      'A central difficulty is that some migrants do not work in standard workplaces covered by ordinary labour law. Domestic workers, employed inside private households, are the clearest case, and this gap leaves them especially exposed to exploitation.',
      'More women and young people are migrating than ever before, which heightens protection concerns. The community therefore pays close attention to the most vulnerable migrants: measures that respond to gender concerns, to people in at-risk occupations and to family members, both those who accompany migrants and those who stay behind.',
    ],
    keyQuestions: [
      'How can destination countries extend protection to domestic workers, whose workplaces in private homes often fall outside standard labour law?',
      'What sound and efficient destination-country policies best protect the rights of migrant domestic workers?',
      'Which measures respond to the gender concerns of women migrants in at-risk occupations, and to the families they leave behind?',
    ],
    source: { document: '002', locator: 'Annex 2, "Destination/On site"; "Community Exchange"' },
  },
  {
    slug: 'labour-exploitation',
    order: 3,
    title: {
      en: 'Labour exploitation including trafficking',
      th: 'การแสวงประโยชน์จากแรงงาน รวมถึงการค้ามนุษย์',
      km: 'ការកេងប្រវ័ញ្ចកម្លាំងពលកម្ម រួមទាំងការជួញដូរមនុស្ស',
      lo: 'ການຂູດຮີດແຮງງານ ລວມທັງການຄ້າມະນຸດ',
      my: 'လုပ်အားခေါင်းပုံဖြတ်ခြင်း (လူကုန်ကူးမှု အပါအဝင်)',
      vi: 'Bóc lột lao động, bao gồm mua bán người',
      id: 'Eksploitasi tenaga kerja, termasuk perdagangan orang',
    },
    summary: {
      en: 'Most labour migration in Asia passes through private recruitment agencies, and workers who use informal channels are the most exposed to fraud, debt and trafficking. This theme covers the regulation of recruitment, lower migration costs and action against trafficking and smuggling.',
      th: 'การย้ายถิ่นเพื่อทำงานในเอเชียส่วนใหญ่ผ่านบริษัทจัดหางานเอกชน และแรงงานที่ใช้ช่องทางที่ไม่เป็นทางการมีความเสี่ยงสูงสุดต่อการถูกหลอกลวง ภาระหนี้สิน และการค้ามนุษย์ หัวข้อนี้ครอบคลุมการกำกับดูแลการจัดหางาน การลดค่าใช้จ่ายในการย้ายถิ่น และการต่อต้านการค้ามนุษย์และการลักลอบขนคน',
      km: 'ចំណាកស្រុកការងារភាគច្រើននៅអាស៊ីឆ្លងកាត់ទីភ្នាក់ងារជ្រើសរើសឯកជន ហើយពលករដែលប្រើមធ្យោបាយក្រៅផ្លូវការប្រឈមខ្លាំងបំផុតនឹងការបោកប្រាស់ បំណុល និងការជួញដូរមនុស្ស។ ប្រធានបទនេះគ្របដណ្តប់លើការគ្រប់គ្រងការជ្រើសរើសពលករ ការកាត់បន្ថយថ្លៃចំណាកស្រុក និងវិធានការប្រឆាំងការជួញដូរ និងការរត់ពន្ធមនុស្ស។',
      lo: 'ການເຄື່ອນຍ້າຍແຮງງານສ່ວນໃຫຍ່ໃນອາຊີຜ່ານບໍລິສັດຈັດຫາງານເອກະຊົນ ແລະ ແຮງງານທີ່ໃຊ້ຊ່ອງທາງທີ່ບໍ່ເປັນທາງການມີຄວາມສ່ຽງສູງສຸດຕໍ່ການຫຼອກລວງ, ໜີ້ສິນ ແລະ ການຄ້າມະນຸດ. ຫົວຂໍ້ນີ້ກວມເອົາການຄຸ້ມຄອງການຈັດຫາງານ, ການຫຼຸດຜ່ອນຄ່າໃຊ້ຈ່າຍໃນການເຄື່ອນຍ້າຍ ແລະ ການຕ້ານການຄ້າມະນຸດ ແລະ ການລັກລອບຂົນຄົນ.',
      my: 'အာရှရှိ အလုပ်သမားရွှေ့ပြောင်းသွားလာမှု အများစုသည် ပုဂ္ဂလိက အလုပ်အကိုင်ရှာဖွေရေးအေဂျင်စီများမှတစ်ဆင့် ဖြစ်ပြီး တရားဝင်မဟုတ်သော လမ်းကြောင်းများကို အသုံးပြုသည့် အလုပ်သမားများသည် လိမ်လည်မှု၊ အကြွေးနှင့် လူကုန်ကူးမှုတို့ကို အများဆုံး ကြုံတွေ့ရသည်။ ဤအကြောင်းအရာသည် အလုပ်ခေါ်ယူမှုကို စည်းမျဉ်းဖြင့် ထိန်းကျောင်းခြင်း၊ ရွှေ့ပြောင်းစရိတ်ကို လျှော့ချခြင်းနှင့် လူကုန်ကူးမှုနှင့် လူမှောင်ခိုသယ်ဆောင်မှုကို တိုက်ဖျက်ခြင်းတို့ကို ခြုံငုံသည်။',
      vi: 'Phần lớn lao động di cư ở châu Á đi qua các công ty tuyển dụng tư nhân, và những người đi theo kênh không chính thức dễ bị lừa đảo, mắc nợ và bị mua bán nhất. Chủ đề này đề cập đến việc quản lý hoạt động tuyển dụng, giảm chi phí di cư và hành động chống mua bán người và đưa người di cư trái phép.',
      id: 'Sebagian besar migrasi tenaga kerja di Asia melalui agen perekrutan swasta, dan pekerja yang menempuh jalur tidak resmi paling rentan terhadap penipuan, jeratan utang, dan perdagangan orang. Tema ini membahas pengaturan perekrutan, penurunan biaya migrasi, serta tindakan melawan perdagangan dan penyelundupan manusia.',
    },
    description: [
      'Private recruitment agencies handle the great majority of temporary labour migration out of and within Asia. Prospective migrants who leave through informal channels are highly vulnerable, which makes better regulation of private agencies a priority.',
      'The ILO aims to cut fraud and abuse and make recruitment more efficient, working with governments to improve how recruitment is regulated and monitored. In its view only public authorities, prospective employers or authorised private agencies should recruit migrant workers, the cost of securing a decent job abroad should be kept low, and industry associations can help through self-policing.',
      'The community exchange under this theme covers the licensing and supervision of private agencies, control of recruitment costs, action against human trafficking, smuggling and indebtedness, proactive information services for migrants and the mobilisation of the social partners. The CoP itself brings together labour migration and anti-trafficking specialists.',
    ],
    keyQuestions: [
      'How can governments regulate and monitor private recruitment agencies more effectively to reduce fraud and abuse?',
      'How can the cost to workers of obtaining a decent job abroad be kept down, and what can self-policing by industry associations achieve?',
      'What works against human trafficking, smuggling and the indebtedness of migrants, especially those who travel through informal channels?',
    ],
    source: {
      document: '002',
      locator: 'Annex 2, "Recruitment and Selection"; "Community Exchange"',
    },
  },
  {
    slug: 'skilled-migration',
    order: 4,
    title: {
      en: 'Skilled migration',
      th: 'การย้ายถิ่นของแรงงานฝีมือ',
      km: 'ចំណាកស្រុកពលករជំនាញ',
      lo: 'ການເຄື່ອນຍ້າຍແຮງງານມີສີມື',
      my: 'ကျွမ်းကျင်လုပ်သားများ ရွှေ့ပြောင်းသွားလာခြင်း',
      vi: 'Di cư lao động có kỹ năng',
      id: 'Migrasi tenaga kerja terampil',
    },
    summary: {
      en: 'Origin countries want a larger share of skilled workers among their migrants and more destinations that pay better and protect more, while destinations recruit to fill labour shortages. This theme looks at how skilled migration can serve development at both ends.',
      th: 'ประเทศต้นทางต้องการเพิ่มสัดส่วนแรงงานฝีมือในกลุ่มผู้ย้ายถิ่น และขยายไปยังประเทศปลายทางที่ให้ค่าจ้างสูงกว่าและคุ้มครองดีกว่า ขณะที่ประเทศปลายทางรับแรงงานเพื่อแก้ปัญหาการขาดแคลนแรงงาน หัวข้อนี้พิจารณาว่าการย้ายถิ่นของแรงงานฝีมือจะเป็นประโยชน์ต่อการพัฒนาของทั้งสองฝ่ายได้อย่างไร',
      km: 'ប្រទេសដើមចង់បង្កើនចំណែកពលករជំនាញក្នុងចំណោមជនចំណាកស្រុករបស់ខ្លួន និងពង្រីកទៅកាន់ប្រទេសគោលដៅដែលផ្តល់ប្រាក់ឈ្នួលខ្ពស់ជាង និងការការពារល្អជាង ខណៈដែលប្រទេសគោលដៅជ្រើសរើសពលករដើម្បីបំពេញកង្វះកម្លាំងពលកម្ម។ ប្រធានបទនេះពិនិត្យមើលពីរបៀបដែលចំណាកស្រុកពលករជំនាញអាចរួមចំណែកដល់ការអភិវឌ្ឍនៅទាំងសងខាង។',
      lo: 'ປະເທດຕົ້ນທາງຕ້ອງການເພີ່ມສັດສ່ວນແຮງງານມີສີມືໃນບັນດາຜູ້ເຄື່ອນຍ້າຍ ແລະ ຂະຫຍາຍໄປສູ່ປະເທດປາຍທາງທີ່ໃຫ້ຄ່າຈ້າງສູງກວ່າ ແລະ ປົກປ້ອງດີກວ່າ, ໃນຂະນະທີ່ປະເທດປາຍທາງຮັບແຮງງານເພື່ອແກ້ໄຂການຂາດແຄນແຮງງານ. ຫົວຂໍ້ນີ້ພິຈາລະນາວ່າການເຄື່ອນຍ້າຍແຮງງານມີສີມືຈະປະກອບສ່ວນເຂົ້າໃນການພັດທະນາຂອງທັງສອງຝ່າຍໄດ້ແນວໃດ.',
      my: 'မူရင်းနိုင်ငံများသည် ၎င်းတို့၏ ရွှေ့ပြောင်းလုပ်သားများအကြား ကျွမ်းကျင်လုပ်သားအချိုးကို မြှင့်တင်လိုပြီး လုပ်ခပိုကောင်းကာ အကာအကွယ်ပိုပေးသော ဦးတည်ရာနိုင်ငံများသို့ ချဲ့ထွင်လိုကြကာ ဦးတည်ရာနိုင်ငံများကမူ လုပ်သားရှားပါးမှုကို ဖြည့်ဆည်းရန် အလုပ်သမားများကို ခေါ်ယူကြသည်။ ဤအကြောင်းအရာသည် ကျွမ်းကျင်လုပ်သား ရွှေ့ပြောင်းမှုက နှစ်ဖက်စလုံး၏ ဖွံ့ဖြိုးတိုးတက်မှုကို မည်သို့ အထောက်အကူပြုနိုင်သည်ကို လေ့လာသည်။',
      vi: 'Các nước gửi lao động muốn tăng tỷ lệ lao động có kỹ năng trong số người di cư và mở rộng sang những nơi trả lương cao hơn, bảo vệ tốt hơn, trong khi các nước tiếp nhận tuyển lao động để bù đắp tình trạng thiếu hụt nhân lực. Chủ đề này xem xét cách di cư lao động có kỹ năng có thể phục vụ phát triển ở cả hai phía.',
      id: 'Negara asal ingin meningkatkan porsi pekerja terampil di antara para migrannya dan memperluas tujuan ke negara yang memberi upah lebih tinggi dan perlindungan lebih baik, sementara negara tujuan merekrut pekerja untuk mengisi kekurangan tenaga kerja. Tema ini membahas bagaimana migrasi tenaga kerja terampil dapat mendukung pembangunan di kedua sisi.',
    },
    description: [
      'Asian labour mobility spans the whole range of skills, from highly qualified professionals, skilled craftsmen and technicians to less skilled workers in homes, construction, tourism, small shops and workshops.',
      'Most sending countries pursue three aims: to place more workers abroad, to raise the proportion of skilled workers among them, and to spread their workers over more destinations that pay higher wages and offer better protection. Many have set up ministries or agencies to market, up-skill and protect their migrants. Ideally, development at home should one day make emigration unnecessary; yet many sending governments assume that remittances will drive development on their own, and some even treat remittance volumes, rather than growth in the economy and in jobs, as the main measure of what migration delivers.',
      'Receiving countries recruit from abroad mainly to meet labour shortages. Asia holds some of the highest and lowest shares of migrant workers in the world, the United Arab Emirates at one end and Japan at the other. The community also looks at the contribution migration makes to development in both origin and destination countries through critically needed skills, employment, remittances and poverty reduction.',
    ],
    keyQuestions: [
      'How can origin countries raise the share of skilled workers among their migrants and diversify towards destinations with higher wages and stronger protection?',
      'Beyond remittance volumes, how should the development benefits of skilled migration be measured, given that remittances do not accelerate development automatically?',
      'How can destination countries match skilled migration to real labour shortages while protecting the workers they admit?',
    ],
    source: { document: '002', locator: 'Annex 2, "Origin/Departure/Pre-departure Preparation"' },
  },
  {
    slug: 'multilateral-agreements',
    order: 5,
    title: {
      en: 'Multilateral agreements (e.g. ASEAN, EPS)',
      th: 'ข้อตกลงพหุภาคี (เช่น อาเซียน, EPS)',
      km: 'កិច្ចព្រមព្រៀងពហុភាគី (ឧ. អាស៊ាន, EPS)',
      lo: 'ຂໍ້ຕົກລົງຫຼາຍຝ່າຍ (ເຊັ່ນ: ອາຊຽນ, EPS)',
      my: 'ဘက်စုံသဘောတူညီချက်များ (ဥပမာ အာဆီယံ၊ EPS)',
      vi: 'Các thỏa thuận đa phương (ví dụ ASEAN, EPS)',
      id: 'Perjanjian multilateral (mis. ASEAN, EPS)',
    },
    summary: {
      en: "Agreements between states, from the Republic of Korea's Employment Permit System MOUs with 15 sending countries to cooperation within ASEAN, can make recruitment more transparent and safer, yet relatively few Asian migrants move under them. This theme looks at how such agreements work and how to strengthen them.",
      th: 'ข้อตกลงระหว่างรัฐ ตั้งแต่บันทึกความเข้าใจภายใต้ระบบการอนุญาตจ้างงาน (EPS) ของสาธารณรัฐเกาหลีกับประเทศผู้ส่ง 15 ประเทศ ไปจนถึงความร่วมมือในอาเซียน ช่วยให้การจัดหางานโปร่งใสและปลอดภัยยิ่งขึ้น แต่ผู้ย้ายถิ่นชาวเอเชียที่เดินทางภายใต้ข้อตกลงเหล่านี้ยังมีค่อนข้างน้อย หัวข้อนี้พิจารณาการทำงานของข้อตกลงดังกล่าวและแนวทางเสริมสร้างความเข้มแข็ง',
      km: 'កិច្ចព្រមព្រៀងរវាងរដ្ឋ ចាប់ពីអនុស្សរណៈនៃការយោគយល់គ្នាក្រោមប្រព័ន្ធលិខិតអនុញ្ញាតការងារ (EPS) របស់សាធារណរដ្ឋកូរ៉េជាមួយប្រទេសបញ្ជូនពលករចំនួន ១៥ រហូតដល់កិច្ចសហប្រតិបត្តិការក្នុងអាស៊ាន អាចធ្វើឱ្យការជ្រើសរើសពលករមានតម្លាភាព និងសុវត្ថិភាពជាងមុន ប៉ុន្តែជនចំណាកស្រុកអាស៊ីដែលធ្វើដំណើរក្រោមកិច្ចព្រមព្រៀងទាំងនេះនៅមានចំនួនតិចនៅឡើយ។ ប្រធានបទនេះពិនិត្យមើលរបៀបដែលកិច្ចព្រមព្រៀងទាំងនេះដំណើរការ និងរបៀបពង្រឹងពួកវា។',
      lo: 'ຂໍ້ຕົກລົງລະຫວ່າງລັດ ນັບແຕ່ບົດບັນທຶກຄວາມເຂົ້າໃຈພາຍໃຕ້ລະບົບອະນຸຍາດຈ້າງງານ (EPS) ຂອງສາທາລະນະລັດເກົາຫຼີກັບ 15 ປະເທດສົ່ງອອກແຮງງານ ຈົນເຖິງການຮ່ວມມືພາຍໃນອາຊຽນ ສາມາດເຮັດໃຫ້ການຈັດຫາງານມີຄວາມໂປ່ງໃສ ແລະ ປອດໄພຂຶ້ນ, ແຕ່ຜູ້ເຄື່ອນຍ້າຍຊາວອາຊີທີ່ເດີນທາງພາຍໃຕ້ຂໍ້ຕົກລົງເຫຼົ່ານີ້ຍັງມີຈຳນວນໜ້ອຍ. ຫົວຂໍ້ນີ້ພິຈາລະນາວິທີການເຮັດວຽກຂອງຂໍ້ຕົກລົງດັ່ງກ່າວ ແລະ ວິທີເສີມສ້າງໃຫ້ເຂັ້ມແຂງ.',
      my: 'ကိုရီးယားသမ္မတနိုင်ငံ၏ အလုပ်အကိုင်ခွင့်ပြုချက်စနစ် (EPS) အောက်တွင် အလုပ်သမားပေးပို့သည့်နိုင်ငံ ၁၅ နိုင်ငံနှင့် ချုပ်ဆိုထားသော နားလည်မှုစာချွန်လွှာများမှစ၍ အာဆီယံအတွင်း ပူးပေါင်းဆောင်ရွက်မှုအထိ နိုင်ငံအချင်းချင်း သဘောတူညီချက်များသည် အလုပ်ခေါ်ယူမှုကို ပိုမိုပွင့်လင်းမြင်သာပြီး ဘေးကင်းစေနိုင်သော်လည်း ယင်းသဘောတူညီချက်များအောက်တွင် သွားလာသော အာရှရွှေ့ပြောင်းလုပ်သားများမှာ အတော်အတန် နည်းပါးသေးသည်။ ဤအကြောင်းအရာသည် ထိုသဘောတူညီချက်များ မည်သို့ လည်ပတ်သည်နှင့် မည်သို့ အားကောင်းအောင် ပြုလုပ်နိုင်သည်ကို လေ့လာသည်။',
      vi: 'Các thỏa thuận giữa các quốc gia, từ các bản ghi nhớ theo Hệ thống Cấp phép Việc làm (EPS) của Hàn Quốc với 15 nước phái cử đến hợp tác trong ASEAN, có thể giúp tuyển dụng minh bạch và an toàn hơn, nhưng số lao động di cư châu Á đi theo các thỏa thuận này vẫn còn tương đối ít. Chủ đề này xem xét cách các thỏa thuận đó vận hành và cách củng cố chúng.',
      id: 'Perjanjian antarnegara, mulai dari nota kesepahaman Sistem Izin Kerja (EPS) Republik Korea dengan 15 negara pengirim hingga kerja sama di ASEAN, dapat membuat perekrutan lebih transparan dan aman, namun relatif sedikit migran Asia yang berangkat melalui jalur ini. Tema ini membahas cara kerja perjanjian tersebut dan cara memperkuatnya.',
    },
    description: [
      'Through a partnership programme with the Government of the Republic of Korea, the ILO facilitates dialogue between Korea and the countries that send workers under its Employment Permit System (EPS). Workers from the 15 EPS countries must complete pre-departure training and pass a Korean language test before they leave, so they arrive better prepared; because EPS recruitment costs are monitored and transparent, the risk of exploitation during recruitment is also reduced.',
      'As of May 2010 the Republic of Korea had signed EPS memoranda of understanding with Cambodia, Thailand, Viet Nam, Indonesia, the Philippines, Timor-Leste, Sri Lanka, Bangladesh, Nepal, Uzbekistan, Kyrgyzstan, China, Myanmar, Mongolia and Pakistan.',
      'Many sending countries would like more of their workers to move under bilateral agreements and MOUs, but in practice relatively few Asian migrants do. The CoP aims to encourage joint initiatives that deepen regional and multilateral cooperation on labour migration and human trafficking, including new forms of cooperation in times of financial and political turbulence.',
    ],
    keyQuestions: [
      'What can other schemes learn from the EPS: pre-departure training, a language test and monitored, transparent recruitment costs?',
      'Why do relatively few Asian migrants move under bilateral agreements and MOUs, and how could these channels be used more?',
      'How can regional and multilateral cooperation, for example within ASEAN, be strengthened, including during financial and political turbulence?',
    ],
    source: {
      document: '002',
      locator: 'Annex 2, "Origin/Departure/Pre-departure Preparation"; footnotes 6 and 7',
    },
  },
]
