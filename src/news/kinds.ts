import type { UiKey } from '@/i18n/ui'
import { isOneOf, selectOptions } from '@/fields/options'

/** The kinds of news item, in the order the filters list them. */
export const NEWS_KINDS = ['country-news', 'regional-dialogue', 'project-update'] as const
export type NewsKind = (typeof NEWS_KINDS)[number]
export const isNewsKind = isOneOf(NEWS_KINDS)

export const NEWS_KIND_OPTIONS = selectOptions(NEWS_KINDS, {
  'country-news': 'Country news',
  'regional-dialogue': 'Regional dialogue',
  'project-update': 'Project update',
})

/** Interface-string keys for each kind. */
export const NEWS_KIND_LABELS: Record<NewsKind, UiKey> = {
  'country-news': 'newsKindCountry',
  'regional-dialogue': 'newsKindRegional',
  'project-update': 'newsKindProject',
}
