import type { SeedStatistic } from './types'

/**
 * Figures carried exactly as printed in the source documents.
 *
 * (a) 004 Table 1, "Estimates of international migrant workers, by gender in South-East Asia and
 *     the Pacific and in the Arab States, 2019" (source: ILO 2021a), plus the world figures in the
 *     introduction just above it. Columns "Women" -> sex 'female', "Men" -> sex 'male'.
 *     The Region type has no "South-East Asia and the Pacific"; 'south-east-asia' is the nearest
 *     value (the figures cover the Pacific too).
 * (b) 001 "Using remittances": 2006 remittances received (source cited there: World Bank). The bar
 *     chart "Top remittance-receiving countries in Asia and the Pacific 2006 (US$ billion)" lost
 *     its values in PDF extraction (only the label "Nepal" survives), so only the figures printed
 *     in the text are used.
 * (c) No other country figures are tabulated in the documents: the chart "Proportion of females
 *     among outgoing workers, 2006-2007" (001) also lost its values, and the remaining numbers are
 *     untabulated estimates without a year or case counts, so none are added.
 */

const table1 = { document: '004', locator: 'Table 1' } as const
const intro004 = { document: '004', locator: 'section 1 (Introduction), p. 1' } as const
const remit001 = { document: '001', locator: 'section "Using remittances"' } as const

export const statistics: SeedStatistic[] = [
  // (a) 004 Table 1: South-East Asia and the Pacific, 2019.
  // Printed total 12.1 differs from women + men (5.6 + 6.6 = 12.2), a rounding effect in the
  // source; the printed numbers are kept as they are.
  {
    indicator: 'migrant-workers',
    region: 'south-east-asia-pacific',
    year: 2019,
    sex: 'total',
    value: 12.1,
    unit: 'millions of persons',
    source: table1,
  },
  {
    indicator: 'migrant-workers',
    region: 'south-east-asia-pacific',
    year: 2019,
    sex: 'female',
    value: 5.6,
    unit: 'millions of persons',
    source: table1,
  },
  {
    indicator: 'migrant-workers',
    region: 'south-east-asia-pacific',
    year: 2019,
    sex: 'male',
    value: 6.6,
    unit: 'millions of persons',
    source: table1,
  },

  // (a) 004 Table 1: Arab States, 2019 (4.2 + 19.9 = 24.1, consistent).
  {
    indicator: 'migrant-workers',
    region: 'arab-states',
    year: 2019,
    sex: 'total',
    value: 24.1,
    unit: 'millions of persons',
    source: table1,
  },
  {
    indicator: 'migrant-workers',
    region: 'arab-states',
    year: 2019,
    sex: 'female',
    value: 4.2,
    unit: 'millions of persons',
    source: table1,
  },
  {
    indicator: 'migrant-workers',
    region: 'arab-states',
    year: 2019,
    sex: 'male',
    value: 19.9,
    unit: 'millions of persons',
    source: table1,
  },

  // (a) 004 introduction: world, "as of 2019" (99 + 70 = 169, consistent).
  {
    indicator: 'migrant-workers',
    region: 'world',
    year: 2019,
    sex: 'total',
    value: 169,
    unit: 'millions of persons',
    source: intro004,
  },
  {
    indicator: 'migrant-workers',
    region: 'world',
    year: 2019,
    sex: 'male',
    value: 99,
    unit: 'millions of persons',
    source: intro004,
  },
  {
    indicator: 'migrant-workers',
    region: 'world',
    year: 2019,
    sex: 'female',
    value: 70,
    unit: 'millions of persons',
    source: intro004,
  },

  // (b) 001: remittances received in 2006.
  // The text says the region's labour-origin countries together received "more than US$61
  // billion"; the type cannot express "more than", so 61 is stored as a lower bound.
  {
    indicator: 'remittance-inflows',
    region: 'asia-pacific',
    year: 2006,
    sex: 'total',
    value: 61,
    unit: 'USD billions',
    source: remit001,
  },
  {
    indicator: 'remittance-inflows',
    country: 'IN',
    year: 2006,
    sex: 'total',
    value: 25,
    unit: 'USD billions',
    source: remit001,
  },
  {
    indicator: 'remittance-inflows',
    country: 'PH',
    year: 2006,
    sex: 'total',
    value: 15,
    unit: 'USD billions',
    source: remit001,
  },
]
