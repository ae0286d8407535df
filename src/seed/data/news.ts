import type { SeedNews } from './types'

/**
 * Dated news items built from facts reported in the source documents.
 * Where a document prints only a year or a month, `date` is the first day of it (noted inline).
 */
export const news: SeedNews[] = [
  {
    slug: 'cambodian-recruitment-agencies-association-joins-employers-federation',
    title: "Cambodian recruitment agencies' association admitted to employers' federation",
    // Only the year (2008) is printed; first day of the year used.
    date: '2008-01-01',
    kind: 'country-news',
    countries: ['KH'],
    themes: ['labour-exploitation'],
    summary:
      'After the Ministry of Labour and Vocational Training endorsed the Association of ' +
      'Cambodian Recruitment Agencies, the Cambodian Federation of Employers and Business ' +
      'Associations took it on as a member in 2008.',
    body: [
      "Cambodia's Ministry of Labour and Vocational Training backed the creation of an " +
        "association for the country's recruitment agencies, and in 2008 the national " +
        "employers' federation accepted the new body into its membership.",
      'The ministry also introduced a standard service contract to be used between ' +
        'recruitment agencies and the migrant workers they place, a step towards clearer ' +
        'terms and fewer disputes over fees and conditions.',
      'Both measures were reported as capacity-building results of the ILO/Japan project on ' +
        'cross-border labour movement, which also saw a cut in the passport fee for migrant ' +
        'workers after the issue was raised in the Government-Private Sector Forum.',
    ],
    project: 'ILO-JAPAN-CROSS-BORDER',
    source: { document: '000', locator: 'III. Achievements in building capacity' },
  },
  {
    slug: 'east-java-cooperatives-and-tak-paralegals-showcased-in-brussels',
    title: 'East Java migrant cooperatives and Tak paralegal model presented in Brussels',
    // Only the month (December 2008) is printed; first day of the month used.
    date: '2008-12-01',
    kind: 'project-update',
    countries: ['ID', 'TH'],
    themes: ['return-reintegration', 'labour-exploitation'],
    summary:
      "Two ILO/Japan project models, returnee women's microcredit cooperatives in East Java " +
      'and paralegal training for migrants in Tak, Thailand, were showcased at the EC-UN ' +
      'Migration for Development Knowledge Fair in Brussels in December 2008.',
    body: [
      'In East Java, women who had come back from working abroad pooled their savings in ' +
        'cooperatives. With project help, six such cooperatives registered with the ' +
        'government; they now offer credit, food and farm products, create jobs for ' +
        'non-migrant women and give advice on safe migration and return.',
      'In Tak province, Thailand, paralegal workshops and a manual in Burmese and Thai ' +
        "equipped migrant workers and NGO staff to defend workers' rights in court and to " +
        'work with the Provincial Labour Office.',
      'Both approaches were presented as good practice to an international audience at the ' +
        'EC-UN knowledge fair on migration and development.',
    ],
    project: 'ILO-JAPAN-CROSS-BORDER',
    source: { document: '000', locator: 'III and IV; Pioneering a success story in East Java' },
  },
  {
    slug: 'sri-lankan-and-gulf-unions-sign-migrant-rights-agreements',
    title: 'Sri Lankan unions sign first cooperation agreements with Gulf and Jordan counterparts',
    // Only the month (May 2009) is printed; first day of the month used.
    date: '2009-05-01',
    kind: 'regional-dialogue',
    countries: ['LK', 'BH', 'JO', 'KW'],
    themes: ['multilateral-agreements'],
    summary:
      'In Colombo in May 2009, the three national trade union centres of Sri Lanka signed the ' +
      "first three bilateral agreements on protecting migrant workers' rights with unions in " +
      'Bahrain, Jordan and Kuwait.',
    body: [
      'The agreements link trade unions in a major country of origin with unions in ' +
        'destination countries, so that migrant workers can find support on both ends of ' +
        'the corridor.',
      "The ILO cites them as an example of cross-border cooperation between workers' " +
        'organisations. A similar step followed in January 2012, when the General Federation ' +
        'of Nepalese Trade Unions concluded agreements with unions in Bahrain and Kuwait.',
    ],
    source: { document: '003', locator: 'Note 8' },
  },
  {
    slug: 'core-group-invited-to-shape-labour-migration-community-of-practice',
    title: 'ILO invites core group to shape a Community of Practice on labour migration',
    // Only the month (August 2010) is printed in the timeline; first day of the month used.
    date: '2010-08-01',
    kind: 'regional-dialogue',
    countries: [],
    themes: [
      'return-reintegration',
      'domestic-workers',
      'labour-exploitation',
      'skilled-migration',
      'multilateral-agreements',
    ],
    summary:
      'The ILO Regional Office for Asia and the Pacific sent invitations and a short ' +
      'pre-visioning survey to prospective core members of a new online Community of Practice ' +
      'on labour migration.',
    body: [
      'The community is meant to connect about 100 professionals at the start: ILO project ' +
        'and country office staff, government officials, trade unionists, business leaders, ' +
        'civil society representatives and members of UN thematic working groups.',
      'The 12-question survey asks about priorities, services and roles. Its results feed ' +
        'a visioning workshop in Chiang Mai on 25-27 October 2010, for which 35 potential ' +
        'members are to be invited.',
      'The plan foresees a finalised roadmap in November and a launch in December 2010, with ' +
        'discussions organised around five themes: return and reintegration, domestic ' +
        'workers, labour exploitation including trafficking, skilled migration, and ' +
        'multilateral agreements.',
    ],
    source: { document: '002', locator: 'Community Members; Timeline; Annex 1' },
  },
  {
    slug: 'ilo-japan-cross-border-project-closes-with-policy-gains',
    title: 'ILO/Japan cross-border labour project closes with new policies in four places',
    // Only the month (December 2010, project end) is printed; first day of the month used.
    // The outcomes below are those the closing brochure reports; their own dates are not given.
    date: '2010-12-01',
    kind: 'project-update',
    countries: ['KH', 'LA', 'TH', 'ID'],
    themes: ['multilateral-agreements', 'labour-exploitation', 'return-reintegration'],
    summary:
      'The five-year ILO/Japan project ended in December 2010, reporting policy and legal ' +
      'changes in Cambodia, Lao PDR, Thailand and East Java, Indonesia.',
    body: [
      'Cambodia adopted its first labour migration policy and started preparing a sub-decree ' +
        'on sending workers abroad. Lao PDR adopted a Decree on Employment Services covering ' +
        'both domestic job placement and overseas employment, launched a labour market ' +
        'information system and set a 2011-2020 workforce plan that includes migrant ' +
        'protection.',
      "In Thailand, the House of Representatives' Standing Committee on Labour began " +
        'drafting a comprehensive labour migration bill. In East Java, the provincial ' +
        'government and legislators adopted an ordinance on placing and protecting migrant ' +
        'workers, placed in the 2011 provincial legislative programme, and labour migration ' +
        'entered the Provincial Action Plan 2010.',
      'Publications left by the project include Thai translations of ILO Conventions 97 and ' +
        '143 and of the ILO Multilateral Framework, reviews of Cambodian and Thai policy, and ' +
        'a study of remittances in Lao PDR, Thailand and Cambodia.',
    ],
    project: 'ILO-JAPAN-CROSS-BORDER',
    source: { document: '000', locator: 'Decent work for foreign migrants; sections I-II' },
  },
  {
    slug: 'domestic-workers-convention-c189-adopted',
    title: 'Domestic Workers Convention (No. 189) adopted by the ILO',
    // Only the year (2011, in the Convention's title) is printed; first day of the year used.
    // Global standard-setting has no exact kind; 'regional-dialogue' is the nearest value.
    date: '2011-01-01',
    kind: 'regional-dialogue',
    countries: [],
    themes: ['domestic-workers'],
    summary:
      'In 2011 the International Labour Conference adopted Convention No. 189 and ' +
      'Recommendation No. 201 on decent work for domestic workers, many of whom are women ' +
      'migrants.',
    body: [
      'The new standards cover a group of workers often left outside labour law. An ILO ' +
        'background note prepared in 2013 counts six ratifications and records wide debate ' +
        'on the Convention at the Global Forum on Migration and Development in Mauritius.',
      'Following adoption, the ILO began projects to protect migrant domestic workers, ' +
        'including an advocacy strategy in five Arab States on aligning national law with the ' +
        'Convention and a global action programme working in five migration corridors.',
    ],
    source: { document: '003', locator: 'Note 6; Governing labour migration; Annex' },
  },
  {
    slug: 'asean-consensus-on-migrant-workers-signed',
    title: "ASEAN member states sign the Consensus on migrant workers' rights",
    // Only the month (November 2017) is printed; first day of the month used.
    date: '2017-11-01',
    kind: 'regional-dialogue',
    countries: ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'],
    themes: ['multilateral-agreements'],
    summary:
      'Ten years after the Cebu Declaration, ASEAN governments signed the ASEAN Consensus on ' +
      'the Protection and Promotion of the Rights of Migrant Workers in November 2017.',
    body: [
      'The Consensus spells out the rights of migrant workers and their family members and ' +
        'widens the obligations of member states, within the limits of national law.',
      'Its implementation, like that of the 2007 Cebu Declaration, is guided by the ASEAN ' +
        'Committee on migrant workers (ACMW). The annual ASEAN Forum on Migrant Labour brings ' +
        'governments, employers, unions and civil society together to follow up and make ' +
        'recommendations.',
    ],
    source: { document: '004', locator: 'Section 2.1' },
  },
  {
    slug: 'joint-migrant-worker-resource-centre-opens-in-amman',
    title: 'Trade union-run Migrant Worker Resource Centre opens in Amman',
    date: '2018-07-01',
    kind: 'country-news',
    countries: ['JO'],
    themes: ['domestic-workers', 'labour-exploitation'],
    summary:
      'A Migrant Worker Resource Centre set up jointly by the Arab, ASEAN and South Asian ' +
      'regional trade union bodies started work in Amman, Jordan, on 1 July 2018, mainly for ' +
      'women domestic workers from Asia.',
    body: [
      'The centre grew out of a 2015 memorandum between the Arab Trade Union Confederation, ' +
        'the ASEAN Trade Union Council and the South Asian Regional Trade Union Council. The ' +
        'Arab TUC runs it with funding from ITUC-AP and partial support from ILO ACTRAV and ' +
        'the Danish Trade Union Development Agency.',
      'It offers case management and legal help, information and training, and focuses on ' +
        'domestic workers from Bangladesh, Indonesia, the Philippines and Sri Lanka. By 2021 ' +
        'it had handled 182 cases and settled 73 of them.',
      'Between June 2019 and August 2020 it assisted 57 migrants, 44 of them women. Violence ' +
        'against domestic workers made up almost half of the complaints.',
    ],
    source: { document: '004', locator: 'Section 4; section 4.1' },
  },
  {
    slug: 'lao-unions-seek-cooperation-agreement-with-thai-unions',
    title: 'Lao trade unions explore a cooperation agreement with Thai unions',
    // The document gives "2019 and 2020"; the first day of 2019 is used.
    date: '2019-01-01',
    kind: 'country-news',
    countries: ['LA', 'TH'],
    themes: ['multilateral-agreements'],
    summary:
      'With ILO support, the Lao Federation of Trade Unions held talks with Thai unions in ' +
      '2019 and 2020 on a memorandum to protect Lao migrants working in Thailand.',
    body: [
      'Lao law ties union membership to Lao nationality and gives the federation no legal ' +
        'way to provide legal aid to its members abroad. A union-to-union memorandum with a ' +
        'destination country is one way around this.',
      'The Lao Government has not approved the memorandum, as it treats it as an ' +
        'international treaty with binding obligations. The federation can still link Lao ' +
        'workers in Thailand to migrant associations connected with it.',
    ],
    source: { document: '004', locator: 'Sections 2.2.3 and 5.1' },
  },
  {
    slug: 'mtuc-resource-centre-recovers-wages-for-mrt-construction-workers',
    title: 'Malaysian union centre recovers unpaid wages for 10,455 rail construction workers',
    // "Early May 2020" is printed; first day of the month used.
    date: '2020-05-01',
    kind: 'project-update',
    countries: ['MY'],
    themes: ['labour-exploitation'],
    summary:
      'After a complaint in May 2020, the MTUC Migrant Worker Resource Centre secured unpaid ' +
      'lockdown wages of more than RM 12.5 million for 10,455 migrant workers on the Kuala ' +
      'Lumpur MRT construction project.',
    body: [
      "When Malaysia's Movement Control Order halted construction in March 2020, 13 " +
        'subcontractors stopped paying their migrant workers from Bangladesh, Indonesia, ' +
        'Myanmar, Nepal and Viet Nam. Five network leaders took the case to the MTUC centre ' +
        'in Selangor.',
      'With labour hearings suspended, the union chose informal mediation and kept up ' +
        'pressure on the companies until each worker received RM 1,200, about US$297.',
      'It was one of two major cases the MTUC centres settled in 2020, which together won ' +
        'migrants more than US$4.4 million; TRIANGLE in ASEAN and Safe and Fair supported ' +
        "the centres' casework that year.",
    ],
    project: 'TRIANGLE-ASEAN',
    source: { document: '004', locator: 'Section 3.1, box 2' },
  },
  {
    slug: 'indonesian-domestic-workers-in-malaysia-form-pertimig',
    title: 'Indonesian domestic workers in Malaysia form their own organisation, PERTIMIG',
    // Only the month (December 2020) is printed; first day of the month used.
    date: '2020-12-01',
    kind: 'country-news',
    countries: ['MY', 'ID'],
    themes: ['domestic-workers'],
    summary:
      'A network of Indonesian migrant domestic workers in Malaysia became a formal ' +
      'organisation, PERTIMIG, in December 2020 with 90 founding members.',
    body: [
      'The group formed after a series of trainings in 2019 on safe migration, rights and ' +
        'violence against women, given by the International Domestic Workers Federation as ' +
        'a Safe and Fair partner.',
      'By July 2021 PERTIMIG had more than 100 members and held its first congress, which ' +
        'adopted a 2021-2024 workplan on organising, training, advocacy and networking. It ' +
        'also runs joint trainings with the MTUC resource centres.',
    ],
    project: 'SAFE-AND-FAIR',
    source: { document: '004', locator: 'Section 3.3, box 5' },
  },
  {
    slug: 'cirebon-integrated-gender-responsive-resource-centre-launched',
    title: 'Integrated gender-responsive resource centre for migrants launched in Cirebon',
    // Only the month (June 2021) is printed; first day of the month used. The ILO press
    // release on the launch is dated 10 June 2021 (004 references, ILO 2021e).
    date: '2021-06-01',
    kind: 'project-update',
    countries: ['ID'],
    themes: ['labour-exploitation', 'return-reintegration'],
    summary:
      "Indonesia's Ministry of Manpower, Cirebon Regency, the migrant workers' union SBMI, " +
      "a women's crisis centre and Safe and Fair opened the first Migrant Worker Resource " +
      'Centre joined to a government One-Roof Integrated Services office.',
    body: [
      'The pilot in Cirebon, West Java, adds gender-responsive and non-administrative ' +
        'services to the one-stop offices set up under Law No. 18/2017 on the Protection of ' +
        'Indonesian Migrant Workers.',
      'Beyond services, the centre works on data, village-level migration governance, ' +
        'training for local officials and tripartite-plus forums at district level, bringing ' +
        'help closer to women migrants and their families before departure and after return.',
    ],
    project: 'SAFE-AND-FAIR',
    source: { document: '004', locator: 'Section 3.2, box 3' },
  },
]
