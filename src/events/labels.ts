import type { EventKind, EventMode } from './kinds'
import type { UiKey } from '@/i18n/ui'

/** Interface-string keys for an event's kind and format. */
export const KIND_LABEL: Record<EventKind, UiKey> = {
  training: 'eventKindTraining',
  meeting: 'eventKindMeeting',
  webinar: 'eventKindWebinar',
  dialogue: 'eventKindDialogue',
}

export const MODE_LABEL: Record<EventMode, UiKey> = {
  'in-person': 'eventModeInPerson',
  online: 'eventModeOnline',
  hybrid: 'eventModeHybrid',
}
