import type { SeedEvent } from './types'

/**
 * Events drawn from the source documents, followed by four planned CoP activities.
 * start/end are local date-times in `timeZone`. Where a document gives no clock time, the
 * hours are assumed (09:00-17:00 for meetings, shorter slots for online sessions); where it
 * gives only a month or a year, the day is assumed to be the first working day (noted inline).
 * International gatherings outside the region are marked isRegional with no country.
 */
export const events: SeedEvent[] = [
  // ------------------------------------------------------------------- from the documents
  {
    slug: 'eu-un-migration-for-development-knowledge-fair-2008',
    title: 'EC-UN Migration for Development Knowledge Fair',
    // Only "December 2008" is printed: day (first working day) and hours are assumed.
    start: '2008-12-01T09:00',
    end: '2008-12-01T17:00',
    timeZone: 'Europe/Brussels',
    kind: 'meeting',
    mode: 'in-person',
    place: 'Brussels, Belgium',
    isRegional: true,
    themes: ['return-reintegration', 'labour-exploitation'],
    summary:
      'International fair on migration and development where the ILO/Japan project presented ' +
      'two practices: microcredit cooperatives of returned women migrants in East Java and ' +
      'paralegal training for migrant workers in Tak, Thailand.',
    project: 'ILO-JAPAN-CROSS-BORDER',
    source: { document: '000', locator: 'Sections III and IV' },
  },
  {
    slug: 'cop-labour-migration-visioning-workshop-chiang-mai-2010',
    title: 'Visioning workshop for the Community of Practice on Labour Migration',
    // Dates are printed (25-27 October 2010); hours are assumed.
    start: '2010-10-25T09:00',
    end: '2010-10-27T17:00',
    timeZone: 'Asia/Bangkok',
    kind: 'meeting',
    mode: 'in-person',
    place: 'Chiang Mai, Thailand',
    isRegional: true,
    themes: [
      'return-reintegration',
      'domestic-workers',
      'labour-exploitation',
      'skilled-migration',
      'multilateral-agreements',
    ],
    summary:
      'Three-day workshop where some 35 invited core members learn how the CoP works, review ' +
      'the pre-visioning survey results, help design the community and agree its timeline and ' +
      'roadmap.',
    source: { document: '002', locator: 'Process of creating a CoP; Community Members; Timeline' },
  },
  {
    slug: 'cop-labour-migration-launch-2010',
    title: 'Launch of the Community of Practice on Labour Migration',
    // Only "December 2010" is printed: day (first working day) and hours are assumed. The
    // mode is assumed online because the CoP is a web platform.
    start: '2010-12-01T10:00',
    end: '2010-12-01T12:00',
    timeZone: 'Asia/Bangkok',
    kind: 'webinar',
    mode: 'online',
    isRegional: true,
    themes: [
      'return-reintegration',
      'domestic-workers',
      'labour-exploitation',
      'skilled-migration',
      'multilateral-agreements',
    ],
    summary:
      'Planned go-live of the ILO Asia-Pacific online community on labour migration, followed ' +
      'from December 2010 to March 2011 by regional activities and materials to get members ' +
      'using it.',
    source: { document: '002', locator: 'Timeline' },
  },
  {
    slug: 'ilo-governing-body-316th-session-2012',
    title: 'ILO Governing Body, 316th Session',
    // Dates and city are printed (Geneva, 1-16 November 2012); hours are assumed.
    start: '2012-11-01T10:00',
    end: '2012-11-16T18:00',
    timeZone: 'Europe/Zurich',
    kind: 'meeting',
    mode: 'in-person',
    place: 'Geneva, Switzerland',
    isRegional: true,
    themes: ['multilateral-agreements'],
    summary:
      'Session at which, on 8 November 2012, the Governing Body asked the Office to set ' +
      'priorities for following up the UN High-level Dialogue on migration and development ' +
      'and to put decent work at the centre of that debate.',
    source: { document: '003', locator: 'Introduction; note 4' },
  },
  {
    slug: 'tripartite-meeting-of-experts-forced-labour-trafficking-2013',
    title: 'Tripartite Meeting of Experts on Forced Labour and Trafficking for Labour Exploitation',
    // Only "February 2013" is printed: day (first working day) and hours are assumed. The
    // venue is not printed; ILO headquarters in Geneva is assumed.
    start: '2013-02-01T10:00',
    end: '2013-02-01T18:00',
    timeZone: 'Europe/Zurich',
    kind: 'meeting',
    mode: 'in-person',
    place: 'Geneva, Switzerland (venue assumed)',
    isRegional: true,
    themes: ['labour-exploitation'],
    summary:
      'Expert meeting on gaps in ILO standards on forced labour and trafficking, looking at ' +
      'prevention, victim protection and compensation, and at whether a Protocol or ' +
      'Recommendation should go to the 2014 International Labour Conference.',
    source: { document: '003', locator: 'Combating trafficking for forced labour' },
  },
  {
    slug: 'tripartite-technical-meeting-on-labour-migration-2013',
    title: 'ILO Tripartite Technical Meeting on Labour Migration',
    // Dates are printed (4-8 November 2013); hours are assumed and the venue is not printed
    // (ILO headquarters in Geneva assumed).
    start: '2013-11-04T10:00',
    end: '2013-11-08T18:00',
    timeZone: 'Europe/Zurich',
    kind: 'meeting',
    mode: 'in-person',
    place: 'Geneva, Switzerland (venue assumed)',
    isRegional: true,
    themes: ['labour-exploitation', 'skilled-migration', 'multilateral-agreements'],
    summary:
      'Global meeting of ILO constituents, with UN agencies and civil society as observers, to ' +
      'review the High-level Dialogue and set the ILO labour migration agenda for five years. ' +
      'Topics: the post-2015 agenda, protection of low and middle-skilled migrants, skills ' +
      'recognition, and cooperation and social dialogue.',
    source: { document: '003', locator: 'Tripartite Technical Meeting on Labour Migration' },
  },
  {
    slug: 'interregional-trade-union-mou-signing-kochi-2015',
    title: 'Arab, ASEAN and South Asian trade union councils sign MOU on migrant workers',
    // Date and city are printed (Kochi, India, 5 August 2015); hours are assumed.
    start: '2015-08-05T09:00',
    end: '2015-08-05T17:00',
    timeZone: 'Asia/Kolkata',
    kind: 'dialogue',
    mode: 'in-person',
    place: 'Kochi, India',
    isRegional: true,
    themes: ['multilateral-agreements', 'domestic-workers'],
    summary:
      'The Arab TUC, ASEAN TUC and SARTUC signed a memorandum with eight priority actions, ' +
      'including pressing for ratification of Conventions 97, 143 and 189, setting up ' +
      'information centres and giving legal aid. It led to the joint resource centre in Amman.',
    source: { document: '004', locator: 'Section 4; References (Arab TUC et al. 2015)' },
  },
  {
    slug: 'idwf-trainings-indonesian-domestic-workers-malaysia-2019',
    title: 'Trainings for Indonesian migrant domestic workers in Malaysia',
    // Only the year (2019) is printed for a series of trainings: the day (first working day
    // of 2019), hours and in-person mode are assumed; the city is not printed.
    start: '2019-01-02T09:00',
    end: '2019-01-02T16:00',
    timeZone: 'Asia/Kuala_Lumpur',
    kind: 'training',
    mode: 'in-person',
    place: 'Malaysia (city not stated)',
    country: 'MY',
    isRegional: false,
    themes: ['domestic-workers', 'labour-exploitation'],
    summary:
      'Series of sessions by the International Domestic Workers Federation, a Safe and Fair ' +
      "partner, on safe migration, migrant workers' rights and violence against women; the " +
      'participants went on to found PERTIMIG.',
    project: 'SAFE-AND-FAIR',
    source: { document: '004', locator: 'Section 3.3, box 5' },
  },
  {
    slug: 'lftu-domestic-workers-day-radio-facebook-live-2021',
    title: "International Domestic Workers' Day radio talk and Facebook Live (Lao PDR)",
    // Date is printed (17 June 2021); hours are assumed. Broadcast from the Youth Radio
    // Programme in Vientiane and streamed on Facebook Live, hence online.
    start: '2021-06-17T10:00',
    end: '2021-06-17T11:30',
    timeZone: 'Asia/Vientiane',
    kind: 'webinar',
    mode: 'online',
    place: 'Youth Radio Programme, Vientiane',
    country: 'LA',
    isRegional: false,
    themes: ['domestic-workers', 'labour-exploitation', 'return-reintegration'],
    summary:
      'Lao Federation of Trade Unions broadcast, with Safe and Fair support, on domestic ' +
      "workers' contribution and risks. A returnee domestic worker shared advice on safe " +
      'channels and rights; about 4,900 people were reached.',
    project: 'SAFE-AND-FAIR',
    source: { document: '004', locator: 'Section 3.2, box 4' },
  },
  {
    slug: 'pertimig-first-congress-2021',
    title: "First congress of PERTIMIG, the Indonesian migrant domestic workers' organisation",
    // Only "July 2021" is printed: day (first working day) and hours are assumed. The city
    // is not printed (Kuala Lumpur assumed, as the Indonesian Ambassador in Kuala Lumpur
    // attended) and the mode is not stated (in-person assumed).
    start: '2021-07-01T09:00',
    end: '2021-07-01T17:00',
    timeZone: 'Asia/Kuala_Lumpur',
    kind: 'meeting',
    mode: 'in-person',
    place: 'Kuala Lumpur, Malaysia (assumed)',
    country: 'MY',
    isRegional: false,
    themes: ['domestic-workers'],
    summary:
      'Inaugural congress of PERTIMIG, by then over 100 members strong, attended by the ' +
      'Indonesian Ambassador, the MTUC, the IDWF, Indonesian unions and the ILO. It adopted a ' +
      '2021-2024 workplan on organising, training, advocacy and networking.',
    project: 'SAFE-AND-FAIR',
    source: { document: '004', locator: 'Section 3.3, box 5' },
  },
  {
    slug: 'interregional-webinar-mrc-organising-tool-2021',
    title:
      'Interregional Webinar for Sharing Good Practices of MRC as an Innovative Organising ' +
      'Tool for Migrant Workers',
    // Date is printed (5 August 2021); hours are assumed.
    start: '2021-08-05T14:00',
    end: '2021-08-05T16:00',
    timeZone: 'Asia/Bangkok',
    kind: 'webinar',
    mode: 'online',
    isRegional: true,
    themes: ['labour-exploitation', 'domestic-workers'],
    summary:
      'Online exchange between regions on union-run Migrant Worker Resource Centres as a way ' +
      'to organise migrants; ITUC-AP presented the joint Arab TUC, SARTUC and ASEAN TUC ' +
      'centre in Amman.',
    source: { document: '004', locator: 'References (ITUC-AP 2021)' },
  },

  // ------------------------------------------------------------- planned CoP activities
  // planned CoP activity (not from a document)
  {
    slug: 'cop-webinar-return-and-reintegration-2026-12',
    title: 'CoP webinar: return and reintegration of migrant workers in Asia',
    start: '2026-12-09T14:00',
    end: '2026-12-09T15:30',
    timeZone: 'Asia/Bangkok',
    kind: 'webinar',
    mode: 'online',
    isRegional: true,
    themes: ['return-reintegration'],
    summary:
      'Planned facilitated webinar for CoP members on why return and reintegration remain ' +
      'the least developed part of migration policy in Asia, and on what origin countries, ' +
      'communities and destination-country schemes can do.',
    source: {
      document: '002',
      locator: 'Facilitated thematic discussions; Annex 2, Return and Reintegration',
    },
  },
  // planned CoP activity (not from a document)
  {
    slug: 'cop-facilitated-discussion-domestic-workers-2027-01',
    title: 'CoP facilitated discussion: protecting migrant domestic workers',
    start: '2027-01-20T14:00',
    end: '2027-01-20T15:30',
    timeZone: 'Asia/Bangkok',
    kind: 'dialogue',
    mode: 'online',
    isRegional: true,
    themes: ['domestic-workers'],
    summary:
      'Planned online discussion, led by the CoP facilitator, on risks faced by migrants ' +
      'working in households outside standard labour law and on protection in destination ' +
      'countries.',
    source: {
      document: '002',
      locator: 'Themes; Facilitated thematic discussions; Annex 2, Destination/On site',
    },
  },
  // planned CoP activity (not from a document)
  {
    slug: 'cop-webinar-multilateral-agreements-skilled-migration-2027-02',
    title: 'CoP webinar: bilateral and regional agreements, from ASEAN to the EPS',
    start: '2027-02-17T14:00',
    end: '2027-02-17T15:30',
    timeZone: 'Asia/Bangkok',
    kind: 'webinar',
    mode: 'online',
    isRegional: true,
    themes: ['multilateral-agreements', 'skilled-migration'],
    summary:
      'Planned cross-theme webinar on ASEAN cooperation and the Korean Employment Permit ' +
      'System, including pre-departure training and skills preparation of workers.',
    source: {
      document: '002',
      locator: 'Themes (Multilateral Agreements, i.e. ASEAN, EPS); Annex 2, Pre-departure',
    },
  },
  // planned CoP activity (not from a document)
  {
    slug: 'cop-regional-training-fair-recruitment-2027-03',
    title: 'CoP regional training: fair recruitment and preventing labour exploitation',
    start: '2027-03-15T09:00',
    end: '2027-03-17T17:00',
    timeZone: 'Asia/Bangkok',
    kind: 'training',
    mode: 'in-person',
    place: 'ILO Regional Office for Asia and the Pacific, Bangkok',
    isRegional: true,
    themes: ['labour-exploitation'],
    summary:
      'Planned three-day regional training for constituents on regulating and monitoring ' +
      'private recruitment agencies, lowering recruitment costs and acting against trafficking.',
    source: {
      document: '002',
      locator: 'Regional Overviews: regional training activities; Annex 2, Recruitment',
    },
  },
]
