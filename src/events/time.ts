import { TZDate } from '@date-fns/tz'

import type { Locale } from '@/i18n/languages'

/**
 * Where "today" is for the month calendar, which the server draws before it knows the reader's
 * zone: the regional office in Bangkok, the community's home. Event times themselves are always
 * shown in each event's own zone (and in the reader's, on the event page).
 */
export const PORTAL_TIME_ZONE = 'Asia/Bangkok'

export type YearMonth = { year: number; month: number }

const pad = (value: number) => String(value).padStart(2, '0')

/** "2026-12-09" for the calendar day an instant falls on in a zone. */
export function dayKeyIn(instant: Date | string, timeZone: string): string {
  const zoned = new TZDate(new Date(instant).getTime(), timeZone)
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`
}

export const monthKey = ({ year, month }: YearMonth) => `${year}-${pad(month)}`

/** "2026-12" → { year: 2026, month: 12 }; anything else → null. */
export function parseMonth(value: string | undefined): YearMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '')
  if (!match) return null
  const [year, month] = [Number(match[1]), Number(match[2])]
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 ? { year, month } : null
}

export function shiftMonth({ year, month }: YearMonth, by: number): YearMonth {
  const index = year * 12 + (month - 1) + by
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

export function monthOf(instant: Date, timeZone = PORTAL_TIME_ZONE): YearMonth {
  const [year, month] = dayKeyIn(instant, timeZone).split('-').map(Number)
  return { year, month }
}

/**
 * The UTC window that holds every instant of a month in any zone (zones run from UTC-12 to
 * UTC+14), for querying events that the calendar then places on their local days.
 */
export function monthWindow({ year, month }: YearMonth): { from: Date; to: Date } {
  const hour = 3600_000
  return {
    from: new Date(Date.UTC(year, month - 1, 1) - 14 * hour),
    to: new Date(Date.UTC(year, month, 1) + 14 * hour),
  }
}

/** The local days an event covers in its own zone, first to last (at most 62). */
export function eventDayKeys({
  start,
  end,
  timeZone,
}: {
  start: string
  end: string
  timeZone: string
}): string[] {
  const first = dayKeyIn(start, timeZone)
  // An event ending exactly at midnight does not spill onto the next day.
  const last = dayKeyIn(
    new Date(Math.max(new Date(start).getTime(), new Date(end).getTime() - 1)),
    timeZone,
  )
  const keys = [first]
  let cursor = new Date(`${first}T12:00:00Z`)
  while (keys[keys.length - 1] < last && keys.length < 62) {
    cursor = new Date(cursor.getTime() + 86_400_000)
    keys.push(cursor.toISOString().slice(0, 10))
  }
  return keys
}

export type MonthCell<T> = { key: string; day: number; items: T[] }

/** Weeks (Monday first) of a month; days of the neighbouring months are null. */
export function monthWeeks<T>(
  month: YearMonth,
  items: T[],
  daysOf: (item: T) => string[],
): (MonthCell<T> | null)[][] {
  const daysInMonth = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate()
  const lead = (new Date(Date.UTC(month.year, month.month - 1, 1)).getUTCDay() + 6) % 7
  const cells: (MonthCell<T> | null)[] = Array.from({ length: lead }, () => null)
  const byDay = new Map<string, T[]>()
  for (const item of items) {
    for (const key of daysOf(item)) byDay.set(key, [...(byDay.get(key) ?? []), item])
  }
  for (let day = 1; day <= daysInMonth; day++) {
    const key = `${monthKey(month)}-${pad(day)}`
    cells.push({ key, day, items: byDay.get(key) ?? [] })
  }
  while (cells.length % 7 !== 0) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7))
}

/** Weekday names, Monday first, in the visitor's language: [short, long]. */
export function weekdayNames(locale: Locale): [string, string][] {
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' })
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(Date.UTC(2026, 0, 5 + index))
    return [short.format(date), long.format(date)]
  })
}

export function monthName(locale: Locale, { year, month }: YearMonth): string {
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 15)))
}

const zoneNamePart = (
  locale: Locale,
  instant: Date,
  timeZone: string,
  style: 'long' | 'shortOffset',
) =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value ?? timeZone

/** "GMT+6:30", in the visitor's language and digits. */
export const zoneOffset = (locale: Locale, instant: Date | string, timeZone: string) =>
  zoneNamePart(locale, new Date(instant), timeZone, 'shortOffset')

/** "Myanmar Time (GMT+6:30)", in the visitor's language, for the zone as it was at that instant. */
export function zoneLabel(locale: Locale, instant: Date | string, timeZone: string): string {
  const date = new Date(instant)
  const name = zoneNamePart(locale, date, timeZone, 'long')
  const offset = zoneNamePart(locale, date, timeZone, 'shortOffset')
  return name === offset ? name : `${name} (${offset})`
}

/** "Wednesday 9 December 2026, 14:00 – 16:00" in the event's zone, in the visitor's language. */
export function formatEventRange(
  locale: Locale,
  { start, end, timeZone }: { start: string; end: string; timeZone: string },
  style: 'full' | 'medium' = 'full',
): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeStyle: 'short', timeZone })
  const [from, to] = [new Date(start), new Date(end)]
  return to > from ? format.formatRange(from, to) : format.format(from)
}

/** "14:00" in the event's zone. */
export function formatTime(locale: Locale, instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(instant))
}
