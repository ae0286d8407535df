import type { Event } from '@/payload-types'

/** The kinds of event, in the order filters list them. Kept apart from src/data so pure code can use it. */
export const EVENT_KINDS = [
  'training',
  'meeting',
  'webinar',
  'dialogue',
] as const satisfies readonly Event['kind'][]
export type EventKind = Event['kind']
export const isEventKind = (value: unknown): value is EventKind =>
  typeof value === 'string' && (EVENT_KINDS as readonly string[]).includes(value)
