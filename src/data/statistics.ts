import type { Locale } from '@/i18n/languages'
import type { Statistic, User } from '@/payload-types'

import { cachedRead } from './cache'

export type Observation = {
  area: string
  /** 'country:TH' or 'region:arab-states' */
  areaKey: string
  sex: 'total' | 'female' | 'male'
  value: number
  unit: string
  source: string
}

export type IndicatorYear = { indicator: string; year: number }

async function findStatistics({
  user,
  locale,
  where,
}: {
  user: User | null
  locale: Locale
  where: Record<string, unknown>
}) {
  return cachedRead({ user, key: ['findStatistics', locale, where] }, async (payload) => {
    const { docs } = await payload.find({
      collection: 'statistics',
      where: where as never,
      locale,
      fallbackLocale: 'en',
      depth: 1,
      limit: 0,
      pagination: false,
      sort: 'key',
      user,
      overrideAccess: false,
    })
    return docs
  })
}

const toObservation = (doc: Statistic, regionName: (region: string) => string): Observation => {
  const country = typeof doc.country === 'object' && doc.country ? doc.country : null
  return {
    area: country ? (country.name ?? country.iso) : regionName(doc.region ?? ''),
    areaKey: country ? `country:${country.iso}` : `region:${doc.region}`,
    sex: doc.sex,
    value: doc.value,
    unit: doc.unit,
    source: doc.source ?? '',
  }
}

/** Which indicator and year combinations have figures, newest first, for the overview's choices. */
export async function listIndicatorYears({
  user,
  locale,
}: {
  user: User | null
  locale: Locale
}): Promise<IndicatorYear[]> {
  const docs = await findStatistics({ user, locale, where: {} })
  const seen = new Map<string, IndicatorYear>()
  for (const doc of docs)
    seen.set(`${doc.indicator}|${doc.year}`, { indicator: doc.indicator, year: doc.year })
  return [...seen.values()].sort(
    (a, b) => b.year - a.year || a.indicator.localeCompare(b.indicator),
  )
}

/** Every figure of one indicator and year, across countries and regions: the cross-country comparison. */
export async function compareAreas({
  user,
  locale,
  indicator,
  year,
  regionName,
}: {
  user: User | null
  locale: Locale
  indicator: string
  year: number
  regionName: (region: string) => string
}): Promise<Observation[]> {
  const docs = await findStatistics({
    user,
    locale,
    where: { and: [{ indicator: { equals: indicator } }, { year: { equals: year } }] },
  })
  return docs.map((doc) => toObservation(doc, regionName))
}

/** A country's figures, grouped by indicator and year for its charts. */
export async function countryStatistics({
  user,
  locale,
  countryId,
}: {
  user: User | null
  locale: Locale
  countryId: number
}) {
  const docs = await findStatistics({ user, locale, where: { country: { equals: countryId } } })
  const groups = new Map<string, { indicator: string; year: number; rows: Statistic[] }>()
  for (const doc of docs) {
    const key = `${doc.indicator}|${doc.year}`
    if (!groups.has(key)) groups.set(key, { indicator: doc.indicator, year: doc.year, rows: [] })
    groups.get(key)!.rows.push(doc)
  }
  return [...groups.values()]
}
