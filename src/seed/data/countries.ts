import type { SeedCountry, SeedRatification } from './types'

/**
 * Countries of origin and destination named in the source documents.
 *
 * Ratifications: only the six focus countries of 004 carry them, copied from 004 Table 3
 * ("Ratification status of ILO Conventions No. 87, No. 97, No. 98 and No. 143 in the six focus
 * countries", source ILO NATLEX 2022). A tick is 'ratified'; an empty cell is 'not-ratified' (the
 * table states the status of all four Conventions for each of the six; 004 section 2.1 adds that
 * none of the six had ratified C143 as of 2022). Table 3 prints no years, so none are given.
 * No other document states a country's ratifications, so every other country has none.
 *
 * National laws: 004 Table 4 for the six focus countries, with the text of section 2.2; further
 * laws named in the documents are listed with null flags (the documents say nothing about union
 * rights under them).
 */

const table3 = { document: '004', locator: 'Table 3' } as const
const table4 = { document: '004', locator: 'Table 4; section 2.2' } as const

/** An empty cell in 004 Table 3. */
const notRatified = (convention: SeedRatification['convention']): SeedRatification => ({
  convention,
  status: 'not-ratified',
})

export const countries: SeedCountry[] = [
  // ---------------------------------------------------------------- six focus countries of 004
  {
    iso: 'KH',
    name: {
      en: 'Cambodia',
      th: 'กัมพูชา',
      km: 'កម្ពុជា',
      lo: 'ກຳປູເຈຍ',
      my: 'ကမ္ဘောဒီးယား',
      vi: 'Campuchia',
      id: 'Kamboja',
    },
    region: 'south-east-asia',
    role: 'origin',
    profile:
      "Cambodia sends workers to Thailand under a bilateral MOU on employment cooperation and to the Republic of Korea under an Employment Permit System MOU. Under the ILO/Japan project (2006-2010) its Ministry of Labour and Vocational Training adopted the country's first labour migration policy, endorsed an association of recruitment agencies and introduced a standard service contract between agencies and migrant workers. The Cambodian Labour Confederation runs Migrant Worker Resource Centres in Prey Veng and Koh Kong and works with unions in destination countries such as Thailand.",
    ratifications: [
      { convention: 'C87', status: 'ratified' },
      notRatified('C97'),
      { convention: 'C98', status: 'ratified' },
      notRatified('C143'),
    ],
    nationalLaws: [
      {
        title: 'Law on Trade Unions 2016',
        year: 2016,
        mayJoin: true,
        mayForm: true,
        mayHoldOffice: true,
        note: 'Covers migrant workers (articles 5 and 6): article 5 lets all workers found a union without distinction, article 6 bars discrimination by nationality. The only one of the six focus countries to allow non-nationals explicitly to join, form and lead unions. Amendments to ten articles in 2019 were criticised by unions for narrowing coverage (articles 3 and 17), leaving out informal-economy and migrant workers.',
      },
    ],
    sources: [
      table3,
      table4,
      { document: '000', locator: 'sections II and III' },
      { document: '001', locator: 'section "Bilateral agreements"' },
      { document: '004', locator: 'Table 2' },
    ],
  },
  {
    iso: 'ID',
    name: {
      en: 'Indonesia',
      th: 'อินโดนีเซีย',
      km: 'ឥណ្ឌូនេស៊ី',
      lo: 'ອິນໂດເນເຊຍ',
      my: 'အင်ဒိုနီးရှား',
      vi: 'Indonesia',
      id: 'Indonesia',
    },
    region: 'south-east-asia',
    role: 'origin',
    profile:
      "Indonesia is one of the main sending countries of South-East Asia: its domestic workers go to Hong Kong (China), the Middle East and Singapore, and it has recruitment MOUs with Malaysia and the Republic of Korea. In East Java the ILO/Japan project supported a provincial social dialogue platform, a local ordinance on placing and protecting migrant workers, and six registered cooperatives of former migrants. The unions KSBSI and SBMI run Migrant Worker Resource Centres in Blitar, Tulungagung, Cirebon and Lampung; the Cirebon centre, opened in June 2021, is the first to be integrated with the government's One-Roof Integrated Services.",
    ratifications: [
      { convention: 'C87', status: 'ratified' },
      notRatified('C97'),
      { convention: 'C98', status: 'ratified' },
      notRatified('C143'),
    ],
    nationalLaws: [
      {
        title: 'Act No. 21 of 2000 concerning Trade Unions and Labour Unions',
        year: 2000,
        mayJoin: true,
        // Table 4 prints only "(article 5)" in the "can form" cell, with no Yes/No. Section 2.2.2
        // states that the Act does not prohibit migrants from forming unions and that article 5
        // gives every worker the right to form one, so true is the nearest reading.
        mayForm: true,
        mayHoldOffice: true,
        note: 'Migrant workers are not named but are covered in principle as "workers". Joining: articles 5 and 12 (unions must accept members without discrimination). Forming: article 5. Holding office: articles 5, 8 and 12; article 8 leaves union hierarchy to union constitutions and bylaws.',
      },
      {
        title: 'Law No. 18 of 2017 on the Protection of Indonesian Migrant Workers',
        year: 2017,
        mayJoin: null,
        mayForm: null,
        mayHoldOffice: null,
        note: 'Established the One-Roof Integrated Services for migrant workers; amended by the 2020 Job Creation Law.',
      },
      {
        title: 'Act No. 11 of 2020 on Job Creation (Omnibus Job Creation Law)',
        year: 2020,
        mayJoin: null,
        mayForm: null,
        mayHoldOffice: null,
        note: 'Amends several labour laws, including Law No. 18 of 2017. Unions say it cuts leave and social security provisions, weakens the minimum wage and lengthens maximum overtime. In November 2021 the Constitutional Court ordered the Government to amend part of it within two years.',
      },
    ],
    sources: [
      table3,
      table4,
      { document: '000', locator: 'sections I, II and IV (East Java)' },
      { document: '001', locator: 'sections "Gender dimensions" and "Bilateral agreements"' },
      { document: '004', locator: 'Table 2; section 3.2, Box 3' },
    ],
  },
  {
    iso: 'LA',
    name: {
      en: 'Lao PDR',
      th: 'สปป. ลาว',
      km: 'ឡាវ',
      lo: 'ສປປ ລາວ',
      my: 'လာအို',
      vi: 'Lào',
      id: 'Laos',
    },
    region: 'south-east-asia',
    role: 'origin',
    profile:
      'The Lao PDR is a country of origin whose workers go mainly to Thailand, with which it has an MOU on employment cooperation. With ILO/Japan project support its Ministry of Labour and Social Welfare adopted a Decree on Employment Services, launched a labour market information system covering overseas employment and adopted a 2011-2020 workforce strategy that includes protecting Lao migrants. The Lao Federation of Trade Unions runs Migrant Worker Resource Centres in Luang Prabang, Savannakhet and Bokeo, but its proposed MOU with Thai unions has not been approved by the Government.',
    ratifications: [
      notRatified('C87'),
      notRatified('C97'),
      notRatified('C98'),
      notRatified('C143'),
    ],
    nationalLaws: [
      {
        title: 'Trade Unions Law 2007',
        year: 2007,
        mayJoin: false,
        // Table 4 gives "n/a" for forming and leading unions (migrants cannot join at all);
        // a boolean cannot say "not applicable", so null is the nearest value.
        mayForm: null,
        mayHoldOffice: null,
        note: 'Migrant workers are not covered: article 20 requires Lao nationality for union membership, and Table 4 marks forming and leading unions "n/a". Lao migrants abroad may join the Lao Federation of Trade Unions, but it has no legal avenue to give them legal aid overseas.',
      },
      {
        title: 'Labour Law (2013)',
        year: 2013,
        mayJoin: null,
        mayForm: null,
        mayHoldOffice: null,
        note: 'Article 154 makes a strike or work stoppage subject to government permission.',
      },
      {
        title: 'Decree on Employment Services',
        mayJoin: null,
        mayForm: null,
        mayHoldOffice: null,
        note: 'Adopted by the Ministry of Labour and Social Welfare to regulate domestic employment services and overseas employment processes.',
      },
    ],
    sources: [
      table3,
      table4,
      { document: '000', locator: 'sections I, II and III' },
      { document: '004', locator: 'Table 2; section 5.1' },
    ],
  },
  {
    iso: 'MY',
    name: {
      en: 'Malaysia',
      th: 'มาเลเซีย',
      km: 'ម៉ាឡេស៊ី',
      lo: 'ມາເລເຊຍ',
      my: 'မလေးရှား',
      vi: 'Malaysia',
      id: 'Malaysia',
    },
    region: 'south-east-asia',
    role: 'destination',
    profile:
      'Malaysia is a destination country with MOUs regulating recruitment from Bangladesh, China, Indonesia, Pakistan, Sri Lanka, Thailand and Viet Nam. The Malaysian Trades Union Congress runs Migrant Worker Resource Centres in Johor, Kuala Lumpur and Penang, with outreach in Sabah and Sarawak; in 2020 they resolved 64 cases involving 4,578 migrant workers, 1,759 of them women. In 2020 the MTUC also recovered more than 12.5 million ringgit in unpaid wages for 10,455 migrant construction workers on the Kuala Lumpur MRT project.',
    ratifications: [
      notRatified('C87'),
      { convention: 'C97', status: 'ratified', note: 'only Sabah' },
      { convention: 'C98', status: 'ratified' },
      notRatified('C143'),
    ],
    nationalLaws: [
      {
        title: 'Trade Unions Act 1959',
        year: 1959,
        mayJoin: true,
        mayForm: true,
        // Table 4 says "Situational (sections 28 and 29)": non-citizens are barred from union
        // executive posts and employment unless the Minister grants an exemption under section
        // 30. A boolean cannot say "situational"; false (the default position) is the nearest.
        mayHoldOffice: false,
        note: 'Migrants are covered in principle as "workers". Joining: section 26; forming: section 9. Holding office is situational: sections 28 and 29 reserve executive posts and union employment for Malaysian citizens, but section 30 lets the Minister grant absolute or conditional exemptions. Amendments proposed in 2020 drew union concern.',
      },
    ],
    sources: [
      table3,
      table4,
      { document: '001', locator: 'section "Bilateral agreements"' },
      { document: '004', locator: 'Table 2; section 3.1, Box 2' },
    ],
  },
  {
    iso: 'TH',
    name: {
      en: 'Thailand',
      th: 'ประเทศไทย',
      km: 'ថៃ',
      lo: 'ໄທ',
      my: 'ထိုင်း',
      vi: 'Thái Lan',
      id: 'Thailand',
    },
    region: 'south-east-asia',
    role: 'origin-and-destination',
    profile:
      "Thailand receives workers from Cambodia, the Lao PDR and Myanmar under bilateral MOUs, although far fewer arrive through the MOU process than Thai employers demand, and many Cambodian and Myanmar domestic workers in Thailand are undocumented. Thai workers in turn go to the Republic of Korea and Malaysia under MOUs. Thailand has not ratified Conventions No. 87 and No. 98 despite decades of union campaigning; the State Enterprise Workers' Relations Confederation runs Migrant Worker Resource Centres in Bangkok, Ranong and Songkhla.",
    ratifications: [
      notRatified('C87'),
      notRatified('C97'),
      notRatified('C98'),
      notRatified('C143'),
    ],
    nationalLaws: [
      {
        title: 'Labour Relations Act, B.E. 2518 (1975)',
        year: 1975,
        mayJoin: true,
        mayForm: false,
        mayHoldOffice: false,
        note: 'Migrants are covered in principle as "workers". Section 95 lets them join an existing union, but sections 88 and 101 require Thai nationality to found a union or be elected to its leadership.',
      },
      {
        title: 'State Enterprise Labour Relations Act, B.E. 2543 (2000)',
        year: 2000,
        mayJoin: null,
        mayForm: null,
        mayHoldOffice: null,
        note: 'Prohibits strikes by public servants (section 33).',
      },
    ],
    sources: [
      table3,
      table4,
      { document: '000', locator: 'sections I and III' },
      { document: '001', locator: 'sections "Gender dimensions" and "Bilateral agreements"' },
      { document: '004', locator: 'Table 2; section 2.2.5' },
    ],
  },
  {
    iso: 'JO',
    name: {
      en: 'Jordan',
      th: 'จอร์แดน',
      km: 'ហ្ស៊កដានី',
      lo: 'ຈໍແດນ',
      my: 'ဂျော်ဒန်',
      vi: 'Jordan',
      id: 'Yordania',
    },
    region: 'arab-states',
    role: 'destination',
    profile:
      'Jordan is a destination country in the Arab States, a region with an estimated 24.1 million migrant workers in 2019. Migrant workers are tied to a sponsor under the kafala system (Law No. 24 of 1973), and an estimated 90 per cent of migrant domestic workers are excluded from social protection. A joint Migrant Worker Resource Centre opened in Amman on 1 July 2018 by the Arab Trade Union Confederation, the ASEAN Trade Union Council and the South Asian Regional Trade Union Council had handled 182 cases (73 settled) by 2021, mainly for domestic workers from Bangladesh, Indonesia, the Philippines and Sri Lanka.',
    ratifications: [
      notRatified('C87'),
      notRatified('C97'),
      { convention: 'C98', status: 'ratified' },
      notRatified('C143'),
    ],
    nationalLaws: [
      {
        title: 'Labour Code, Law No. 8 of 1996',
        year: 1996,
        mayJoin: true,
        mayForm: false,
        mayHoldOffice: false,
        note: 'Covers migrant workers (article 12). Table 4 and section 2.2.6 say migrants may join unions (although article 108(C) as quoted also lists Jordanian nationality for membership applicants); article 108 requires founders to be Jordanian, so they cannot form or lead one; only one union is allowed per sector. 2019 amendments were criticised for allowing government interference in internal union affairs.',
      },
      {
        title: 'Law No. 24 of 1973',
        year: 1973,
        mayJoin: null,
        mayForm: null,
        mayHoldOffice: null,
        note: 'Sponsorship (kafala) law binding a migrant worker to one employer or sponsor for the contract period.',
      },
      {
        title:
          'Regulation No. 12 of 2015 on the Organization of Private Offices Recruiting Non-Jordanian Domestic Workers',
        year: 2015,
        mayJoin: null,
        mayForm: null,
        mayHoldOffice: null,
        note: "Lets an employer end a domestic worker's contract and request a replacement if, within three months of arrival, she fails Ministry of Health tests or is found pregnant.",
      },
    ],
    sources: [
      table3,
      table4,
      { document: '004', locator: 'section 4, Table 1' },
      { document: '003', locator: 'Annex, Arab States Region' },
    ],
  },

  // ------------------------------------------------------------------------- South-East Asia
  {
    iso: 'MM',
    name: {
      en: 'Myanmar',
      th: 'เมียนมา',
      km: 'មីយ៉ាន់ម៉ា',
      lo: 'ມຽນມາ',
      my: 'မြန်မာ',
      vi: 'Myanmar',
      id: 'Myanmar',
    },
    region: 'south-east-asia',
    role: 'origin',
    profile:
      'Myanmar is a key sending country of South-East Asia. Its workers go to Thailand under a bilateral MOU, and many Myanmar domestic workers there are undocumented; it also has an Employment Permit System MOU with the Republic of Korea. ILO projects produced a paralegal manual in Burmese and Thai and guidebooks in Burmese for migrants in Thailand, and Thai banks introduced ATMs in Burmese to ease remittances.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '000', locator: 'sections I and IV' },
      { document: '001', locator: 'sections "Gender dimensions", "Combating trafficking"' },
      { document: '002', locator: 'Annex 2, footnote 7' },
    ],
  },
  {
    iso: 'VN',
    name: {
      en: 'Viet Nam',
      th: 'เวียดนาม',
      km: 'វៀតណាម',
      lo: 'ຫວຽດນາມ',
      my: 'ဗီယက်နမ်',
      vi: 'Việt Nam',
      id: 'Vietnam',
    },
    region: 'south-east-asia',
    role: 'origin',
    profile:
      'Viet Nam is a key sending country of South-East Asia, with MOUs covering its workers in the Republic of Korea (Employment Permit System) and Malaysia. The ILO has reviewed its labour migration legislation, and trafficking is reported to be widespread there. Vietnamese workers were among the 10,455 migrant construction workers in Kuala Lumpur whose unpaid wages the MTUC recovered in 2020.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'sections "Bilateral agreements", "Human Trafficking"' },
      { document: '002', locator: 'section "Why a CoP on Labour Migration?"' },
      { document: '004', locator: 'Box 2' },
    ],
  },
  {
    iso: 'PH',
    name: {
      en: 'Philippines',
      th: 'ฟิลิปปินส์',
      km: 'ហ្វីលីពីន',
      lo: 'ຟີລິບປິນ',
      my: 'ဖိလစ်ပိုင်',
      vi: 'Philippines',
      id: 'Filipina',
    },
    region: 'south-east-asia',
    role: 'origin',
    profile:
      "The Philippines is a leading country of origin and one of the two largest remittance recipients in Asia and the Pacific in 2006, with $15 billion (India received $25 billion). Its Overseas Workers Welfare Administration runs a well-developed pre-departure curriculum, it pioneered migrant welfare funds, and all recruitment agencies must register and follow a set fee structure. Filipino domestic workers in Malaysia, first organised in 2015, became AMMPO in 2016, the first migrant domestic workers' organization in that country, later recognised by the Philippine Embassy.",
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'sections "Training", "Using remittances"' },
      { document: '002', locator: 'Annex 2, "Return and Reintegration"' },
      { document: '004', locator: 'Box 5' },
    ],
  },
  {
    iso: 'SG',
    name: {
      en: 'Singapore',
      th: 'สิงคโปร์',
      km: 'សិង្ហបុរី',
      lo: 'ສິງກະໂປ',
      my: 'စင်ကာပူ',
      vi: 'Singapore',
      id: 'Singapura',
    },
    region: 'south-east-asia',
    role: 'destination',
    profile:
      'Singapore is a destination whose labour force includes a significant share of foreign workers. Domestic workers from Indonesia, the Philippines and Sri Lanka work there, and migrant domestic workers have formed a union or association in the country.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'section "Gender dimensions"' },
      { document: '002', locator: 'section "Why a CoP on Labour Migration?"' },
      { document: '004', locator: 'section 3.1' },
    ],
  },
  {
    iso: 'BN',
    name: {
      en: 'Brunei Darussalam',
      th: 'บรูไนดารุสซาลาม',
      km: 'ប្រ៊ុយណេដារូសាឡឹម',
      lo: 'ບຣູໄນດາຣຸສຊາລາມ',
      my: 'ဘရူနိုင်း',
      vi: 'Brunei',
      id: 'Brunei Darussalam',
    },
    region: 'south-east-asia',
    role: 'destination',
    profile:
      "Brunei Darussalam appears as a destination for Indonesian women migrants. In a 2021 case, the KSBSI resource centre in Tulungagung worked with the women's organisation Project Women Brunei to assist an Indonesian woman whose recruitment agency had forced her into marriage instead of a job; she was sheltered at the Indonesian Embassy and repatriated.",
    ratifications: [],
    nationalLaws: [],
    sources: [{ document: '004', locator: 'Box 6' }],
  },
  {
    iso: 'TL',
    name: {
      en: 'Timor-Leste',
      th: 'ติมอร์-เลสเต',
      km: 'ទីម័រ-ឡេស្តេ',
      lo: 'ຕີມໍ-ເລສເຕ',
      my: 'အရှေ့တီမော',
      vi: 'Đông Timor',
      id: 'Timor Leste',
    },
    region: 'south-east-asia',
    role: 'origin',
    profile:
      'Timor-Leste (named East Timor in the concept note) is one of the 15 countries with an Employment Permit System MOU with the Republic of Korea as of May 2010. Its workers going to Korea must complete pre-departure training and pass a Korean language test.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'section "Bilateral agreements"' },
      { document: '002', locator: 'Annex 2, footnote 7' },
    ],
  },

  // ------------------------------------------------------------------------------ East Asia
  {
    iso: 'KR',
    name: {
      en: 'Republic of Korea',
      th: 'สาธารณรัฐเกาหลี',
      km: 'សាធារណរដ្ឋកូរ៉េ',
      lo: 'ສາທາລະນະລັດເກົາຫຼີ',
      my: 'ကိုရီးယားသမ္မတနိုင်ငံ',
      vi: 'Hàn Quốc',
      id: 'Republik Korea',
    },
    region: 'east-asia',
    role: 'destination',
    profile:
      'The Republic of Korea hires foreign workers under its Employment Permit System, with MOUs with 15 origin countries as of May 2010; workers must complete pre-departure training and pass a Korean language test, and recruitment costs are monitored. Its "Happy Return" programme trains workers before they go home. Legally admitted skilled foreign workers are covered by social security, and irregular migrants can be covered for industrial accidents.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      {
        document: '001',
        locator: 'sections "Bilateral agreements", "Health and social protection"',
      },
      { document: '002', locator: 'Annex 2, "Origin/Departure", "Return and Reintegration"' },
    ],
  },
  {
    iso: 'JP',
    name: {
      en: 'Japan',
      th: 'ญี่ปุ่น',
      km: 'ជប៉ុន',
      lo: 'ຍີ່ປຸ່ນ',
      my: 'ဂျပန်',
      vi: 'Nhật Bản',
      id: 'Jepang',
    },
    region: 'east-asia',
    role: 'destination',
    profile:
      "Japan is listed among the Asian economies with a significant foreign workforce, yet it is also cited as having one of the lowest shares of migrant workers in Asia, in contrast to the United Arab Emirates. Its law grants insurance benefits for work-related injury, disease, disability or death regardless of the worker's nationality or legal status. Japan funded the ILO/Japan project on managing cross-border movement of labour in South-East Asia (2006-2010).",
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '000', locator: 'section "Decent work for foreign migrants"' },
      { document: '001', locator: 'section "Health and social protection"' },
      { document: '002', locator: 'Annex 2, "Destination/On site"' },
    ],
  },
  {
    iso: 'CN',
    name: {
      en: 'China',
      th: 'จีน',
      km: 'ចិន',
      lo: 'ຈີນ',
      my: 'တရုတ်',
      vi: 'Trung Quốc',
      id: 'Tiongkok',
    },
    region: 'east-asia',
    role: 'origin',
    profile:
      'China sends workers to the Republic of Korea and Malaysia under bilateral MOUs. The ILO has reviewed its labour migration legislation, and trafficking is reported to be widespread there. It is one of the six countries of the ILO project against labour exploitation of migrants within and from the Greater Mekong Sub-region (2010-2015).',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'sections "Bilateral agreements", "Human Trafficking"' },
      { document: '003', locator: 'Annex, Asia and the Pacific Region' },
    ],
  },
  {
    iso: 'HK',
    name: {
      en: 'Hong Kong (China)',
      th: 'ฮ่องกง (จีน)',
      km: 'ហុងកុង (ចិន)',
      lo: 'ຮົງກົງ (ຈີນ)',
      my: 'ဟောင်ကောင် (တရုတ်)',
      vi: 'Hồng Kông (Trung Quốc)',
      id: 'Hong Kong (Tiongkok)',
    },
    region: 'east-asia',
    role: 'destination',
    profile:
      'Hong Kong (China) is a major destination for domestic workers from Indonesia, the Philippines and Sri Lanka. Its unions are already fully engaged in developing migration policy, and migrant domestic workers there have formed their own union or association.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'sections "Gender dimensions", "Admission and recruitment"' },
      { document: '004', locator: 'section 3.1' },
    ],
  },
  {
    iso: 'MN',
    name: {
      en: 'Mongolia',
      th: 'มองโกเลีย',
      km: 'ម៉ុងហ្គោលី',
      lo: 'ມົງໂກລີ',
      my: 'မွန်ဂိုလီးယား',
      vi: 'Mông Cổ',
      id: 'Mongolia',
    },
    region: 'east-asia',
    role: 'origin',
    profile:
      'Mongolia has an Employment Permit System MOU with the Republic of Korea. The ILO has reviewed its labour migration legislation and introduced Integrated Rural Accessibility Planning there to help create local jobs.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'sections "Labour market development", "Bilateral agreements"' },
    ],
  },

  // ----------------------------------------------------------------------------- South Asia
  {
    iso: 'BD',
    name: {
      en: 'Bangladesh',
      th: 'บังกลาเทศ',
      km: 'បង់ក្លាដែស',
      lo: 'ບັງກະລາເທດ',
      my: 'ဘင်္ဂလားဒေ့ရှ်',
      vi: 'Bangladesh',
      id: 'Bangladesh',
    },
    region: 'south-asia',
    role: 'origin',
    profile:
      'Bangladesh is a major sending country with more than a million workers abroad, and it has recruitment MOUs with the Republic of Korea and Malaysia. The ILO project "Promoting Decent Work through Improved Migration Policy and its Application to Bangladesh" (2011-2014) works on policy, recruitment regulation and services for workers abroad and on return. During COVID-19 the MTUC and the Bangladesh High Commission provided food aid to Bangladeshi workers in Malaysia, who sent more than 33,500 requests for food nationwide.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'section "Bilateral agreements"' },
      { document: '002', locator: 'section "Why a CoP on Labour Migration?"' },
      { document: '003', locator: 'Annex, Asia and the Pacific Region' },
      { document: '004', locator: 'section 3.2' },
    ],
  },
  {
    iso: 'LK',
    name: {
      en: 'Sri Lanka',
      th: 'ศรีลังกา',
      km: 'ស្រីលង្កា',
      lo: 'ສີລັງກາ',
      my: 'သီရိလင်္ကာ',
      vi: 'Sri Lanka',
      id: 'Sri Lanka',
    },
    region: 'south-asia',
    role: 'origin',
    profile:
      "Sri Lanka is a major sending country with more than a million workers abroad; its domestic workers go to Hong Kong (China), the Middle East and Singapore, and it has MOUs with the Republic of Korea and Malaysia. The ILO supports the implementation of its National Labour Migration Policy (phase II, 2013-2015). In May 2009 the first three bilateral union agreements on migrant workers' rights were signed in Colombo between Sri Lankan union centres and unions in Bahrain, Jordan and Kuwait.",
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'sections "Gender dimensions", "Bilateral agreements"' },
      { document: '002', locator: 'section "Why a CoP on Labour Migration?"' },
      { document: '003', locator: 'note 8; Annex, Asia and the Pacific Region' },
    ],
  },
  {
    iso: 'NP',
    name: {
      en: 'Nepal',
      th: 'เนปาล',
      km: 'នេប៉ាល់',
      lo: 'ເນປານ',
      my: 'နီပေါ',
      vi: 'Nepal',
      id: 'Nepal',
    },
    region: 'south-asia',
    role: 'origin',
    profile:
      'Nepal sends workers to the Republic of Korea under an Employment Permit System MOU, and the Nepal-United Arab Emirates route is one of the five corridors of the ILO Global Action Programme on Migrant Domestic Workers (2013-2016). In January 2012 the General Federation of Nepalese Trade Unions signed agreements with unions in Bahrain and Kuwait, and it also partners with the MTUC in Malaysia.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'section "Bilateral agreements"' },
      { document: '003', locator: 'note 8; Annex, Global' },
      { document: '004', locator: 'section 5.1' },
    ],
  },
  {
    iso: 'IN',
    name: {
      en: 'India',
      th: 'อินเดีย',
      km: 'ឥណ្ឌា',
      lo: 'ອິນເດຍ',
      my: 'အိန္ဒိယ',
      vi: 'Ấn Độ',
      id: 'India',
    },
    region: 'south-asia',
    role: 'origin-and-destination',
    profile:
      'India is a major sending country and was the largest remittance recipient in Asia and the Pacific in 2006, with $25 billion. It is also named as a major destination for South Asian women workers in the ILO programme against trafficking of women and girls (CAPSA, 2013-2018). For the Ministry of Overseas Indian Affairs the ILO has profiled returnees who reintegrated successfully, and it has recommended amendments to the Emigration Act.',
    ratifications: [],
    nationalLaws: [
      {
        title: 'Emigration Act',
        mayJoin: null,
        mayForm: null,
        mayHoldOffice: null,
        note: 'The ILO regional office recommended amendments to it.',
      },
    ],
    sources: [
      { document: '001', locator: 'sections "Labour market development", "Using remittances"' },
      { document: '003', locator: 'Annex, Arab States Region (CAPSA)' },
    ],
  },
  {
    iso: 'PK',
    name: {
      en: 'Pakistan',
      th: 'ปากีสถาน',
      km: 'ប៉ាគីស្ថាន',
      lo: 'ປາກີສະຖານ',
      my: 'ပါကစ္စတန်',
      vi: 'Pakistan',
      id: 'Pakistan',
    },
    region: 'south-asia',
    role: 'origin',
    profile:
      'Pakistan is a major sending country with more than a million workers abroad and has recruitment MOUs with the Republic of Korea and Malaysia. Trafficking is reported to be widespread there, and it is among the Asian countries of recent ILO regional programmes against forced labour and trafficking.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'sections "Bilateral agreements", "Human Trafficking"' },
      { document: '002', locator: 'section "Why a CoP on Labour Migration?"' },
      { document: '003', locator: 'section "Combating trafficking for forced labour"' },
    ],
  },

  // ---------------------------------------------------------------------------- Central Asia
  {
    iso: 'UZ',
    name: {
      en: 'Uzbekistan',
      th: 'อุซเบกิสถาน',
      km: 'អ៊ូសបេគីស្ថាន',
      lo: 'ອຸສເບກິສຖານ',
      my: 'ဥဇဘက်ကစ္စတန်',
      vi: 'Uzbekistan',
      id: 'Uzbekistan',
    },
    region: 'central-asia',
    role: 'origin',
    profile:
      'Uzbekistan is one of the 15 countries with an Employment Permit System MOU with the Republic of Korea as of May 2010. Its workers bound for Korea go through pre-departure training and a Korean language test.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '001', locator: 'section "Bilateral agreements"' },
      { document: '002', locator: 'Annex 2, footnote 7' },
    ],
  },
  {
    iso: 'KG',
    name: {
      en: 'Kyrgyzstan',
      th: 'คีร์กีซสถาน',
      km: 'កៀហ្ស៊ីស៊ីស្ថាន',
      lo: 'ເຄີກິສຖານ',
      my: 'ကာဂျစ္စတန်',
      vi: 'Kyrgyzstan',
      id: 'Kirgizstan',
    },
    region: 'central-asia',
    role: 'origin',
    profile:
      'Kyrgyzstan has an Employment Permit System MOU with the Republic of Korea. The ILO has commented on its draft Law on Private Employment Agencies.',
    ratifications: [],
    nationalLaws: [
      {
        title: 'Law on Private Employment Agencies (draft)',
        mayJoin: null,
        mayForm: null,
        mayHoldOffice: null,
        note: 'The ILO provided inputs on the draft.',
      },
    ],
    sources: [
      { document: '001', locator: 'section "Bilateral agreements"' },
      {
        document: '003',
        locator: 'section "Governing labour migration for inclusive development"',
      },
    ],
  },

  // ----------------------------------------------------------------------------- Arab States
  {
    iso: 'AE',
    name: {
      en: 'United Arab Emirates',
      th: 'สหรัฐอาหรับเอมิเรตส์',
      km: 'អេមីរ៉ាតអារ៉ាប់រួម',
      lo: 'ສະຫະລັດອາຣັບເອມີເຣດ',
      my: 'အာရပ်စော်ဘွားများ ပြည်ထောင်စု',
      vi: 'Các Tiểu vương quốc Ả Rập Thống nhất',
      id: 'Uni Emirat Arab',
    },
    region: 'arab-states',
    role: 'destination',
    profile:
      'The United Arab Emirates has one of the highest shares of migrant workers of any country in Asia. It is a main destination of South Asian workers in the ILO programme against trafficking of women and girls (CAPSA), and Nepal-UAE is one of the corridors of the ILO Global Action Programme on Migrant Domestic Workers.',
    ratifications: [],
    nationalLaws: [],
    sources: [
      { document: '002', locator: 'Annex 2, "Destination/On site"' },
      { document: '003', locator: 'Annex, Arab States Region and Global' },
    ],
  },
  {
    iso: 'SA',
    name: {
      en: 'Saudi Arabia',
      th: 'ซาอุดีอาระเบีย',
      km: 'អារ៉ាប៊ីសាអូឌីត',
      lo: 'ຊາອຸດີອາຣາເບຍ',
      my: 'ဆော်ဒီအာရေးဗီးယား',
      vi: 'Ả Rập Xê Út',
      id: 'Arab Saudi',
    },
    region: 'arab-states',
    role: 'destination',
    profile:
      'Saudi Arabia is one of five Arab States targeted by the ILO regional advocacy strategy on the Domestic Workers Convention, 2011 (No. 189) in 2012-2014, which looks at adapting national laws and possible ratification. As a Gulf Cooperation Council state it is also a destination covered by the ILO project for Ethiopian and Somali women domestic workers (2013-2016).',
    ratifications: [],
    nationalLaws: [],
    sources: [{ document: '003', locator: 'Annex, Africa and Arab States Regions' }],
  },
  {
    iso: 'KW',
    name: {
      en: 'Kuwait',
      th: 'คูเวต',
      km: 'គុយវ៉ែត',
      lo: 'ຄູເວດ',
      my: 'ကူဝိတ်',
      vi: 'Kuwait',
      id: 'Kuwait',
    },
    region: 'arab-states',
    role: 'destination',
    profile:
      "Kuwait is a Gulf destination covered by the ILO regional advocacy strategy on the Domestic Workers Convention (2012-2014). Its unions signed bilateral agreements on migrant workers' rights with Sri Lankan union centres in 2009 and with the General Federation of Nepalese Trade Unions in 2012.",
    ratifications: [],
    nationalLaws: [],
    sources: [{ document: '003', locator: 'note 8; Annex, Arab States Region' }],
  },
  {
    iso: 'BH',
    name: {
      en: 'Bahrain',
      th: 'บาห์เรน',
      km: 'បារ៉ែន',
      lo: 'ບາເຣນ',
      my: 'ဘာရိန်း',
      vi: 'Bahrain',
      id: 'Bahrain',
    },
    region: 'arab-states',
    role: 'destination',
    profile:
      "Bahrain adopted a social security law covering migrant workers with ILO technical support and is one of the countries of the ILO regional advocacy strategy on the Domestic Workers Convention (2012-2014). Its unions signed agreements on migrant workers' rights with Sri Lankan unions in 2009 and Nepalese unions in 2012.",
    ratifications: [],
    nationalLaws: [],
    sources: [
      {
        document: '003',
        locator:
          'section "Sustainable development and the post-2015 development agenda"; note 8; Annex',
      },
    ],
  },
  {
    iso: 'OM',
    name: {
      en: 'Oman',
      th: 'โอมาน',
      km: 'អូម៉ង់',
      lo: 'ໂອມານ',
      my: 'အိုမန်',
      vi: 'Oman',
      id: 'Oman',
    },
    region: 'arab-states',
    role: 'destination',
    profile:
      'Oman is one of the five countries of the ILO regional advocacy strategy on the Domestic Workers Convention (2012-2014). Its unions have acted to protect migrant workers through interregional trade union cooperation.',
    ratifications: [],
    nationalLaws: [],
    sources: [{ document: '003', locator: 'note 8; Annex, Arab States Region' }],
  },
  {
    iso: 'LB',
    name: {
      en: 'Lebanon',
      th: 'เลบานอน',
      km: 'លីបង់',
      lo: 'ເລບານອນ',
      my: 'လက်ဘနွန်',
      vi: 'Li-băng',
      id: 'Lebanon',
    },
    region: 'arab-states',
    role: 'destination',
    profile:
      'Lebanon is a destination for women migrant domestic workers: an ILO action programme (2010-2013) built on its unified contract and its decree regulating private placement agencies. It is also a destination in the ILO programme against trafficking of South Asian women and girls (CAPSA) and in the project for Ethiopian and Somali women domestic workers.',
    ratifications: [],
    nationalLaws: [],
    sources: [{ document: '003', locator: 'Annex, Africa and Arab States Regions' }],
  },
]
