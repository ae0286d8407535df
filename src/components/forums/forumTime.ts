import type { Locale } from '@/i18n/languages'

/** A post's or a reply's time, in the reader's language (UTC, as the server does not know theirs). */
export const forumTime = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso))
