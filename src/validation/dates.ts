/** `2026-03-05`, `2026-03-05T10:00`, `2026-03-05T10:00:00.000Z`, `2026-03-05T10:00:00+07:00`. */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A calendar date that exists, written the way the portal's clients send dates. `new Date()`
 * alone rolls `2026-02-30` over to 2 March and reads `nope` as an invalid date that later breaks
 * every read of the record, so both are refused here.
 */
export function isRealDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value.trim())
  if (!match) return false
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > daysInMonth) return false
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return false
  return !Number.isNaN(new Date(value).getTime())
}
