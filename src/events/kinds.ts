import { isOneOf, selectOptions } from '@/fields/options'

/** The kinds of event, in the order filters list them. Kept apart from src/data so pure code can use it. */
export const EVENT_KINDS = ['training', 'meeting', 'webinar', 'dialogue'] as const
export type EventKind = (typeof EVENT_KINDS)[number]
export const isEventKind = isOneOf(EVENT_KINDS)
export const EVENT_KIND_OPTIONS = selectOptions(EVENT_KINDS, {
  training: 'Training',
  meeting: 'Meeting',
  webinar: 'Webinar',
  dialogue: 'Dialogue',
})

/** How people take part. */
export const EVENT_MODES = ['in-person', 'online', 'hybrid'] as const
export type EventMode = (typeof EVENT_MODES)[number]
export const EVENT_MODE_OPTIONS = selectOptions(EVENT_MODES, {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
})
