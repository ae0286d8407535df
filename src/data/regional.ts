import type { Locale } from '@/i18n/languages'
import { nameIn, REGION_NAMES } from '@/i18n/strings/countries'
import type { User } from '@/payload-types'

import { listEvents } from './events'
import { listNews } from './news'
import { listThemes } from './themes'
import {
  compareAreas,
  listIndicatorYears,
  type IndicatorYear,
  type Observation,
} from './statistics'

export type Comparison = {
  choices: IndicatorYear[]
  chosen: IndicatorYear | null
  observations: Observation[]
}

/**
 * The regional comparison for the chosen indicator and year; an unknown choice falls back to the
 * newest figures, so a shared or mistyped link still shows something true.
 */
export async function regionalComparison({
  user,
  locale,
  indicator,
  year,
}: {
  user: User | null
  locale: Locale
  indicator?: string
  year?: string
}): Promise<Comparison> {
  const choices = await listIndicatorYears({ user, locale })
  // The year list belongs to the previous indicator when a person switches indicator: keep the
  // indicator and take its newest year.
  const chosen =
    choices.find((choice) => choice.indicator === indicator && String(choice.year) === year) ??
    choices.find((choice) => choice.indicator === indicator) ??
    choices[0] ??
    null
  if (!chosen) return { choices, chosen, observations: [] }
  const observations = await compareAreas({
    user,
    locale,
    ...chosen,
    regionName: (region) => nameIn(REGION_NAMES, region, locale),
  })
  return { choices, chosen, observations }
}

/**
 * The regional side of the overview: the training calendar (upcoming regional trainings, or the
 * latest when none is scheduled), regional dialogues, project reports and the special focus.
 */
export async function regionalActivity({ user, locale }: { user: User | null; locale: Locale }) {
  const [upcoming, dialogues, reports, themes] = await Promise.all([
    listEvents({ user, locale, kind: 'training', from: new Date(), limit: 5 }),
    listNews({ user, locale, kind: 'regional-dialogue', limit: 3 }),
    listNews({ user, locale, kind: 'project-update', limit: 3 }),
    listThemes({ user, locale }),
  ])
  const training = upcoming.events.length
    ? upcoming
    : await listEvents({ user, locale, kind: 'training', order: 'latest', limit: 5 })
  return {
    training: training.events,
    dialogues: dialogues.docs,
    reports: reports.docs,
    focus: themes.find((theme) => theme.isSpecialFocus) ?? null,
  }
}
