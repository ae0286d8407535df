import type { SeedResource } from './types'

/**
 * Publications, tools, manuals, training materials, instruments and agreements named in the
 * source documents (shared/seeds 000, 001, 003, 004).
 *
 * Conventions used in this file:
 * - Edition titles: the documents never print a non-English title, and we could not confirm the
 *   real published title of any Thai, Burmese, Khmer or Lao edition, so those editions carry the
 *   English title with the language in brackets rather than a translation of our own.
 * - `externalUrl` is set only where a document prints the link next to the item (mostly 001).
 * - `year` is set only where a document gives it (or where it is part of an instrument's title).
 * - MOUs: the documents do not say in which languages the texts exist; each gets a single 'en'
 *   edition as the nearest value (the documents cite them in English).
 */
export const resources: SeedResource[] = [
  // ---------------------------------------------------------------------------------------------
  // 000: ILO/Japan project "Managing Cross-Border Movement of Labour in South-East Asia"
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'paralegal-training-manual-migrant-workers-access-to-justice',
    kind: 'manual',
    themes: ['labour-exploitation'],
    countries: ['TH', 'MM'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'my',
        title:
          "Paralegal training manual on migrant workers' right to equality before the law and " +
          'access to justice (Burmese)',
        summary:
          'Burmese-language manual used in paralegal workshops in Tak, Thailand, so that migrant ' +
          'workers and NGO staff can defend migrant workers in court and work with the ' +
          'provincial labour office.',
      },
      {
        language: 'th',
        title:
          "Paralegal training manual on migrant workers' right to equality before the law and " +
          'access to justice (Thai)',
        summary:
          'Thai-language edition of the paralegal manual, for Thai NGO staff and officials who ' +
          'support migrant workers seeking legal remedies.',
      },
    ],
    source: {
      document: '000',
      locator: 'I. Publications and tools; III. capacity building (paralegal training in Tak)',
    },
  },
  {
    // The Thai translation (one booklet with C143) is the ILO/Japan project output; the project
    // code is carried on the resource because the type has no per-edition project field.
    slug: 'ilo-c097-migration-for-employment-convention-revised-1949',
    kind: 'policy',
    themes: ['multilateral-agreements', 'labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 1949,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'en',
        title: 'Migration for Employment Convention (Revised), 1949 (No. 97)',
        summary:
          'Original text of the ILO Convention on migration for employment, one of the two ILO ' +
          'Conventions specifically protecting migrant workers, including equal treatment with ' +
          'nationals.',
      },
      {
        language: 'th',
        title: 'ILO Convention No. 97 concerning Migration for Employment (Revised), 1949 (Thai)',
        summary:
          'Thai translation prepared under the ILO/Japan project and published together with ' +
          'Convention No. 143.',
      },
    ],
    source: {
      document: '000',
      locator: 'I. Publications and tools (Thai translation); 001 International labour standards',
    },
  },
  {
    // See note on C97: the Thai translation is the ILO/Japan project output.
    slug: 'ilo-c143-migrant-workers-supplementary-provisions-convention-1975',
    kind: 'policy',
    themes: ['labour-exploitation', 'multilateral-agreements'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 1975,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'en',
        title: 'Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)',
        summary:
          'Original text of the ILO Convention on migration in abusive conditions and on ' +
          'equality of opportunity and treatment for migrant workers.',
      },
      {
        language: 'th',
        title:
          'ILO Convention No. 143 concerning Migration in Abusive Conditions and the Promotion ' +
          'of Equality of Opportunity and Treatment of Migrant Workers, 1975 (Thai)',
        summary:
          'Thai translation prepared under the ILO/Japan project and published together with ' +
          'Convention No. 97.',
      },
    ],
    source: {
      document: '000',
      locator: 'I. Publications and tools (Thai translation); 001 International labour standards',
    },
  },
  {
    // The Thai translation is the ILO/Japan project output; the English original is ILO 2006.
    slug: 'ilo-multilateral-framework-on-labour-migration',
    kind: 'policy',
    themes: [
      'multilateral-agreements',
      'labour-exploitation',
      'skilled-migration',
      'return-reintegration',
    ],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2006,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'en',
        title:
          'ILO Multilateral Framework on Labour Migration: Non-binding principles and guidelines ' +
          'for a rights-based approach to labour migration',
        summary:
          'Non-binding ILO principles, guidelines and good practices for rights-based, ' +
          'gender-sensitive labour migration policy, with model measures in 13 policy areas.',
        externalUrl:
          'http://www.ilo.org/public/english/protection/migrant/download/multilat_fwk_en.pdf',
      },
      {
        language: 'th',
        title: 'ILO Multilateral Framework on Labour Migration (Thai)',
        summary:
          'Thai translation of the Multilateral Framework produced by the ILO/Japan project for ' +
          'Thai policy makers and social partners.',
      },
    ],
    source: {
      document: '000',
      locator: 'I. Publications and tools (Thai translation); 001 Multilateral Framework box',
    },
  },
  {
    slug: 'inter-state-cooperation-labour-migration-thailand-mous',
    kind: 'publication',
    themes: ['multilateral-agreements'],
    countries: ['TH', 'KH', 'LA', 'MM'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'en',
        title:
          'Inter-state cooperation on labour migration: lessons learned from MOUs between ' +
          'Thailand and neighbouring countries',
        summary:
          'Study of how the labour MOUs between Thailand and its neighbours have worked in ' +
          'practice and what can be learned from them.',
      },
    ],
    source: { document: '000', locator: 'I. Publications and tools' },
  },
  {
    slug: 'review-labour-migration-policies-thailand',
    kind: 'publication',
    themes: ['labour-exploitation', 'multilateral-agreements'],
    countries: ['TH'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'en',
        title:
          'Review of labour migration policies, regulatory framework, management institutions ' +
          'and immigration pressure in Thailand',
        summary:
          "Assessment of Thailand's labour migration policies, laws and managing institutions " +
          'against the pressure of immigration.',
      },
    ],
    source: { document: '000', locator: 'I. Publications and tools' },
  },
  {
    slug: 'synthesis-report-labour-migration-thailand',
    kind: 'publication',
    themes: ['labour-exploitation', 'multilateral-agreements'],
    countries: ['TH'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'en',
        title:
          'Synthesis report on labour migration policies, management and immigration pressure ' +
          'in Thailand',
        summary:
          'Condensed findings on how Thailand manages labour migration and the immigration ' +
          'pressures it faces.',
      },
    ],
    source: { document: '000', locator: 'I. Publications and tools' },
  },
  {
    slug: 'agenda-labour-migration-policy-thailand',
    kind: 'publication',
    themes: ['skilled-migration', 'labour-exploitation'],
    countries: ['TH'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'en',
        title: 'Agenda for labour migration policy in Thailand: towards long-term competitiveness',
        summary:
          "Policy agenda linking the management of labour migration to Thailand's long-term " +
          'economic competitiveness.',
      },
    ],
    source: { document: '000', locator: 'I. Publications and tools' },
  },
  {
    slug: 'review-labour-migration-management-cambodia',
    kind: 'publication',
    themes: ['labour-exploitation', 'multilateral-agreements'],
    countries: ['KH'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'en',
        title: 'Review of labour migration management, policies and legal framework in Cambodia',
        summary:
          "Review of Cambodia's institutions, policies and laws for managing the sending of " +
          'workers abroad.',
      },
    ],
    source: { document: '000', locator: 'I. Publications and tools' },
  },
  {
    // Adopted by the Ministry (000 section II); listed among the ILO/Japan project's outputs.
    slug: 'policy-on-labour-migration-cambodia',
    kind: 'policy',
    themes: ['labour-exploitation', 'multilateral-agreements', 'return-reintegration'],
    countries: ['KH'],
    publisher: 'Ministry of Labour and Vocational Training, Cambodia',
    isIloPublication: false,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'en',
        title: 'Policy on labour migration for Cambodia',
        summary:
          "Cambodia's first national labour migration policy, adopted by the Ministry of Labour " +
          'and Vocational Training with ILO/Japan project support.',
      },
    ],
    source: { document: '000', locator: 'I. Publications and tools; II. advocacy (Cambodia)' },
  },
  {
    slug: 'migrant-worker-remittances-lao-pdr-thailand-cambodia',
    kind: 'publication',
    themes: ['return-reintegration'],
    countries: ['LA', 'TH', 'KH'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    project: 'ILO-JAPAN-CROSS-BORDER',
    editions: [
      {
        language: 'en',
        title: 'Migrant worker remittances: Lao PDR, Thailand and Cambodia',
        summary:
          'Study of the remittances sent by migrant workers in the Thailand, Lao PDR and ' +
          'Cambodia corridor and of how they are used at home.',
      },
    ],
    source: { document: '000', locator: 'I. Publications and tools' },
  },
  {
    slug: 'start-and-improve-your-business',
    kind: 'training',
    themes: ['return-reintegration'],
    countries: ['ID'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Start and Improve Your Business (SIYB)',
        summary:
          'ILO small-business training, listed in the kit with Generate Your Business Idea and ' +
          'Expand Your Business; in East Java it prepared former migrant workers to start ' +
          'food-processing ventures.',
      },
    ],
    source: { document: '000', locator: 'IV. remittances and entrepreneurship; 001 Training' },
  },
  {
    slug: 'get-ahead-for-women-in-enterprise',
    kind: 'training',
    themes: ['return-reintegration'],
    countries: ['ID'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'GET Ahead for Women in Enterprise',
        summary:
          'ILO entrepreneurship training for women, used in East Java to prepare former migrant ' +
          'workers to set up food-processing ventures.',
      },
    ],
    source: { document: '000', locator: 'IV. remittances and entrepreneurship' },
  },

  // ---------------------------------------------------------------------------------------------
  // 001: ILO resource kit chapter on labour migration (instruments, tools, agreements)
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'ilo-r086-migration-for-employment-recommendation-revised-1949',
    kind: 'policy',
    themes: ['multilateral-agreements'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 1949,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Migration for Employment Recommendation (Revised), 1949 (No. 86)',
        summary:
          'Recommendation accompanying Convention No. 97; its annex contains a model bilateral ' +
          'agreement on labour migration.',
      },
    ],
    source: { document: '001', locator: 'International labour standards' },
  },
  {
    slug: 'ilo-r100-protection-of-migrant-workers-underdeveloped-countries-1955',
    kind: 'policy',
    themes: ['labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 1955,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title:
          'Protection of Migrant Workers (Underdeveloped Countries) Recommendation, 1955 (No. 100)',
        summary:
          'One of the five up-to-date ILO instruments on the protection of migrant workers ' +
          'listed in the resource kit.',
      },
    ],
    source: { document: '001', locator: 'International labour standards' },
  },
  {
    slug: 'ilo-r151-migrant-workers-recommendation-1975',
    kind: 'policy',
    themes: ['labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 1975,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Migrant Workers Recommendation, 1975 (No. 151)',
        summary:
          'Recommendation accompanying Convention No. 143 on equality of opportunity and ' +
          'treatment of migrant workers.',
      },
    ],
    source: { document: '001', locator: 'International labour standards' },
  },
  {
    slug: 'un-convention-rights-of-all-migrant-workers-1990',
    kind: 'policy',
    themes: ['labour-exploitation', 'multilateral-agreements'],
    countries: [],
    publisher: 'United Nations',
    isIloPublication: false,
    year: 1990,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title:
          'International Convention on the Protection of the Rights of All Migrant Workers and ' +
          'Members of Their Families, 1990',
        summary:
          'UN human rights treaty on the rights of migrant workers and their families, which ' +
          'complements the ILO instruments.',
      },
    ],
    source: { document: '001', locator: 'International labour standards' },
  },
  {
    // 001 prints "Click here for Decision-Making and Preparing for Employment Abroad" next to the
    // mbook2.pdf link, in the Training section on booklets for preparing migrants.
    slug: 'decision-making-and-preparing-for-employment-abroad',
    kind: 'manual',
    themes: ['domestic-workers', 'labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Decision-Making and Preparing for Employment Abroad',
        summary:
          'ILO booklet that helps prospective migrant workers decide whether to go and prepare ' +
          'before leaving for a job abroad.',
        externalUrl: 'http://www.ilo.org/public/english/employment/gems/download/mbook2.pdf',
      },
    ],
    source: { document: '001', locator: 'Training (booklets for preparing migrants)' },
  },
  {
    // The guide's title was lost in PDF extraction ("the ILO has published the guide, , which
    // argues ..."); the text names its method, IRAP, and prints the link (twice).
    slug: 'integrated-rural-accessibility-planning-guide',
    kind: 'manual',
    // None of the five themes fits a rural-access planning guide, so no theme is given.
    themes: [],
    countries: ['KH', 'LA', 'MN', 'PH', 'TH'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Integrated Rural Accessibility Planning (IRAP) guide',
        summary:
          'ILO planning guide for local governments on improving rural access to goods and ' +
          'services, presented as a way to reduce migration driven by lack of opportunity.',
        externalUrl:
          'http://www.ilo.int/public/english/employment/recon/eiip/download/ratp/ratp08.pdf',
      },
    ],
    source: { document: '001', locator: 'Local economic development (IRAP)' },
  },
  {
    // Title not printed; the link (bureau/inst/.../merchants.pdf) sits under "Admission and
    // recruitment procedures" and is the ILO institute's study "Merchants of labour".
    slug: 'merchants-of-labour',
    kind: 'publication',
    themes: ['labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Merchants of labour',
        summary:
          'ILO study of the private recruitment industry that intermediates international ' +
          'labour migration, and of how it can be regulated.',
        externalUrl: 'http://www.ilo.org/public/english/bureau/inst/download/merchants.pdf',
      },
    ],
    source: { document: '001', locator: 'Admission and recruitment procedures (link)' },
  },
  {
    slug: 'migration-information-system-in-asia-database',
    kind: 'data',
    themes: ['skilled-migration'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Migration Information System in Asia (MISA) database',
        summary:
          'Labour migration database built by the ILO with the Scalabrini Migration Center, ' +
          'planned for public release on the ILO website.',
      },
    ],
    source: { document: '001', locator: 'Labour market development (MISA box)' },
  },
  {
    slug: 'international-labour-migration-database',
    kind: 'data',
    themes: ['multilateral-agreements'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'International Labour Migration (ILM) database',
        summary:
          'ILO online database on international labour migration, linked from the resource ' +
          "kit's section on bilateral agreements.",
        externalUrl: 'http://www.ilo.org/public/english/protection/migrant/info/ilm_dbase.htm',
      },
    ],
    source: { document: '001', locator: 'Bilateral agreements (link)' },
  },
  {
    slug: 'key-indicators-of-the-labour-market',
    kind: 'data',
    themes: ['skilled-migration'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Key Indicators of the Labour Market (KILM)',
        summary:
          'ILO labour market indicators, offered as a basis for the labour market analysis ' +
          'countries need to plan for migrant labour.',
        externalUrl: 'http://www.ilo.org/public/english/employment/strat/kilm/download.htm',
      },
    ],
    source: { document: '001', locator: 'Labour market development (link)' },
  },
  {
    // The kit does not give the guidebooks' title; the editions carry a descriptive English title.
    slug: 'mekong-project-guidebooks-migrant-workers-thailand',
    kind: 'tool',
    themes: ['labour-exploitation'],
    countries: ['TH', 'MM', 'KH', 'LA'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'my',
        title: 'ILO Mekong Project guidebooks for migrants in Thailand (Burmese)',
        summary:
          'Burmese guidebook, developed after consultation with the Royal Thai Government, to ' +
          'lower the risk of labour exploitation for migrants from Myanmar.',
      },
      {
        language: 'km',
        title: 'ILO Mekong Project guidebooks for migrants in Thailand (Khmer)',
        summary:
          'Khmer guidebook distributed across Thailand by ten partner agencies to help Cambodian ' +
          'migrants avoid labour exploitation.',
      },
      {
        language: 'lo',
        title: 'ILO Mekong Project guidebooks for migrants in Thailand (Lao)',
        summary: 'Lao guidebook in the same series, for migrants from Lao PDR working in Thailand.',
      },
    ],
    source: { document: '001', locator: 'Combating trafficking (Mekong Project box)' },
  },
  {
    slug: 'profiles-of-returned-migrant-entrepreneurs-india',
    kind: 'publication',
    themes: ['return-reintegration'],
    countries: ['IN'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Profiles of successfully reintegrated former migrants (India leaflets)',
        summary:
          'Leaflets profiling returnees who succeeded at home, prepared for the Ministry of ' +
          'Overseas Indian Affairs to encourage prospective migrants to plan their return early.',
      },
    ],
    source: { document: '001', locator: 'Return (success stories box)' },
  },
  {
    slug: 'mou-thailand-lao-pdr-employment-of-workers',
    kind: 'policy',
    themes: ['multilateral-agreements'],
    countries: ['TH', 'LA'],
    publisher: 'Governments of Thailand and Lao PDR',
    isIloPublication: false,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title:
          'Memorandum of Understanding between Thailand and Lao PDR on Cooperation in the ' +
          'Employment of Workers',
        summary:
          'Bilateral MOU setting the procedure for recruiting Lao workers into jobs in Thailand; ' +
          'the brochure notes that MOU arrivals fall far short of employer demand.',
      },
    ],
    source: { document: '000', locator: 'III. capacity building (MOU paragraph); 001 MOU list' },
  },
  {
    slug: 'mou-thailand-cambodia-employment-of-workers',
    kind: 'policy',
    themes: ['multilateral-agreements'],
    countries: ['TH', 'KH'],
    publisher: 'Governments of Thailand and Cambodia',
    isIloPublication: false,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title:
          'Memorandum of Understanding between Thailand and Cambodia on Cooperation in the ' +
          'Employment of Workers',
        summary:
          'Bilateral MOU under which Cambodian workers are recruited for jobs in Thailand ' +
          'through job lists, selected applicants, visas and work permits agreed by both sides.',
      },
    ],
    source: { document: '000', locator: 'III. capacity building (MOU paragraph); 001 MOU list' },
  },
  {
    // 001 names the agreement but not its title; descriptive title.
    slug: 'mou-thailand-myanmar-employment-of-workers',
    kind: 'policy',
    themes: ['multilateral-agreements'],
    countries: ['TH', 'MM'],
    publisher: 'Governments of Thailand and Myanmar',
    isIloPublication: false,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title:
          'Memorandum of Understanding between Thailand and Myanmar on the employment of workers',
        summary:
          "The third of Thailand's labour MOUs with its neighbours, regulating the recruitment " +
          'of workers from Myanmar.',
      },
    ],
    source: { document: '001', locator: 'Bilateral agreements (list of MOUs)' },
  },
  {
    // A set of 15 bilateral MOUs kept as one resource; 002 (note 7) gives the same list (2010).
    slug: 'korea-employment-permit-system-mous',
    kind: 'policy',
    themes: ['multilateral-agreements'],
    countries: [
      'KR',
      'BD',
      'KH',
      'CN',
      'ID',
      'KG',
      'MN',
      'MM',
      'NP',
      'PK',
      'PH',
      'LK',
      'TH',
      'TL',
      'UZ',
      'VN',
    ],
    publisher: 'Government of the Republic of Korea and partner governments',
    isIloPublication: false,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Republic of Korea Employment Permit System (EPS) MOUs with countries of origin',
        summary:
          'The MOUs Korea signed with 15 countries of origin for hiring foreign workers under ' +
          'its Employment Permit System.',
      },
    ],
    source: { document: '001', locator: 'Bilateral agreements (list of MOUs)' },
  },
  {
    slug: 'malaysia-recruitment-mous',
    kind: 'policy',
    themes: ['multilateral-agreements'],
    countries: ['MY', 'BD', 'CN', 'ID', 'PK', 'LK', 'TH', 'VN'],
    publisher: 'Government of Malaysia and partner governments',
    isIloPublication: false,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Malaysia MOUs on the recruitment of migrant workers',
        summary:
          'MOUs between Malaysia and seven countries of origin that regulate recruitment ' +
          'processes and procedures.',
      },
    ],
    source: { document: '001', locator: 'Bilateral agreements (list of MOUs)' },
  },

  // ---------------------------------------------------------------------------------------------
  // 003: ILO background note on labour migration and development
  // ---------------------------------------------------------------------------------------------
  {
    // Year not printed on the note; 2013 inferred from its content (April 2013 sources, a meeting
    // announced for November 2013).
    slug: 'ilo-background-note-labour-migration-development-outcomes',
    kind: 'publication',
    themes: ['return-reintegration', 'labour-exploitation', 'skilled-migration'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2013,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title:
          'The Contribution of Labour Migration to Improved Development Outcomes (ILO background ' +
          'note)',
        summary:
          'ILO note on mainstreaming labour migration into development policy and the post-2015 ' +
          'agenda, with an annex of ILO technical cooperation projects by region.',
      },
    ],
    source: { document: '003', locator: 'Title page; Annex' },
  },
  {
    slug: 'migrant-workers-in-the-international-hotel-industry',
    kind: 'publication',
    themes: ['skilled-migration'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2012,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Migrant workers in the international hotel industry',
        summary:
          'ILO working paper on the presence and contribution of migrant workers in hotels, by ' +
          'the Sectoral Activities Department and the International Migration Branch.',
        externalUrl:
          'http://www.ilo.org/sector/Resources/publications/WCMS_180596/lang--en/index.htm',
      },
    ],
    source: { document: '003', locator: 'The value of a sectoral approach; note 16' },
  },
  {
    slug: 'ilo-2012-global-estimate-of-forced-labour',
    kind: 'data',
    themes: ['labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2012,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'ILO 2012 Global estimate of forced labour: Executive summary',
        summary:
          'Global estimate of 20.9 million people in forced labour, of whom 9.1 million had ' +
          'migrated before being exploited.',
        externalUrl:
          'http://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/' +
          'publication/wcms_181953.pdf',
      },
    ],
    source: { document: '003', locator: 'Combating trafficking for forced labour; note 9' },
  },
  {
    slug: 'guidelines-regional-model-competency-standards',
    kind: 'tool',
    themes: ['skilled-migration'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2006,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'ILO Guidelines for Development of Regional Model Competency Standards',
        summary:
          "Asia-Pacific guidelines supporting the recognition of migrant workers' skills and " +
          'qualifications across countries.',
      },
    ],
    source: { document: '003', locator: 'Sustainable development and the post-2015 agenda' },
  },
  {
    slug: 'framework-for-action-women-migrant-workers-development',
    kind: 'policy',
    themes: ['domestic-workers', 'return-reintegration'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title:
          'Framework for Action on Maximizing the Contribution of Women Migrant Workers to ' +
          'Development',
        summary:
          'ILO framework addressing the knowledge gap on how migration, gender equality and ' +
          'development interact.',
      },
    ],
    source: { document: '003', locator: 'Contributions to the knowledge base' },
  },
  {
    slug: 'international-labour-migration-a-rights-based-approach',
    kind: 'publication',
    themes: ['labour-exploitation', 'multilateral-agreements'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2010,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'International labour migration: A rights-based approach',
        summary:
          'ILO book on labour migration governance grounded in the rights of migrant workers; ' +
          'cited for the share of international migrants who are economically active.',
      },
    ],
    source: { document: '003', locator: 'Note 2' },
  },

  // ---------------------------------------------------------------------------------------------
  // 004: ILO 2022, "Trade union-led Migrant Worker Resource Centres in ASEAN and Jordan"
  // ---------------------------------------------------------------------------------------------
  {
    // An ILO ACTRAV / Regional Office publication drawing on both programmes; not stated to be an
    // output of either, so no project code.
    slug: 'trade-union-led-migrant-worker-resource-centres-asean-jordan',
    kind: 'publication',
    themes: ['labour-exploitation', 'domestic-workers'],
    countries: ['KH', 'ID', 'LA', 'MY', 'TH', 'JO'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2022,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title:
          'Trade union-led Migrant Worker Resource Centres in ASEAN and Jordan: Case studies for ' +
          'protecting and organizing migrant workers',
        summary:
          'Case studies by Leo Bernardo Villar and Pong-Sul Ahn of how unions in five ASEAN ' +
          'countries and Jordan run resource centres and use them to reach and organize migrants ' +
          '(ISBN 978-922-0372-26-5 print, 978-922-0372-27-2 PDF).',
      },
    ],
    source: { document: '004', locator: 'Title page and copyright page' },
  },
  {
    slug: 'organizing-women-migrant-workers-manual-trade-unionists-asean',
    kind: 'manual',
    themes: ['domestic-workers', 'labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2021,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Organizing Women Migrant Workers: Manual for Trade Unionists in ASEAN',
        summary:
          'ILO manual built on four pillars (standards, bilateral union cooperation, outreach, ' +
          'advocacy and training) for unions organizing women migrant workers.',
      },
    ],
    source: { document: '004', locator: 'Section 3.4; References (ILO 2021d)' },
  },
  {
    slug: 'migrant-worker-resource-centre-operations-manual',
    kind: 'manual',
    themes: ['labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2014,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Migrant Worker Resource Centre Operations Manual',
        summary:
          'ILO manual for running Migrant Worker Resource Centres, source of the CLIENT grouping ' +
          'of services (counselling, legal aid, information, networking, union membership).',
      },
    ],
    source: { document: '004', locator: 'Section 1.1; References (ILO 2014)' },
  },
  {
    slug: 'access-to-justice-for-migrant-workers-south-east-asia',
    kind: 'publication',
    themes: ['labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2017,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Access to Justice for Migrant Workers in South-East Asia',
        summary:
          'ILO study by Benjamin Harkins and Meri Ahlberg on how migrant workers in ASEAN pursue ' +
          'complaints, showing most settle grievances through NGOs rather than unions.',
      },
    ],
    source: { document: '004', locator: 'Section 3.1; References (Harkins and Ahlberg 2017)' },
  },
  {
    slug: 'triangle-in-asean-annual-report-2020',
    kind: 'publication',
    themes: ['labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2020,
    visibility: 'public',
    project: 'TRIANGLE-ASEAN',
    editions: [
      {
        language: 'en',
        title: 'TRIANGLE in ASEAN Annual Report 2020',
        summary:
          "Annual report of the ILO's TRIANGLE in ASEAN programme, including MRC casework and " +
          'emergency support during COVID-19.',
      },
    ],
    source: { document: '004', locator: 'References (ILO 2020b); Box 2' },
  },
  {
    slug: 'safe-and-fair-annual-narrative-programme-report-2020',
    kind: 'publication',
    themes: ['domestic-workers', 'labour-exploitation'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2020,
    visibility: 'public',
    project: 'SAFE-AND-FAIR',
    editions: [
      {
        language: 'en',
        title:
          "Safe and Fair: Realizing Women Migrant Workers' Rights and Opportunities in the ASEAN " +
          'Region: Annual Narrative Programme Report',
        summary:
          'Yearly narrative report of the ILO and UN Women Safe and Fair programme on the rights ' +
          'of women migrant workers in ASEAN and ending violence against them.',
      },
    ],
    source: { document: '004', locator: 'References (ILO 2020c)' },
  },
  {
    slug: 'safe-and-fair-flash-report-31',
    kind: 'publication',
    themes: ['domestic-workers'],
    countries: ['LA'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2021,
    visibility: 'public',
    project: 'SAFE-AND-FAIR',
    editions: [
      {
        language: 'en',
        title: 'Flash Report No. 31, Safe and Fair Programme',
        summary:
          'Programme update that reports, among other items, the LFTU radio and Facebook Live ' +
          "session for International Domestic Workers' Day 2021 in Lao PDR.",
      },
    ],
    source: { document: '004', locator: 'Box 4; References (ILO 2021f)' },
  },
  {
    slug: 'experiences-of-asean-migrant-workers-during-covid-19',
    kind: 'publication',
    themes: ['labour-exploitation', 'return-reintegration'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2020,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Experiences of ASEAN Migrant Workers During COVID-19 (ILO Brief)',
        summary:
          'Rapid assessment of 309 migrant workers in ASEAN on job losses, forced unpaid leave ' +
          'and other labour violations early in the pandemic.',
      },
    ],
    source: { document: '004', locator: 'Section 1.2; References (ILO 2020a)' },
  },
  {
    slug: 'mapping-of-migrant-worker-resource-centres-arab-states',
    kind: 'publication',
    themes: ['labour-exploitation', 'domestic-workers'],
    countries: [],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2018,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'A Mapping of Migrant Worker Resource Centres in the Arab States',
        summary:
          'ILO survey of resource centres serving migrant workers in the Arab States and of the ' +
          'community and wellbeing role they play.',
      },
    ],
    source: { document: '004', locator: 'Sections 1.1 and 4; References (ILO 2018)' },
  },
  {
    slug: 'migrant-worker-resource-centre-mapping-2021',
    kind: 'data',
    themes: ['labour-exploitation'],
    countries: ['KH', 'ID', 'LA', 'MY', 'TH'],
    publisher: 'International Labour Organization',
    isIloPublication: true,
    year: 2021,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Migrant Worker Resource Centre Mapping',
        summary:
          "ILO mapping of resource centres in ASEAN, the source of the report's table of " +
          'trade union-led centres by country and location.',
      },
    ],
    source: { document: '004', locator: 'Table 2 source; References (ILO 2021c)' },
  },
  {
    slug: 'asean-consensus-rights-of-migrant-workers',
    kind: 'policy',
    themes: ['multilateral-agreements'],
    countries: ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'],
    publisher: 'ASEAN Secretariat',
    isIloPublication: false,
    year: 2018,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers',
        summary:
          'Signed by ASEAN Member States in November 2017 (published 2018); sets out the rights ' +
          'of migrant workers and their families and the obligations of member states.',
      },
    ],
    source: { document: '004', locator: 'Section 2.1; References (ASEAN Secretariat 2018)' },
  },
  {
    slug: 'asean-declaration-rights-of-migrant-workers-cebu-2007',
    kind: 'policy',
    themes: ['multilateral-agreements'],
    countries: ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'],
    publisher: 'Association of Southeast Asian Nations',
    isIloPublication: false,
    year: 2007,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title:
          'ASEAN Declaration on the Protection and Promotion of the Rights of Migrant Workers ' +
          '(Cebu Declaration)',
        summary:
          "Commitment by ASEAN Member States to protect and promote migrant workers' rights, " +
          'overseen by the ASEAN Committee on Migrant Workers (ACMW).',
      },
    ],
    source: { document: '004', locator: 'Section 2.1' },
  },
  {
    slug: 'mou-arab-tuc-asean-tuc-sartuc-2015',
    kind: 'policy',
    themes: ['multilateral-agreements', 'domestic-workers'],
    countries: ['JO'],
    publisher: 'Arab Trade Union Confederation, ASEAN Trade Union Council and SARTUC',
    isIloPublication: false,
    year: 2015,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Memorandum of Understanding between Arab TUC, ASEAN TUC and SARTUC (Kochi, 2015)',
        summary:
          'Interregional union agreement signed in Kochi, India on 5 August 2015 with eight ' +
          'priority actions for migrant workers, which led to the joint centre in Amman.',
      },
    ],
    source: { document: '004', locator: 'Section 4; References (Arab TUC et al. 2015)' },
  },
  {
    slug: 'arab-tuc-migrant-resource-center-brochure',
    kind: 'tool',
    themes: ['domestic-workers'],
    countries: ['JO'],
    publisher: 'Arab Trade Union Confederation',
    isIloPublication: false,
    visibility: 'public',
    editions: [
      {
        language: 'en',
        title: 'Migrant Resource Center Brochure',
        summary:
          'Arab TUC leaflet on the joint resource centre in Amman and the most common violations ' +
          'faced by migrant workers in Jordan.',
      },
    ],
    source: { document: '004', locator: 'Section 4; References (Arab TUC n.d.)' },
  },
  {
    // Members only: a training-of-trainers module for union educators, not a public handout.
    slug: 'arab-tuc-migrant-domestic-workers-training-of-trainers-manual',
    kind: 'training',
    themes: ['domestic-workers'],
    countries: ['JO'],
    publisher: 'Arab Trade Union Confederation',
    isIloPublication: false,
    year: 2020,
    visibility: 'members',
    editions: [
      {
        language: 'en',
        title: 'Manual on migrant domestic workers for the training of trainers',
        summary:
          'Arab TUC training-of-trainers manual for raising awareness of decent work for migrant ' +
          'domestic workers in Jordan.',
      },
    ],
    source: { document: '004', locator: 'Section 4.1 (Capacity-building)' },
  },
  {
    // Members only: an internal PowerPoint progress report of the joint centre, not a publication.
    slug: 'joint-mrc-amman-final-report-2019-2020',
    kind: 'publication',
    themes: ['domestic-workers', 'labour-exploitation'],
    countries: ['JO'],
    publisher: 'Arab Trade Union Confederation',
    isIloPublication: false,
    year: 2020,
    visibility: 'members',
    editions: [
      {
        language: 'en',
        title: 'MRC Final Report 2019–2020',
        summary:
          'Internal presentation on the cases, requests for assistance and challenges of the ' +
          'joint resource centre in Amman in 2019–2020.',
      },
    ],
    source: { document: '004', locator: 'Section 4; References (Arab TUC 2020)' },
  },
  {
    // Members only: an internal implementation agreement among the three union bodies.
    slug: 'joint-mrc-implementation-agreement-phase-1',
    kind: 'policy',
    themes: ['multilateral-agreements'],
    countries: ['JO'],
    publisher: 'Arab Trade Union Confederation, ASEAN Trade Union Council and SARTUC',
    isIloPublication: false,
    year: 2018,
    visibility: 'members',
    editions: [
      {
        language: 'en',
        title: 'MRC Implementation Agreement Phase 1, 2018–2019',
        summary:
          'Working agreement among Arab TUC, ASEAN TUC and SARTUC for the first phase of the ' +
          'joint resource centre in Amman.',
      },
    ],
    source: { document: '004', locator: 'References (Arab TUC et al. 2018)' },
  },
  {
    // Members only: as phase 1, an internal working agreement.
    slug: 'joint-mrc-implementation-agreement-phase-2',
    kind: 'policy',
    themes: ['multilateral-agreements'],
    countries: ['JO'],
    publisher: 'Arab Trade Union Confederation, ASEAN Trade Union Council and SARTUC',
    isIloPublication: false,
    year: 2019,
    visibility: 'members',
    editions: [
      {
        language: 'en',
        title: 'MRC Implementation Agreement Phase 2, 2019–2020',
        summary:
          'Working agreement for the second phase of the Amman centre, covering its services, ' +
          'the nationalities it targets and its information booth at Amman airport.',
      },
    ],
    source: { document: '004', locator: 'Section 4; References (Arab TUC et al. 2019)' },
  },
]
