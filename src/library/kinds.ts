import type { UiKey } from '@/i18n/ui'
import { isOneOf, selectOptions } from '@/fields/options'

/** The kinds of work in the library, in the order the filters list them. */
export const RESOURCE_KINDS = [
  'publication',
  'tool',
  'manual',
  'training',
  'policy',
  'data',
] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]
export const isResourceKind = isOneOf(RESOURCE_KINDS)

export const RESOURCE_KIND_OPTIONS = selectOptions(RESOURCE_KINDS, {
  publication: 'Publication',
  tool: 'Tool',
  manual: 'Manual',
  training: 'Training material',
  policy: 'Policy document',
  data: 'Data',
})

/** Interface-string keys for each kind. */
export const RESOURCE_KIND_LABEL: Record<ResourceKind, UiKey> = {
  publication: 'kindPublication',
  tool: 'kindTool',
  manual: 'kindManual',
  training: 'kindTraining',
  policy: 'kindPolicy',
  data: 'kindData',
}
