import { describe, expect, it } from 'vitest'

import { zonedInstant } from '@/submissions/form'

/** The event form's wall-clock times become instants in the event's own time zone. */
describe('zonedInstant', () => {
  it('should read a time in Yangon, half an hour off the hour', () => {
    expect(zonedInstant('2028-09-01T09:00', 'Asia/Yangon')).toBe('2028-09-01T02:30:00.000Z')
  })

  it('should follow summer time in Sydney on either side of its end', () => {
    expect(zonedInstant('2028-01-15T09:00', 'Australia/Sydney')).toBe('2028-01-14T22:00:00.000Z')
    expect(zonedInstant('2028-07-15T09:00', 'Australia/Sydney')).toBe('2028-07-14T23:00:00.000Z')
  })

  it('should hand back what is no such time, for the API to name the field', () => {
    expect(zonedInstant('', 'Asia/Bangkok')).toBe('')
    expect(zonedInstant('tomorrow', 'Asia/Bangkok')).toBe('tomorrow')
    expect(zonedInstant('2028-02-30T09:00', 'Asia/Bangkok')).toBe('2028-02-30T09:00')
    expect(zonedInstant('2028-06-10T09:00', 'Mars/Olympus')).toBe('2028-06-10T09:00')
  })
})
