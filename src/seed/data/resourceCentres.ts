import type { ClientService, SeedResourceCentre } from './types'

/**
 * Trade union-led Migrant Worker Resource Centres (MRCs) from 004, "Trade union-led Migrant
 * Worker Resource Centres in ASEAN and Jordan" (ILO 2022).
 *
 * Table 2 (source: ILO 2021c) lists operators and places per country. In the PDF text the
 * columns are shifted: "SBMI / Cirebon / Lampung" appear under the Cambodia column, but SBMI
 * is the Indonesian Migrant Workers Union and section 3 places its centre in Cirebon (West
 * Java); Lampung is read as SBMI's second location (SBMI works with the Sebay Lampung Women's
 * Solidarity, section 3.4). "ITF/FRN" sits in the Thailand column between Bangkok and Ranong:
 * it is the second Thai operator, with Ranong and Songkhla. Table 2 yields 17 centres; the
 * joint centre in Amman (section 4) and the MTUC centre in Selangor (box 2) are added because
 * the report names them as trade union MRCs.
 *
 * Operators carry the full names printed in the note to Table 2 (names use the acronyms).
 *
 * Services: section 3 opens by stating that ALL trade union-led MRCs in the paper provide
 * counselling, legal aid, information and education, networking and trade union membership, so
 * each centre gets all five CLIENT services, except Sabah and Sarawak, where the note to Table 2
 * says only outreach services are provided.
 *
 * Programme: section 1.4 says the Table 2 centres are supported by TRIANGLE in ASEAN and Safe and
 * Fair. Where the report ties a union's centres to one programme, that programme is given;
 * otherwise both are given.
 */

/** All five CLIENT services: the report says every trade union MRC it covers provides them. */
const allClient: ClientService[] = [
  'counselling',
  'legal-aid',
  'information-education',
  'networking',
  'union-membership',
]

const CLC = 'Cambodian Labour Confederation'
const KSBSI = 'Confederation of Indonesia Prosperity Trade Union'
const SBMI = 'Indonesian Migrant Workers Union'
const LFTU = 'Lao Federation of Trade Unions'
const MTUC = 'Malaysian Trades Union Congress'
const SERC = "State Enterprise Workers' Relations Confederation"
const ITF_FRN = "International Transport Workers' Federation and Fishers' Rights Network"

const BOTH = 'TRIANGLE in ASEAN; Safe and Fair'
const SAFE_AND_FAIR = 'Safe and Fair'

const table2 = 'Table 2'

