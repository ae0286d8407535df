/**
 * Shapes of the seed content carried from the five source documents in `shared/seeds/`.
 * Records point at each other by natural keys (theme slug, ISO country code, project code) so the
 * seeder can resolve them to ids on either database adapter and rerun without duplicates.
 */

/** The portal's UI and content locales (Payload localization). English is the fallback. */
export type LocaleCode = 'en' | 'th' | 'km' | 'lo' | 'my' | 'vi' | 'id'

/** Languages a resource edition may be written in: the seven locales plus others of the region. */
export type EditionLanguage =
  | LocaleCode
  | 'ms' // Bahasa Malaysia
  | 'fil' // Filipino
  | 'zh' // Chinese
  | 'ja' // Japanese
  | 'ko' // Korean
  | 'ne' // Nepali
  | 'bn' // Bengali
  | 'si' // Sinhala
  | 'ar' // Arabic
  | 'fr'
  | 'es'
  | 'ru'

/** Localised text: English is always present; other locales where a real translation exists. */
export type Localized = { en: string } & Partial<Record<Exclude<LocaleCode, 'en'>, string>>

/** The source documents, by their number in shared/seeds (000…004). */
export type SourceDocument = '000' | '001' | '002' | '003' | '004'

/** Where a record's facts come from: the document and a locator (table, page, section). */
export interface SourceRef {
  document: SourceDocument
  locator?: string
}

export type ThemeSlug =
  | 'return-reintegration'
  | 'domestic-workers'
  | 'labour-exploitation'
  | 'skilled-migration'
  | 'multilateral-agreements'

export interface SeedTheme {
  slug: ThemeSlug
  title: Localized
  /** One or two sentences, in our own words, built from the facts of 002 Annex 2. */
  summary: Localized
  /** Paragraphs (English) in our own words carrying the facts of 002 Annex 2. */
  description: string[]
  /** Questions the community discusses under this theme (facts from 002 Annex 2). */
  keyQuestions: string[]
  /** True for exactly one theme: the CoP's current special thematic focus. */
  isSpecialFocus?: boolean
  order: number
  source: SourceRef
}

export type Region =
  | 'south-east-asia'
  | 'east-asia'
  | 'south-asia'
  | 'pacific'
  | 'central-asia'
  | 'arab-states'
  | 'europe'
  | 'africa'
  | 'americas'

export type Convention = 'C87' | 'C97' | 'C98' | 'C143' | 'C181' | 'C189'

export interface SeedRatification {
  convention: Convention
  status: 'ratified' | 'not-ratified' | 'denounced'
  /** Year of ratification where the document gives it. */
  year?: number
  /** For example "only Sabah" or "excluding Annexes I to III". */
  note?: string
}

export interface SeedNationalLaw {
  /** Name of the law as the document gives it, e.g. "Law on Trade Unions (2016)". */
  title: string
  year?: number
  /** May migrant workers join / form / hold office in a union under this law? null = not stated. */
  mayJoin: boolean | null
  mayForm: boolean | null
  mayHoldOffice: boolean | null
  /** Short factual note in our own words. */
  note?: string
}

export interface SeedCountry {
  /** ISO 3166-1 alpha-2, upper case. */
  iso: string
  name: Localized
  region: Region
  role: 'origin' | 'destination' | 'origin-and-destination'
  /** Two to four sentences of facts about the country's labour migration, in our own words. */
  profile: string
  /** Only conventions the documents state; omit the rest. */
  ratifications: SeedRatification[]
  nationalLaws: SeedNationalLaw[]
  sources: SourceRef[]
}

export type IndicatorCode =
  | 'migrant-workers' // international migrant workers (ILO estimates)
  | 'remittance-inflows' // remittances received
  | 'remittance-outflows'
  | 'migrant-stock'
  | 'workers-deployed' // outflow of workers in a year
  | 'workers-abroad'

export interface SeedStatistic {
  indicator: IndicatorCode
  /** Exactly one of country (ISO) or region. */
  country?: string
  /** ILO groupings of the statistics, e.g. 'south-east-asia-pacific' for 004 Table 1. */
  region?: Region | 'world' | 'asia-pacific' | 'south-east-asia-pacific'
  year: number
  sex: 'total' | 'male' | 'female'
  /** The value exactly as the source gives it, in `unit`. */
  value: number
  unit:
    | 'millions of persons'
    | 'persons'
    | 'USD millions'
    | 'USD billions'
    | 'percent of GDP'
    | 'percent'
  source: SourceRef
}

export interface SeedProject {
  /** Stable key, e.g. the ILO project code or a short acronym: "TRIANGLE-ASEAN". */
  code: string
  title: string
  acronym?: string
  startYear?: number
  endYear?: number
  status: 'completed' | 'ongoing' | 'planned'
  /** ISO codes of the countries covered. */
  countries: string[]
  regions?: Region[]
  themes: ThemeSlug[]
  partners: string[]
  donors: string[]
  /** Facts in our own words: aims, main outputs. */
  summary: string
  source: SourceRef
}

export type ResourceKind = 'publication' | 'tool' | 'manual' | 'training' | 'policy' | 'data'

export interface SeedEdition {
  language: EditionLanguage
  title: string
  /** One or two sentences in English describing the edition. */
  summary: string
  /** Only a URL the documents themselves print. */
  externalUrl?: string
}

export interface SeedResource {
  slug: string
  kind: ResourceKind
  themes: ThemeSlug[]
  countries: string[]
  publisher: string
  /** Whether the publisher is the ILO (vs a partner). */
  isIloPublication: boolean
  year?: number
  visibility: 'public' | 'members'
  /** Project code (SeedProject.code) that produced it, if any. */
  project?: string
  editions: SeedEdition[]
  source: SourceRef
}

export type ClientService =
  'counselling' | 'legal-aid' | 'information-education' | 'networking' | 'union-membership'

export interface SeedResourceCentre {
  name: string
  /** The organisation running it (trade union, NGO, government office), as the document names it. */
  operator: string
  country: string
  /** City, province or district. */
  place: string
  modality: 'physical' | 'mobile' | 'virtual'
  services: ClientService[]
  /** Supporting programme, e.g. "TRIANGLE in ASEAN" or "Safe and Fair". */
  programme?: string
  source: SourceRef
}

export interface SeedOrganisation {
  name: string
  acronym?: string
  kind:
    | 'ilo'
    | 'un'
    | 'government'
    | 'trade-union'
    | 'employers'
    | 'civil-society'
    | 'academic'
    | 'donor'
    | 'regional-body'
    | 'other'
  country?: string
  source: SourceRef
}

export interface SeedNews {
  slug: string
  title: string
  /** ISO date (YYYY-MM-DD) of the fact reported, as the document dates it. */
  date: string
  kind: 'country-news' | 'regional-dialogue' | 'project-update'
  countries: string[]
  themes: ThemeSlug[]
  summary: string
  /** Paragraphs in our own words. */
  body: string[]
  project?: string
  source: SourceRef
}

export interface SeedEvent {
  slug: string
  title: string
  /** ISO local date-time in the event's own time zone, e.g. "2008-09-22T09:00". */
  start: string
  end: string
  timeZone: string
  kind: 'training' | 'meeting' | 'webinar' | 'dialogue'
  mode: 'in-person' | 'online' | 'hybrid'
  place?: string
  /** ISO code; omit for regional events. */
  country?: string
  isRegional: boolean
  themes: ThemeSlug[]
  summary: string
  project?: string
  source: SourceRef
}
