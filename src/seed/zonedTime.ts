import { TZDate } from '@date-fns/tz'

/** "2008-09-22T09:00" in "Asia/Bangkok" → the UTC instant, as Payload stores dates. */
export function zonedToUtc(local: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!match) throw new Error(`Expected a local date-time like 2008-09-22T09:00, got "${local}"`)
  const [year, month, day, hour, minute] = match.slice(1).map(Number)
  const zoned = new TZDate(year, month - 1, day, hour, minute, timeZone)
  return new Date(zoned.getTime()).toISOString()
}
