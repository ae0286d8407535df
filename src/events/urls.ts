import type { Locale } from '@/i18n/languages'

export { siteUrl } from '@/data/site'

export const eventPath = (locale: Locale, slug: string) =>
  `/${locale}/events/${encodeURIComponent(slug)}`
