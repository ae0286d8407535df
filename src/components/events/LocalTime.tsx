'use client'

import { useSyncExternalStore } from 'react'

const subscribe = () => () => undefined

/**
 * An event's time in the reader's own time zone, which only the browser knows. The server
 * renders nothing (the page already shows the time in the event's zone); after hydration this
 * formats the range with the browser's Intl in the visitor's language.
 */
export function LocalTime({
  start,
  end,
  locale,
  label,
}: {
  start: string
  end: string
  locale: string
  label: string
}) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  if (!inBrowser) return null
  const [from, to] = [new Date(start), new Date(end)]
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' })
  const zone = new Intl.DateTimeFormat(locale, { timeZoneName: 'long' })
    .formatToParts(from)
    .find((part) => part.type === 'timeZoneName')?.value
  return (
    <p className="event-local-time">
      {label}:{' '}
      <time dateTime={start}>{to > from ? format.formatRange(from, to) : format.format(from)}</time>
      {zone ? ` (${zone})` : null}
    </p>
  )
}
