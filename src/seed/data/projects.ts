import type { SeedProject } from './types'

/**
 * ILO technical cooperation projects and programmes on labour migration.
 * Main source: the Annex of 003 (projects by region, with years, countries, partners, donors);
 * plus the ILO/Japan project described in 000, the CoP co-managing project named in 002 and the
 * programmes that support Migrant Worker Resource Centres in 004.
 * No ILO project codes are printed in the documents, so every `code` is an acronym-like key.
 * Status rule: 'completed' when the printed end year is before 2026, else 'ongoing'.
 */
export const projects: SeedProject[] = [
  // ---------------------------------------------------------------- Asia and the Pacific (003)
  {
    code: 'SL-NLMP-II',
    title:
      'Promoting Decent Work through Good Governance, Protection and Empowerment of Migrant ' +
      'Workers: Ensuring the Effective Implementation of the Sri Lanka National Labour ' +
      'Migration Policy, Phase II',
    startYear: 2013,
    endYear: 2015,
    status: 'completed',
    countries: ['LK'],
    regions: ['south-asia'],
    themes: ['labour-exploitation'],
    partners: ['Ministry of Labour, Sri Lanka'],
    donors: ['Swiss Agency for Development and Cooperation (SDC)'],
    summary:
      'Second phase of ILO support to the Sri Lanka Ministry of Labour in putting the national ' +
      'labour migration policy into practice. It worked on the policy, legal and institutional ' +
      'framework, on protection and empowerment of migrants and their families, and on making ' +
      'grievance and protection mechanisms work better.',
    source: { document: '003', locator: 'Annex, Asia and the Pacific Region' },
  },
  {
    code: 'GMS-TRIANGLE',
    title:
      'Tripartite Action to Protect Migrants within and from the Greater Mekong Sub-region ' +
      'from Labour Exploitation',
    acronym: 'GMS TRIANGLE',
    startYear: 2010,
    endYear: 2015,
    status: 'completed',
    countries: ['KH', 'CN', 'LA', 'MY', 'TH', 'VN'],
    regions: ['south-east-asia', 'east-asia'],
    themes: ['labour-exploitation', 'multilateral-agreements'],
    partners: [],
    donors: ['Australian Agency for International Development (AusAID)'],
    summary:
      'Six-country project aimed at cutting exploitation of migrant women and men at work ' +
      'in and from the Mekong sub-region. It sought more legal and safe recruitment channels ' +
      'and stronger labour protection by tackling the gaps in how recruitment and protection ' +
      'policies are applied; 003 also cites its work in the Thai fishing sector.',
    source: { document: '003', locator: 'Annex, Asia and the Pacific Region; note 14' },
  },
  {
    code: 'ASEAN-TRIANGLE-2012',
    title:
      'Tripartite Action to Protect Migrants in the ASEAN Region from Labour Exploitation ' +
      '(ASEAN TRIANGLE project)',
    acronym: 'ASEAN TRIANGLE',
    startYear: 2012,
    endYear: 2016,
    status: 'completed',
    countries: ['KH', 'ID', 'MM', 'LA', 'PH', 'TH', 'VN'],
    regions: ['south-east-asia'],
    themes: ['labour-exploitation', 'multilateral-agreements'],
    partners: [],
    donors: ['Canadian International Development Agency (CIDA)'],
    summary:
      'Seven-country ASEAN project to reduce exploitation of labour migrants through more legal ' +
      'and safe migration and better labour protection. It combined bilateral and regional ' +
      'approaches, built the capacity of ASEAN institutions and followed the priorities of the ' +
      'ASEAN Labour Ministers Work Programme.',
    source: { document: '003', locator: 'Annex, Asia and the Pacific Region' },
  },
  {
    code: 'DW-ACROSS-BORDERS',
    title:
      'Promoting Decent Work Across Borders: A Pilot Project for Migrant Health Professionals ' +
      'and Skilled Workers',
    startYear: 2010,
    endYear: 2014,
    status: 'completed',
    countries: ['PH', 'IN', 'VN'],
    regions: ['south-east-asia', 'south-asia', 'europe'],
    themes: ['skilled-migration'],
    partners: ['Public Services International (PSI)'],
    donors: ['European Commission (EC)'],
    summary:
      'Pilot on the circular migration of health professionals and other highly skilled ' +
      'workers from the Philippines, India and Viet Nam. It supported specialised employment ' +
      'services and a skills testing and certification system geared to the main destination ' +
      'countries in Europe.',
    source: { document: '003', locator: 'Annex, Asia and the Pacific Region' },
  },
  {
    code: 'BGD-MIGRATION-POLICY',
    title:
      'Promoting Decent Work through Improved Migration Policy and its Application to Bangladesh',
    startYear: 2011,
    endYear: 2014,
    status: 'completed',
    countries: ['BD'],
    regions: ['south-asia'],
    themes: ['labour-exploitation', 'return-reintegration'],
    partners: ['UN Women'],
    donors: ['Swiss Agency for Development and Cooperation (SDC)'],
    summary:
      'Strengthened the governance of labour migration from Bangladesh: national policy and ' +
      'institutions, overseas employment promotion including regulation of recruitment and ' +
      'awareness raising, and information and assistance services for women and men migrants ' +
      'abroad and after they come home. The 002 concept note lists it among the projects ' +
      'feeding the CoP.',
    source: { document: '003', locator: 'Annex, Asia and the Pacific Region; 002 note 4' },
  },
  {
    code: 'PACIFIC-LMG',
    title: 'Labour Governance and Migration in the Pacific',
    startYear: 2012,
    endYear: 2014,
    status: 'completed',
    countries: ['KI', 'WS', 'PG', 'TV', 'VU'],
    regions: ['pacific'],
    themes: ['return-reintegration', 'multilateral-agreements'],
    partners: [],
    donors: ['Australian Agency for International Development (AusAID)'],
    summary:
      'Multi-country project on labour market governance and the development impact of ' +
      'migration in five Pacific island countries. It built the capacity of governments, ' +
      'unions, businesses and communities to offer reintegration services to returning workers ' +
      'and promoted good pre-departure practice, focusing on workers in the New Zealand ' +
      'Recognised Seasonal Employer and Australian Pacific Seasonal Worker Pilot schemes.',
    source: { document: '003', locator: 'Annex, Asia and the Pacific Region' },
  },
  {
    code: 'SOUTH-ASIA-LMG',
    title:
      'Promoting the Effective Governance of Labour Migration from South Asia through Actions ' +
      'on Labour Market Information, Protection during Recruitment and Employment, Skills, ' +
      'and Development Impact',
    startYear: 2013,
    endYear: 2016,
    status: 'completed',
    // The annex names no countries for this project, only "South Asia".
    countries: [],
    regions: ['south-asia'],
    themes: ['skilled-migration', 'labour-exploitation', 'return-reintegration'],
    partners: [],
    donors: ['European Commission (EC)'],
    summary:
      'Regional project on well-managed migration from South Asia. It aimed at reliable ' +
      'information on jobs abroad and better matching of job seekers with foreign demand, ' +
      'lower migration costs and fewer recruitment abuses, protection during employment, and ' +
      'training and skills portability for departing and returning migrants.',
    source: { document: '003', locator: 'Annex, Asia and the Pacific Region' },
  },

  // ------------------------------------------------------------------------------ Africa (003)
  {
    code: 'WAF-LMG-DEV',
    title: 'Labour Migration Governance and its Link to Development',
    startYear: 2009,
    endYear: 2013,
    status: 'completed',
    countries: ['SN', 'MR', 'ML'],
    regions: ['africa'],
    themes: ['return-reintegration', 'skilled-migration'],
    partners: [],
    donors: ['Spain'],
    summary:
      'Project in Senegal, Mauritania and Mali to increase the development gains of migration. ' +
      'It supported vocational training and employment services, reintegration of returnees ' +
      'into the labour market and financial literacy training, produced departure and return ' +
      "guides with public employment services, and helped rural workers' organisations inform " +
      'would-be migrants.',
    source: { document: '003', locator: 'Annex, Africa Region' },
  },
  {
    code: 'MIGSEC',
    title:
      'Strategies for Extending Social Security to Migrant Workers and their Families from ' +
      'and within Africa',
    acronym: 'MIGSEC',
    startYear: 2008,
    endYear: 2011,
    status: 'completed',
    // Senegal and Mali are named for the feasibility study; EAC member states are not listed.
    countries: ['SN', 'ML'],
    regions: ['africa'],
    themes: ['multilateral-agreements'],
    partners: [
      'Micro Insurance Innovation Facility (ILO and Bill & Melinda Gates Foundation)',
      'East African Community (EAC) Secretariat',
    ],
    donors: ['Federal Republic of Germany'],
    summary:
      'Built knowledge and institutional capacity for extending social security to African ' +
      'migrant workers and their families. It studied remittance-funded health micro-insurance ' +
      'in Kayes (Mali) and Matam (Senegal) and advised the EAC Secretariat on a legal ' +
      "instrument to coordinate member states' social security systems.",
    source: { document: '003', locator: 'Annex, Africa Region (MIGSEC)' },
  },
  {
    code: 'NAF-LMG',
    title:
      "Improving Governance of Labour Migration and Protection of Migrant Workers' Rights in " +
      'Tunisia, Morocco, Libya and Egypt',
    startYear: 2013,
    endYear: 2015,
    status: 'completed',
    countries: ['TN', 'MA', 'LY', 'EG'],
    regions: ['africa'],
    themes: ['labour-exploitation', 'multilateral-agreements'],
    partners: ['Office of the United Nations High Commissioner for Human Rights (OHCHR)'],
    donors: ['Swiss Agency for Development and Cooperation (SDC)'],
    summary:
      'Capacity-building project for governments and social partners in four North African ' +
      'countries. It supported rights-based, gender-sensitive migration policies, alignment of ' +
      'national law with international instruments and an intra-regional dialogue on labour ' +
      'mobility and protection.',
    source: { document: '003', locator: 'Annex, Africa Region' },
  },
  {
    code: 'HOA-DW-FRAMEWORK',
    title:
      'Development of a Tripartite Framework for the Support and Protection of Ethiopian and ' +
      'Somali Women Domestic Migrant Workers to the GCC States, Lebanon and Sudan',
    startYear: 2013,
    endYear: 2016,
    status: 'completed',
    // Destinations: the GCC states are not listed one by one in 003, so they are carried by
    // the 'arab-states' region; Lebanon and Sudan are named.
    countries: ['ET', 'SO', 'LB', 'SD'],
    regions: ['africa', 'arab-states'],
    themes: ['domestic-workers', 'labour-exploitation'],
    partners: ['UN Women', 'International Organization for Migration (IOM)'],
    donors: ['European Commission (EC)'],
    summary:
      'Sought a coherent cross-border policy framework for low-skilled rural women from ' +
      'Ethiopia and Somalia working as domestic workers in the Middle East and Sudan. It ' +
      'improved coordination among stakeholders in Ethiopia and destination countries and ' +
      'gave women pre-departure information and emergency safe havens.',
    source: { document: '003', locator: 'Annex, Africa Region' },
  },

  // ------------------------------------------------------------------------- Arab States (003)
  {
    code: 'ME-LMG-PROTECTION',
    title:
      'Improving the Governance and Protection Mechanisms for Labour Migration in the Middle ' +
      'East',
    startYear: 2012,
    endYear: 2014,
    status: 'completed',
    // The annex names no countries, only "the Middle East".
    countries: [],
    regions: ['arab-states'],
    themes: ['labour-exploitation', 'domestic-workers'],
    partners: [],
    donors: ['Swiss Agency for Development and Cooperation (SDC)'],
    summary:
      'First regional labour migration programme of its kind in the Arab States, for ' +
      'low-skilled women and men migrants in sectors from construction to domestic work. Its ' +
      'three outcomes covered regional data, research and policy reform, services to migrant ' +
      'workers, and training for key stakeholders.',
    source: { document: '003', locator: 'Annex, Arab States Region' },
  },
  {
    code: 'ARAB-C189-ADVOCACY',
    title: "Regional Advocacy Strategy on ILO's Domestic Workers Convention in the Arab States",
    startYear: 2012,
    endYear: 2014,
    status: 'completed',
    countries: ['BH', 'JO', 'SA', 'KW', 'OM'],
    regions: ['arab-states'],
    themes: ['domestic-workers'],
    partners: [],
    donors: ['Swiss Agency for Development and Cooperation (SDC)'],
    summary:
      'Two-year advocacy effort following the adoption of Convention No. 189 and ' +
      'Recommendation No. 201. With constituents in five Arab States it looked at aligning ' +
      'national laws with the new standards and at the prospects of ratifying the Convention.',
    source: { document: '003', locator: 'Annex, Arab States Region' },
  },
  {
    code: 'LBN-WMDW',
    title:
      'Action Programme for Protecting the Rights of Women Migrant Domestic Workers (WMDWs) ' +
      'in Lebanon',
    acronym: 'WMDW',
    startYear: 2010,
    endYear: 2013,
    status: 'completed',
    countries: ['LB'],
    regions: ['arab-states'],
    themes: ['domestic-workers', 'labour-exploitation'],
    partners: [],
    donors: ['European Commission (EC)'],
    summary:
      'Aimed at better regulated and monitored working conditions for women migrant domestic ' +
      'workers in Lebanon. It built on the unified contract and the decree on private ' +
      'placement agencies, and raised awareness of rights among workers, employers, agencies, ' +
      'teachers and social partners.',
    source: { document: '003', locator: 'Annex, Arab States Region' },
  },
  {
    code: 'JOR-MWR',
    title: "Protecting Migrant Workers' Rights in Jordan",
    startYear: 2012,
    endYear: 2013,
    status: 'completed',
    countries: ['JO'],
    regions: ['arab-states'],
    themes: ['labour-exploitation', 'domestic-workers'],
    partners: ['Business for Social Responsibility (BSR)'],
    donors: ['United States Department of State'],
    summary:
      'Three-pronged project on fundamental rights of workers in Jordan, especially migrants: ' +
      'helping unions reach and serve migrant construction workers, working with construction ' +
      'managers on recruitment and employment practice, and supporting reviews of migration ' +
      'policy and collective bargaining. It also covered garment and domestic work.',
    source: { document: '003', locator: 'Annex, Arab States Region' },
  },
  {
    code: 'CAPSA',
    title:
      'Collaborative Action Programme to Prevent Trafficking of Women and Girls in South Asia ' +
      'and the Middle East',
    acronym: 'CAPSA',
    startYear: 2013,
    endYear: 2018,
    status: 'completed',
    countries: ['IN', 'NP', 'BD', 'AE', 'LB'],
    regions: ['south-asia', 'arab-states'],
    themes: ['labour-exploitation', 'domestic-workers'],
    partners: [],
    donors: ['UK Department for International Development (DFID)'],
    summary:
      'Five-year programme targeting 100,000 women and girls in India, Nepal and Bangladesh ' +
      'and in destinations such as the UAE and Lebanon to reduce trafficking. It combined ' +
      'empowerment of women workers, incentives for fair business and recruitment practice, ' +
      'and an evidence base, with attention to domestic work and garments.',
    source: { document: '003', locator: 'Annex, Arab States Region' },
  },

  // ------------------------------------------------------- Latin America and the Caribbean (003)
  {
    code: 'LAC-GENDER-LMP',
    title:
      'Promotion of Gender-Sensitive Labour Migration Policies in Costa Rica, Haiti, ' +
      'Nicaragua, Panama and the Dominican Republic',
    startYear: 2011,
    endYear: 2014,
    status: 'completed',
    countries: ['CR', 'HT', 'NI', 'PA', 'DO'],
    regions: ['americas'],
    themes: ['skilled-migration', 'multilateral-agreements'],
    partners: [
      'Organization of American States (OAS)',
      'Fundación Instituto Sindical de Cooperación al Desarrollo (ISCOD)',
    ],
    donors: ['European Commission (EC)'],
    summary:
      'Built the capacity of policy makers and social partners in five countries to adopt ' +
      'gender-sensitive migration policy, law and administration. It also worked on social ' +
      'security coverage for migrants and their families and on better skills matching ' +
      'between sending and receiving countries to limit de-skilling.',
    source: { document: '003', locator: 'Annex, Latin America and the Caribbean Region' },
  },

  // --------------------------------------------------------- Europe and Central Asia (003)
  {
    code: 'EU-MDW-INTEGRATION',
    title: 'Promoting Integration of Migrant Domestic Workers in Europe',
    startYear: 2011,
    endYear: 2013,
    status: 'completed',
    countries: ['BE', 'FR', 'IT', 'ES'],
    regions: ['europe'],
    themes: ['domestic-workers'],
    partners: ['FIERI', 'Fondo Ortega-Gasset', 'European Trade Union Confederation (ETUC)'],
    donors: ['European Commission (EC)'],
    summary:
      'Research and advocacy project on how admission and employment policies affect the ' +
      'integration of migrant domestic workers in Belgium, France, Italy and Spain. Four ' +
      'country case studies fed practical advocacy material and exchanges with unions, ' +
      'employers, diaspora groups and local authorities.',
    source: { document: '003', locator: 'Annex, Europe and Central Asia Region' },
  },
  {
    code: 'MDA-UKR-SKILLS',
    title: 'Effective Governance of Labour Migration and its Skills Dimension',
    startYear: 2010,
    endYear: 2013,
    status: 'completed',
    countries: ['MD', 'UA'],
    regions: ['europe'],
    themes: ['skilled-migration', 'return-reintegration', 'multilateral-agreements'],
    partners: ['International Organization for Migration (IOM)', 'The World Bank'],
    donors: ['European Commission (EC)'],
    summary:
      'Helped Moldovan and Ukrainian institutions manage lawful labour migration, ' +
      'support sustainable return and avoid skills waste. It covered analysis of skills ' +
      'shortages and surpluses, negotiation of migration schemes including bilateral social ' +
      'protection agreements, and legislation with social partner involvement.',
    source: { document: '003', locator: 'Annex, Europe and Central Asia Region' },
  },
  {
    code: 'EU-NEW-IMMIGRANTS',
    title:
      'The Labour Market Integration of New Immigrants in Europe: Analysis and Policy ' +
      'Evaluation',
    startYear: 2012,
    endYear: 2014,
    status: 'completed',
    // "Six EU countries" are not named in the annex.
    countries: [],
    regions: ['europe'],
    themes: ['skilled-migration'],
    partners: ['Migration Policy Institute (MPI)'],
    donors: ['European Commission (EC)'],
    summary:
      'Research on how newly arrived immigrants in six EU countries move into middle-skilled ' +
      'jobs. Using data analysis, qualitative work and interviews, it assessed chances of ' +
      'upward mobility and the steps governments can take through integration and workforce ' +
      'programmes.',
    source: { document: '003', locator: 'Annex, Europe and Central Asia Region' },
  },

  // ------------------------------------------------------------------------------ Global (003)
  {
    code: 'GAP-MDW',
    title: 'Global Action Programme on Migrant Domestic Workers and their Families',
    acronym: 'GAP-MDW',
    startYear: 2013,
    endYear: 2016,
    status: 'completed',
    // Five corridors: Nepal-UAE, Indonesia-Malaysia, Zimbabwe-South Africa, Ukraine-Poland,
    // Paraguay-Argentina.
    countries: ['NP', 'AE', 'ID', 'MY', 'ZW', 'ZA', 'UA', 'PL', 'PY', 'AR'],
    regions: ['south-asia', 'arab-states', 'south-east-asia', 'africa', 'europe', 'americas'],
    themes: ['domestic-workers', 'labour-exploitation'],
    partners: [
      'UN Women',
      'Office of the United Nations High Commissioner for Human Rights (OHCHR)',
      'Konfederasi Serikat Buruh Sejahtera Indonesia (KSBSI)',
    ],
    donors: ['European Commission (EC)'],
    summary:
      'Global programme to widen decent work for migrant domestic workers and ease the impact ' +
      'of migration on families left behind. It combined research on global care chains, ' +
      'rights awareness and pilot approaches across the whole migration cycle in five ' +
      'corridors.',
    source: { document: '003', locator: 'Annex, Global' },
  },

  // ------------------------------------------------------------------ Other projects in 003
  {
    code: 'MDA-SOCSEC',
    title:
      'Republic of Moldova: Building Capacity for Coordination of Social Security for ' +
      'Migrant Workers',
    startYear: 2009,
    endYear: 2011,
    status: 'completed',
    countries: ['MD'],
    regions: ['europe'],
    themes: ['multilateral-agreements'],
    partners: [],
    donors: [],
    summary:
      'Built Moldovan capacity to plan and run social security coverage for migrants. It led ' +
      'to six bilateral social security agreements, three of which were in force when 003 ' +
      'was written.',
    source: { document: '003', locator: 'Sustainable development and the post-2015 agenda' },
  },

  // --------------------------------------------------------------------------- ILO/Japan (000)
  {
    code: 'ILO-JAPAN-CROSS-BORDER',
    title:
      'ILO/Japan Regional Project on Managing Cross-Border Movement of Labour in South-East Asia',
    startYear: 2006,
    endYear: 2010,
    status: 'completed',
    countries: ['TH', 'KH', 'LA', 'ID'],
    regions: ['south-east-asia'],
    themes: ['multilateral-agreements', 'return-reintegration', 'labour-exploitation'],
    partners: [
      'Ministry of Labour, Thailand',
      'Ministry of Labour and Vocational Training, Cambodia',
      'Ministry of Labour and Social Welfare, Lao PDR',
      'East Java Province Government, Indonesia',
    ],
    donors: ['Government of Japan (ILO/Japan Multi-bilateral Programme)'],
    summary:
      'Five-year project (2006 to December 2010) in Thailand, Cambodia, Lao PDR and East Java ' +
      'with four aims: research and knowledge sharing, advocacy for sound migration policy, ' +
      'capacity building for governance, and productive use of remittances. Outputs include ' +
      'Thai translations of Conventions 97 and 143, a Burmese and Thai paralegal manual, and ' +
      "support to six migrant workers' cooperatives in East Java.",
    source: { document: '000', locator: 'Decent work for foreign migrants; sections I-IV' },
  },

  // ------------------------------------------------------------ CoP co-managing project (002)
  {
    code: 'EU-RETURN-REINTEGRATION',
    title:
      'Economic and Social Empowerment of Returned Victims of Trafficking in Thailand and the ' +
      'Philippines (ILO-EU Return and Reintegration project)',
    // No start or end year is printed; 002 only gives the work plan period
    // 1 December 2009 - 30 November 2010. The 2010 note describes it as running then and no
    // later document mentions it, so it is treated as completed.
    status: 'completed',
    countries: ['TH', 'PH'],
    regions: ['south-east-asia', 'europe'],
    themes: ['return-reintegration', 'labour-exploitation'],
    partners: [],
    donors: ['European Commission (EC)'],
    summary:
      'EC-funded project helping migrants, including trafficked persons, who return from the ' +
      'EU to Thailand and the Philippines, by building networks between the two countries. ' +
      'Its CTA was to co-manage the Community of Practice in its first year, and its work plan ' +
      'provided for a website for migrants and service providers.',
    source: { document: '002', locator: 'Administration, Rights and Funding; notes 4-5; Annex 2' },
  },

  // ------------------------------------------------ Programmes supporting MRCs in ASEAN (004)
  {
    code: 'TRIANGLE-ASEAN',
    title: 'TRIANGLE in ASEAN: Safe and fair labour migration',
    acronym: 'TRIANGLE in ASEAN',
    // 004 dates ILO support to MRCs through TRIANGLE in ASEAN "since 2011"; no end year is
    // printed. The 2022 text describes it as running with long-term donor funding: ongoing.
    startYear: 2011,
    status: 'ongoing',
    // 004 does not split MRC coverage between TRIANGLE in ASEAN and Safe and Fair; these are
    // the countries where the study found ILO-supported trade union MRCs.
    countries: ['KH', 'ID', 'LA', 'MY', 'TH'],
    regions: ['south-east-asia'],
    themes: ['labour-exploitation', 'multilateral-agreements'],
    partners: ['Malaysian Trades Union Congress (MTUC)'],
    donors: ['Australian Department of Foreign Affairs and Trade', 'Government of Canada'],
    summary:
      'Multi-donor ILO regional programme that supports Migrant Worker Resource Centres run ' +
      'with governments, trade unions and civil society. In Malaysia its support to the MTUC ' +
      'centres reached 2,819 men and 1,042 women migrants in 2020, and it joined the MTUC and ' +
      'the Bangladesh High Commission in getting food and protective equipment to jobless ' +
      'Bangladeshi workers during the pandemic.',
    source: { document: '004', locator: 'Executive summary; section 1.2; section 3.1 note 30' },
  },
  {
    code: 'SAFE-AND-FAIR',
    title:
      "Safe and Fair: Realizing Women Migrant Workers' Rights and Opportunities in the ASEAN " +
      'Region',
    acronym: 'Safe and Fair',
    // 004 gives "since 2018" and no end year; the 2022 text presents it as running: ongoing.
    startYear: 2018,
    status: 'ongoing',
    countries: ['ID', 'LA', 'MY', 'TH'],
    regions: ['south-east-asia'],
    themes: ['domestic-workers', 'labour-exploitation'],
    partners: [
      'UN Women',
      'United Nations Office on Drugs and Crime (UNODC)',
      'International Domestic Workers Federation (IDWF)',
      'Serikat Buruh Migran Indonesia (SBMI)',
      'Lao Federation of Trade Unions (LFTU)',
      "State Enterprise Workers' Relations Confederation (SERC)",
    ],
    donors: ['European Union (EU-UN Spotlight Initiative)'],
    summary:
      "ILO and UN Women programme on women migrant workers' rights, part of the EU-UN " +
      'Spotlight Initiative to end violence against women and girls. It backs gender-responsive ' +
      'services at union-run MRCs, such as the integrated centre in Cirebon, and outreach in ' +
      'Sabah and Sarawak; in 2020 it supported 717 women through the MTUC centres.',
    source: { document: '004', locator: 'Section 1.2; boxes 3-5; section 3.1 note 30' },
  },
  {
    code: 'SHIP-TO-SHORE-SEA',
    title: 'Ship to Shore Rights South-East Asia',
    acronym: 'Ship to Shore Rights',
    // 004 gives "since 2021" and no end year; presented as running in 2022: ongoing.
    startYear: 2021,
    status: 'ongoing',
    // Countries are not specified in 004.
    countries: [],
    regions: ['south-east-asia'],
    themes: ['labour-exploitation'],
    partners: [],
    donors: [],
    summary:
      'Regional ILO project named in 004 as one of the programmes, since 2021, through which ' +
      'the ILO supports trade unions in running Migrant Worker Resource Centres in South-East ' +
      'Asia.',
    source: { document: '004', locator: 'Executive summary; section 1.2' },
  },
  {
    code: 'MWEA-MY',
    title: 'Migrant Workers Empowerment and Advocacy project',
    acronym: 'MWEA',
    // No years printed; 004 (2022) says the ILO supports union MRCs through it in the present
    // tense, so it is treated as ongoing.
    status: 'ongoing',
    countries: ['MY'],
    regions: ['south-east-asia'],
    themes: ['labour-exploitation'],
    partners: [],
    donors: [],
    summary:
      'ILO project in Malaysia that 004 lists among the other projects through which the ILO ' +
      'supports trade union-run Migrant Worker Resource Centres.',
    source: { document: '004', locator: 'Section 1.2' },
  },
  {
    code: 'DIILM-MM',
    title: 'Developing International and Internal Labour Migration Governance project',
    acronym: 'DIILM',
    // Only the end year is printed (note 1 of section 1.2: "The project ended in 2020").
    endYear: 2020,
    status: 'completed',
    countries: ['MM'],
    regions: ['south-east-asia'],
    themes: ['labour-exploitation'],
    partners: [],
    donors: [],
    summary:
      'ILO labour migration governance project in Myanmar that also supported trade union ' +
      'Migrant Worker Resource Centres; it closed in 2020.',
    source: { document: '004', locator: 'Section 1.2 and note 1' },
  },
]