export const resourceCentres: SeedResourceCentre[] = [
  // Cambodia: Cambodian Labour Confederation (CLC)
  {
    // Report does not say which programme supports the CLC centres; section 1.4 gives both.
    name: 'CLC Migrant Worker Resource Centre, Prey Veng',
    operator: CLC,
    country: 'KH',
    place: 'Prey Veng Province',
    modality: 'physical',
    services: [...allClient],
    programme: BOTH,
    source: { document: '004', locator: `${table2}; sections 3.2 and 3.3 (Prey Veng)` },
  },
  {
    name: 'CLC Migrant Worker Resource Centre, Koh Kong',
    operator: CLC,
    country: 'KH',
    place: 'Koh Kong Province',
    modality: 'physical',
    services: [...allClient],
    programme: BOTH,
    source: { document: '004', locator: table2 },
  },

  // Indonesia: KSBSI (Safe and Fair: the report's information on the Indonesian MRCs comes from
  // Safe and Fair staff and ILO 2020c, the Safe and Fair report)
  {
    name: 'KSBSI Migrant Worker Resource Centre, Blitar',
    operator: KSBSI,
    country: 'ID',
    place: 'Blitar City, East Java',
    modality: 'physical',
    services: [...allClient],
    programme: SAFE_AND_FAIR,
    source: { document: '004', locator: `${table2}; section 3.1` },
  },
  {
    name: 'KSBSI Migrant Worker Resource Centre, Tulungagung',
    operator: KSBSI,
    country: 'ID',
    place: 'Tulungagung Regency, East Java',
    modality: 'physical',
    services: [...allClient],
    programme: SAFE_AND_FAIR,
    source: { document: '004', locator: `${table2}; section 3.1; box 6` },
  },

  // Indonesia: SBMI (Safe and Fair: participatory action research and the Cirebon launch)
  {
    // Launched in June 2021 with the Ministry of Manpower, the Regency Government of Cirebon, Safe
    // and Fair and the Mawar Balqis Women's Crisis Center; integrated with the government's
    // One-Roof Integrated Services (LTSA) as the first gender-responsive pilot of its kind.
    name: 'SBMI Migrant Worker Resource Centre, Cirebon',
    operator: SBMI,
    country: 'ID',
    place: 'Cirebon Regency, West Java',
    modality: 'physical',
    services: [...allClient],
    programme: SAFE_AND_FAIR,
    source: { document: '004', locator: `${table2}; section 3.2; box 3` },
  },
  {
    name: 'SBMI Migrant Worker Resource Centre, Lampung',
    operator: SBMI,
    country: 'ID',
    place: 'Lampung',
    modality: 'physical',
    services: [...allClient],
    programme: SAFE_AND_FAIR,
    source: { document: '004', locator: `${table2}; section 3.4` },
  },

  // Lao PDR: LFTU (Safe and Fair: box 4 and section 3.4 cite Safe and Fair activities)
  {
    name: 'LFTU Migrant Worker Resource Centre, Luang Prabang',
    operator: LFTU,
    country: 'LA',
    place: 'Luang Prabang',
    modality: 'physical',
    services: [...allClient],
    programme: SAFE_AND_FAIR,
    source: { document: '004', locator: table2 },
  },
  {
    name: 'LFTU Migrant Worker Resource Centre, Savannakhet',
    operator: LFTU,
    country: 'LA',
    place: 'Savannakhet',
    modality: 'physical',
    services: [...allClient],
    programme: SAFE_AND_FAIR,
    source: { document: '004', locator: table2 },
  },
  {
    name: 'LFTU Migrant Worker Resource Centre, Bokeo',
    operator: LFTU,
    country: 'LA',
    place: 'Bokeo',
    modality: 'physical',
    services: [...allClient],
    programme: SAFE_AND_FAIR,
    source: { document: '004', locator: table2 },
  },

  // Malaysia: MTUC (note 30: both TRIANGLE in ASEAN and Safe and Fair supported clients of the
  // MTUC centres in 2020)
  {
    name: 'MTUC Migrant Worker Resource Centre, Johor',
    operator: MTUC,
    country: 'MY',
    place: 'Johor',
    modality: 'physical',
    services: [...allClient],
    programme: BOTH,
    source: { document: '004', locator: `${table2}; section 3.1, note 30` },
  },
  {
    name: 'MTUC Migrant Worker Resource Centre, Kuala Lumpur',
    operator: MTUC,
    country: 'MY',
    place: 'Kuala Lumpur',
    modality: 'physical',
    services: [...allClient],
    programme: BOTH,
    source: { document: '004', locator: `${table2}; section 3.1, note 30` },
  },
  {
    name: 'MTUC Migrant Worker Resource Centre, Penang',
    operator: MTUC,
    country: 'MY',
    place: 'Penang',
    modality: 'physical',
    services: [...allClient],
    programme: BOTH,
    source: { document: '004', locator: `${table2}; section 3.1, note 30` },
  },
  {
    // Not in Table 2: box 2 names "the MTUC resource centre in Selangor", which took the 2020
    // complaint of 10,455 MRT construction workers.
    name: 'MTUC Migrant Worker Resource Centre, Selangor',
    operator: MTUC,
    country: 'MY',
    place: 'Selangor',
    modality: 'physical',
    services: [...allClient],
    programme: BOTH,
    source: { document: '004', locator: 'Box 2 (not listed in Table 2)' },
  },
  {
    // Table 2 note: only outreach services, supported by Safe and Fair. Outreach is recorded as a
    // mobile modality, and as information and education, the CLIENT category for outreach.
    name: 'MTUC Migrant Worker Resource Centre outreach, Sabah',
    operator: MTUC,
    country: 'MY',
    place: 'Sabah',
    modality: 'mobile',
    services: ['information-education'],
    programme: SAFE_AND_FAIR,
    source: { document: '004', locator: `${table2} and note (*)` },
  },
  {
    // As Sabah: outreach only, Safe and Fair.
    name: 'MTUC Migrant Worker Resource Centre outreach, Sarawak',
    operator: MTUC,
    country: 'MY',
    place: 'Sarawak',
    modality: 'mobile',
    services: ['information-education'],
    programme: SAFE_AND_FAIR,
    source: { document: '004', locator: `${table2} and note (*)` },
  },

  // Thailand: SERC (Safe and Fair: section 3.2 describes SERC work with Safe and Fair)
  {
    name: 'SERC Migrant Worker Resource Centre, Bangkok',
    operator: SERC,
    country: 'TH',
    place: 'Bangkok',
    modality: 'physical',
    services: [...allClient],
    programme: SAFE_AND_FAIR,
    source: { document: '004', locator: `${table2}; section 3.2` },
  },

  // Thailand: ITF/FRN. The report does not attribute these two centres to a programme. Section
  // 1.4 says Table 2 centres are supported by TRIANGLE in ASEAN and Safe and Fair, so both are
  // given. The executive summary also names Ship to Shore Rights South-East Asia, a fisheries
  // project, but does not link it to these centres.
  {
    name: 'ITF/FRN Migrant Worker Resource Centre, Ranong',
    operator: ITF_FRN,
    country: 'TH',
    place: 'Ranong',
    modality: 'physical',
    services: [...allClient],
    programme: BOTH,
    source: { document: '004', locator: table2 },
  },
  {
    name: 'ITF/FRN Migrant Worker Resource Centre, Songkhla',
    operator: ITF_FRN,
    country: 'TH',
    place: 'Songkhla',
    modality: 'physical',
    services: [...allClient],
    programme: BOTH,
    source: { document: '004', locator: table2 },
  },

  // Jordan: joint MRC of Arab TUC, ASEAN TUC and SARTUC (section 4). Set up independently of the
  // ILO in 2018 (opened 1 July 2018). Arab TUC implements it with funding from ITUC-AP, and partial
  // support from ILO ACTRAV and the Danish Trade Union Development Agency. Its services cover all
  // five CLIENT areas: counselling, legal aid, information and outreach, focal-point networks
  // in migrant communities, and training on trade unionism.
  {
    name: 'Joint Arab TUC/ASEAN TUC/SARTUC Migrant Worker Resource Centre, Amman',
    operator: 'Arab Trade Union Confederation',
    country: 'JO',
    place: 'Amman',
    modality: 'physical',
    services: [...allClient],
    programme: 'Joint initiative of Arab TUC, ASEAN TUC and SARTUC (ITUC-AP funded; not ILO)',
    source: { document: '004', locator: 'Section 4 (Joint Migrant Worker Resource Centre)' },
  },

  // Myanmar: 004 (section 1.2 and the abstract) states that trade unions in Myanmar operate MRCs
  // with ILO assistance, through the Developing International and Internal Labour Migration
  // Governance (DIILM) project, but names neither the operating union nor the place. The record
  // says exactly that instead of guessing; editors should complete it from the project's records.
  {
    name: 'Trade union Migrant Worker Resource Centres, Myanmar',
    operator: 'Trade unions in Myanmar (not named in the source)',
    country: 'MM',
    place: 'Myanmar (location not given in the source)',
    modality: 'physical',
    services: ['counselling', 'legal-aid', 'information-education', 'networking'],
    programme: 'Developing International and Internal Labour Migration Governance (DIILM)',
    source: { document: '004', locator: 'Section 1.2 and abstract' },
  },
]
