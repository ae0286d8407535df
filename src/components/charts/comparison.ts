import type { Observation } from '@/data/statistics'
import type { Locale } from '@/i18n/languages'
import { nameIn, UNIT_NAMES } from '@/i18n/strings/countries'
import { translate } from '@/i18n/ui'

const SEX_ORDER = ['total', 'female', 'male'] as const

/** Figures exactly as the source gives them: Latin digits, no rounding, no grouping changes. */
export const formatValue = (value: number) => String(value)

export type ComparisonTable = {
  columns: string[]
  rows: string[][]
  areas: { area: string; bars: { sex: string; label: string; value: number }[] }[]
  unit: string
}

/**
 * One table behind the chart, the accessible table beside it and the CSV download, so all three
 * show exactly the same figures.
 */
export function comparisonTable({
  observations,
  locale,
}: {
  observations: Observation[]
  locale: Locale
}): ComparisonTable {
  const byArea = new Map<string, Observation[]>()
  for (const observation of observations) {
    if (!byArea.has(observation.areaKey)) byArea.set(observation.areaKey, [])
    byArea.get(observation.areaKey)!.push(observation)
  }
  const areas = [...byArea.values()].map((rows) => ({
    area: rows[0].area,
    bars: SEX_ORDER.flatMap((sex) => rows.filter((row) => row.sex === sex)).map((row) => ({
      sex: row.sex,
      label: translate(locale, row.sex),
      value: row.value,
    })),
  }))
  const columns = [
    translate(locale, 'area'),
    translate(locale, 'sex'),
    translate(locale, 'value'),
    translate(locale, 'unit'),
    translate(locale, 'source'),
  ]
  const rows = [...byArea.values()].flatMap((group) =>
    SEX_ORDER.flatMap((sex) => group.filter((row) => row.sex === sex)).map((row) => [
      row.area,
      translate(locale, row.sex),
      formatValue(row.value),
      nameIn(UNIT_NAMES, row.unit, locale),
      row.source,
    ]),
  )
  return {
    columns,
    rows,
    areas,
    unit: observations[0] ? nameIn(UNIT_NAMES, observations[0].unit, locale) : '',
  }
}
