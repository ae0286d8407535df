import type { SeedOrganisation } from './types'

/**
 * Organisations named in the source documents. Names are unique. The unions that run resource
 * centres use the same names as `operator` in resourceCentres.ts (the names printed in the note
 * to 004 Table 2), so the two can be matched.
 *
 * Kinds: IOM and the World Bank are recorded as 'un' (UN-related organization / UN specialized
 * agency). Development agencies and governments acting as funders are 'donor'. The Spotlight
 * Initiative (an EU–UN partnership) is 'other'.
 */
export const organisations: SeedOrganisation[] = [
  // --- ILO --------------------------------------------------------------------------------------
  {
    name: 'International Labour Organization',
    acronym: 'ILO',
    kind: 'ilo',
    source: { document: '000', locator: 'Title and back cover' },
  },
  {
    name: 'ILO Regional Office for Asia and the Pacific',
    acronym: 'ROAP',
    kind: 'ilo',
    country: 'TH',
    source: { document: '000', locator: 'Back cover (United Nations Building, Bangkok)' },
  },
  {
    name: "ILO Bureau for Workers' Activities",
    acronym: 'ACTRAV',
    kind: 'ilo',
    source: { document: '004', locator: 'Foreword; Abbreviations' },
  },
  {
    name: 'ILO Social Finance Programme',
    kind: 'ilo',
    source: { document: '001', locator: 'Using remittances' },
  },
  {
    name: 'ILO Phnom Penh',
    kind: 'ilo',
    country: 'KH',
    source: { document: '004', locator: 'Annex (interviewees)' },
  },
  {
    name: 'ILO Vientiane',
    kind: 'ilo',
    country: 'LA',
    source: { document: '004', locator: 'Annex (interviewees)' },
  },
  {
    name: 'ILO Jakarta',
    kind: 'ilo',
    country: 'ID',
    source: { document: '004', locator: 'Annex (interviewees)' },
  },
  {
    name: 'ILO Kuala Lumpur',
    kind: 'ilo',
    country: 'MY',
    source: { document: '004', locator: 'Annex (interviewees)' },
  },
  {
    name: 'ILO Bangkok',
    kind: 'ilo',
    country: 'TH',
    source: { document: '004', locator: 'Annex (interviewees)' },
  },

  // --- UN system and other international organizations -----------------------------------------
  {
    name: 'United Nations Entity for Gender Equality and the Empowerment of Women',
    acronym: 'UN Women',
    kind: 'un',
    source: { document: '004', locator: 'Abbreviations; section 1.2 (Safe and Fair partner)' },
  },
  {
    // 004 prints "United Nations Office on Crime and Drugs"; recorded under its correct name.
    name: 'United Nations Office on Drugs and Crime',
    acronym: 'UNODC',
    kind: 'un',
    source: { document: '004', locator: 'Section 1.2 (Safe and Fair)' },
  },
  {
    name: 'United Nations Development Fund for Women',
    acronym: 'UNIFEM',
    kind: 'un',
    source: { document: '001', locator: 'Regional action programme' },
  },
  {
    name: 'International Organization for Migration',
    acronym: 'IOM',
    kind: 'un',
    source: { document: '004', locator: 'Section 1.2; also 001 (Manila Process), 003 Annex' },
  },
  {
    name: 'Office of the United Nations High Commissioner for Human Rights',
    acronym: 'OHCHR',
    kind: 'un',
    source: { document: '003', locator: 'Knowledge base; Annex (partner)' },
  },
  {
    name: 'Office of the United Nations High Commissioner for Refugees',
    acronym: 'UNHCR',
    kind: 'un',
    source: { document: '003', locator: 'Contributions to the knowledge base' },
  },
  {
    name: 'Economic and Social Commission for Asia and the Pacific',
    acronym: 'ESCAP',
    kind: 'un',
    source: { document: '004', locator: 'Section 2.1 (Global Compact review)' },
  },
  {
    name: 'Global Migration Group',
    acronym: 'GMG',
    kind: 'un',
    source: { document: '003', locator: 'Contributions to the knowledge base' },
  },
  {
    name: 'World Bank',
    kind: 'un',
    source: { document: '003', locator: 'Annex (Moldova and Ukraine project partner)' },
  },

  // --- Regional and intergovernmental bodies ----------------------------------------------------
  {
    name: 'Association of Southeast Asian Nations',
    acronym: 'ASEAN',
    kind: 'regional-body',
    source: { document: '004', locator: 'Abbreviations; section 2.1' },
  },
  {
    name: 'ASEAN Committee on Protection and Promotion of the Rights of Migrant Workers',
    acronym: 'ACMW',
    kind: 'regional-body',
    source: { document: '004', locator: 'Abbreviations; section 2.1' },
  },
  {
    name: 'ASEAN Forum on Migrant Labour',
    acronym: 'AFML',
    kind: 'regional-body',
    source: { document: '004', locator: 'Abbreviations; section 2.1, note 4' },
  },
  {
    name: "ASEAN Labour Ministers' Conference",
    kind: 'regional-body',
    source: { document: '001', locator: 'Regional agreements (ASEAN Forum proposal)' },
  },
  {
    name: 'Gulf Cooperation Council',
    acronym: 'GCC',
    kind: 'regional-body',
    source: { document: '001', locator: 'Regional agreements' },
  },

  // --- Trade unions: regional and international -------------------------------------------------
  {
    name: 'ASEAN Trade Union Council',
    acronym: 'ATUC',
    kind: 'trade-union',
    source: { document: '004', locator: 'Abbreviations; section 4' },
  },
  {
    name: 'South Asian Regional Trade Union Council',
    acronym: 'SARTUC',
    kind: 'trade-union',
    source: { document: '004', locator: 'Abbreviations; section 4' },
  },
  {
    name: 'Arab Trade Union Confederation',
    acronym: 'Arab TUC',
    kind: 'trade-union',
    source: { document: '004', locator: 'Abbreviations; section 4' },
  },
  {
    name: 'International Trade Union Confederation',
    acronym: 'ITUC',
    kind: 'trade-union',
    source: { document: '004', locator: 'Abbreviations; sections 2.2.5 and 3.2' },
  },
  {
    name: 'International Trade Union Confederation – Asia Pacific',
    acronym: 'ITUC-AP',
    kind: 'trade-union',
    country: 'SG',
    source: { document: '004', locator: 'Acknowledgements; section 4' },
  },
  {
    name: "International Transport Workers' Federation",
    acronym: 'ITF',
    kind: 'trade-union',
    source: { document: '004', locator: 'Table 2 note' },
  },
  {
    name: 'International Domestic Workers Federation',
    acronym: 'IDWF',
    kind: 'trade-union',
    source: { document: '004', locator: 'Box 5' },
  },
  {
    name: 'Public Services International',
    acronym: 'PSI',
    kind: 'trade-union',
    source: { document: '003', locator: 'Annex (migrant health professionals project partner)' },
  },

  // --- Trade unions: MRC operators (names as printed in the note to 004 Table 2) ----------------
  {
    name: 'Cambodian Labour Confederation',
    acronym: 'CLC',
    kind: 'trade-union',
    country: 'KH',
    source: { document: '004', locator: 'Table 2 note; Abbreviations' },
  },
  {
    // 004 also prints the Indonesian name as Konfederasi Serikat Buruh Sejahtera Indonesia
    // (once, in section 3.1, as "Seluruh"); 003 as "Indonesian Trade Union Prosperity (KSBSI)".
    name: 'Confederation of Indonesia Prosperity Trade Union',
    acronym: 'KSBSI',
    kind: 'trade-union',
    country: 'ID',
    source: { document: '004', locator: 'Table 2 note; Abbreviations' },
  },
  {
    // Serikat Buruh Migran Indonesia; 000 notes its self-help groups in 15 East Java districts.
    name: 'Indonesian Migrant Workers Union',
    acronym: 'SBMI',
    kind: 'trade-union',
    country: 'ID',
    source: { document: '004', locator: 'Table 2 note; Abbreviations; also 000 section III' },
  },
  {
    name: 'Lao Federation of Trade Unions',
    acronym: 'LFTU',
    kind: 'trade-union',
    country: 'LA',
    source: { document: '004', locator: 'Table 2 note; Abbreviations' },
  },
  {
    name: 'Malaysian Trades Union Congress',
    acronym: 'MTUC',
    kind: 'trade-union',
    country: 'MY',
    source: { document: '004', locator: 'Table 2 note; Abbreviations; also 001 networking' },
  },
  {
    name: "State Enterprise Workers' Relations Confederation",
    acronym: 'SERC',
    kind: 'trade-union',
    country: 'TH',
    source: { document: '004', locator: 'Table 2 note; Abbreviations' },
  },
  {
    name: "Fishers' Rights Network",
    acronym: 'FRN',
    kind: 'trade-union',
    country: 'TH',
    source: { document: '004', locator: 'Table 2 note' },
  },

  // --- Trade unions: other national unions -----------------------------------------------------
  {
    name: 'General Federation of Nepalese Trade Unions',
    kind: 'trade-union',
    country: 'NP',
    source: { document: '004', locator: 'Section 5.1 (MTUC partner); also 003 note 8' },
  },
  {
    name: 'Confederation of Trade Unions Myanmar',
    kind: 'trade-union',
    country: 'MM',
    source: { document: '004', locator: 'Section 5.1 (MTUC partner)' },
  },
  {
    name: 'Indonesian Trade Union Confederation',
    kind: 'trade-union',
    country: 'ID',
    source: { document: '004', locator: 'Section 2.2.2' },
  },
  {
    name: 'Confederation of Indonesian Workers Unions',
    kind: 'trade-union',
    country: 'ID',
    source: { document: '004', locator: 'Section 2.2.2' },
  },
  {
    name: 'General Federation of Jordanian Trade Unions',
    kind: 'trade-union',
    country: 'JO',
    source: { document: '004', locator: 'Section 2.2.6' },
  },
  {
    name: 'National Union of Employees in Companies Manufacturing Rubber Products',
    kind: 'trade-union',
    country: 'MY',
    source: { document: '004', locator: 'Section 3.1' },
  },
  {
    name: 'Sentro ng mga Nagkakaisa at Progresibong Manggagawa',
    acronym: 'SENTRO',
    kind: 'trade-union',
    country: 'PH',
    source: { document: '004', locator: 'Box 5' },
  },
  {
    name: 'Seafarers Union of Burma',
    kind: 'trade-union',
    country: 'MM',
    source: { document: '003', locator: 'Note 14 (ILO-TRIANGLE partners)' },
  },

  // --- Governments and public bodies -----------------------------------------------------------
  {
    name: 'Ministry of Labour, Thailand',
    kind: 'government',
    country: 'TH',
    source: { document: '000', locator: 'Governmental focal points' },
  },
  {
    name: 'Ministry of Labour and Vocational Training, Cambodia',
    kind: 'government',
    country: 'KH',
    source: { document: '000', locator: 'Governmental focal points' },
  },
  {
    name: 'Ministry of Labour and Social Welfare, Lao PDR',
    kind: 'government',
    country: 'LA',
    source: { document: '000', locator: 'Governmental focal points' },
  },
  {
    name: 'East Java Province Government, Indonesia',
    kind: 'government',
    country: 'ID',
    source: { document: '000', locator: 'Governmental focal points' },
  },
  {
    name: 'Ministry of Manpower, Indonesia',
    kind: 'government',
    country: 'ID',
    source: { document: '004', locator: 'Section 3.2; box 3' },
  },
  {
    name: 'Regency Government of Cirebon',
    kind: 'government',
    country: 'ID',
    source: { document: '004', locator: 'Box 3' },
  },
  {
    name: 'Department of Labour Protection and Welfare, Thailand',
    kind: 'government',
    country: 'TH',
    source: { document: '003', locator: 'Note 14 (ILO-TRIANGLE partners)' },
  },
  {
    name: 'Philippine Overseas Workers Welfare Administration',
    acronym: 'OWWA',
    kind: 'government',
    country: 'PH',
    source: { document: '001', locator: 'Training (pre-departure box)' },
  },
  {
    name: 'Bureau of Manpower, Employment and Training, Bangladesh',
    kind: 'government',
    country: 'BD',
    source: { document: '001', locator: 'Training (pre-departure box)' },
  },
  {
    name: 'Ministry of Overseas Indian Affairs',
    kind: 'government',
    country: 'IN',
    source: { document: '001', locator: 'Return (success stories box)' },
  },
  {
    name: 'Ministry of Labour, Sri Lanka',
    kind: 'government',
    country: 'LK',
    source: { document: '003', locator: 'Annex (Sri Lanka National Labour Migration Policy)' },
  },

  // --- Employers' and business organizations ---------------------------------------------------
  {
    // 000 prints "Cambodian Federation of Employers and Business Association".
    name: 'Cambodian Federation of Employers and Business Associations',
    acronym: 'CAMFEBA',
    kind: 'employers',
    country: 'KH',
    source: { document: '000', locator: 'Section III (capacity building)' },
  },
  {
    name: 'Association of Cambodian Recruitment Agencies',
    kind: 'employers',
    country: 'KH',
    source: { document: '000', locator: 'Section III (capacity building)' },
  },
  {
    name: "Thai Bankers' Association",
    kind: 'employers',
    country: 'TH',
    source: { document: '000', locator: 'Section IV (remittances)' },
  },
  {
    name: 'National Fisheries Association of Thailand',
    acronym: 'NFAT',
    kind: 'employers',
    country: 'TH',
    source: { document: '003', locator: 'Note 14 (ILO-TRIANGLE partners)' },
  },
  {
    // 004 prints "Viet Nam Association of Manpower and Supply".
    name: 'Viet Nam Association of Manpower Supply',
    kind: 'employers',
    country: 'VN',
    source: { document: '004', locator: 'Section 5.1 (MTUC partner)' },
  },

  // --- Civil society, migrant workers' associations, research bodies ---------------------------
  {
    name: 'Human Rights and Development Foundation',
    kind: 'civil-society',
    country: 'TH',
    source: { document: '000', locator: 'Section III (nationality verification)' },
  },
  {
    name: "Federation of Migrants' Cooperatives in East Java",
    kind: 'civil-society',
    country: 'ID',
    source: { document: '000', locator: 'Section IV (cooperatives)' },
  },
  {
    name: 'Asosasyon ng mga Makabayang Manggagawang Pilipino Overseas',
    acronym: 'AMMPO',
    kind: 'civil-society',
    country: 'MY',
    source: { document: '004', locator: 'Abbreviations; box 5' },
  },
  {
    // 004's abbreviations list glosses PERTIMIG wrongly as the IDWF; box 5 gives the full name.
    name: 'Persatuan Pekerja Rumah Tangga Indonesia Migran',
    acronym: 'PERTIMIG',
    kind: 'civil-society',
    country: 'MY',
    source: { document: '004', locator: 'Box 5' },
  },
  {
    name: "Women's Crisis Center Mawar Balqis",
    kind: 'civil-society',
    country: 'ID',
    source: { document: '004', locator: 'Section 3.4; box 3' },
  },
  {
    name: "Sebay Lampung Women's Solidarity",
    kind: 'civil-society',
    country: 'ID',
    source: { document: '004', locator: 'Section 3.4' },
  },
  {
    name: "Indonesia Women's Coalition",
    kind: 'civil-society',
    country: 'ID',
    source: { document: '004', locator: 'Section 3.4' },
  },
  {
    name: 'Project Women Brunei',
    kind: 'civil-society',
    country: 'BN',
    source: { document: '004', locator: 'Box 6' },
  },
  {
    name: 'Labour Law Reform Coalition',
    kind: 'civil-society',
    country: 'MY',
    source: { document: '004', locator: 'Section 2.2.4' },
  },
  {
    name: 'Business for Social Responsibility',
    acronym: 'BSR',
    kind: 'other',
    source: { document: '003', locator: 'Annex (Jordan project partner)' },
  },
  {
    name: 'Scalabrini Migration Center',
    kind: 'academic',
    source: { document: '001', locator: 'Labour market development (MISA box)' },
  },
  {
    name: 'Migration Policy Institute',
    acronym: 'MPI',
    kind: 'academic',
    source: { document: '003', locator: 'Annex (Europe project partner)' },
  },
  {
    name: 'South-East Asia Food and Agriculture Science and Technology Center',
    kind: 'academic',
    country: 'ID',
    source: { document: '000', locator: 'Section IV (East Java)' },
  },

  // --- Donors ------------------------------------------------------------------------------------
  {
    name: 'Government of Japan',
    kind: 'donor',
    country: 'JP',
    source: { document: '000', locator: 'ILO/Japan Multi-bilateral Programme' },
  },
  {
    name: 'Australian Department of Foreign Affairs and Trade',
    acronym: 'DFAT',
    kind: 'donor',
    country: 'AU',
    source: { document: '004', locator: 'Section 1.2 (TRIANGLE in ASEAN funding)' },
  },
  {
    name: 'Australian Agency for International Development',
    acronym: 'AusAID',
    kind: 'donor',
    country: 'AU',
    source: { document: '003', locator: 'Annex (GMS TRIANGLE; Pacific project)' },
  },
  {
    name: 'Government of Canada',
    kind: 'donor',
    country: 'CA',
    source: { document: '004', locator: 'Section 1.2 (TRIANGLE in ASEAN funding)' },
  },
  {
    name: 'Canadian International Development Agency',
    acronym: 'CIDA',
    kind: 'donor',
    country: 'CA',
    source: { document: '003', locator: 'Annex (ASEAN TRIANGLE project)' },
  },
  {
    name: 'European Union',
    acronym: 'EU',
    kind: 'donor',
    source: { document: '004', locator: 'Section 1.2 (Spotlight Initiative)' },
  },
  {
    name: 'European Commission',
    acronym: 'EC',
    kind: 'donor',
    source: { document: '001', locator: 'Regional action programme; also 003 Annex' },
  },
  {
    name: 'Spotlight Initiative',
    kind: 'other',
    source: { document: '004', locator: 'Section 1.2 (Safe and Fair)' },
  },
  {
    name: 'Swiss Agency for Development and Cooperation',
    acronym: 'SDC',
    kind: 'donor',
    country: 'CH',
    source: { document: '003', locator: 'Annex (several projects)' },
  },
  {
    name: 'Department for International Development, United Kingdom',
    acronym: 'DFID',
    kind: 'donor',
    country: 'GB',
    source: { document: '003', locator: 'Annex (CAPSA)' },
  },
  {
    name: 'United States Department of State',
    kind: 'donor',
    country: 'US',
    source: { document: '003', locator: 'Annex (Jordan project)' },
  },
  {
    name: 'Danish Trade Union Development Agency',
    kind: 'donor',
    country: 'DK',
    source: { document: '004', locator: 'Section 4 (joint MRC funding)' },
  },
]
