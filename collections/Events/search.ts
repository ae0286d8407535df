import { inLocale, mapIds, timeOf, workSearch, yearOf } from '@/search/documents'

/** What the calendar gives search: each event in every locale it is written in, dated by its start. */
export const eventsSearch = workSearch({
  collection: 'events',
  themeField: 'themes',
  inLanguage: (doc, locale) => ({
    title: inLocale(doc.title, locale),
    summary: inLocale(doc.summary, locale),
    body: inLocale(doc.description, locale),
  }),
  facets: (doc, lookups) => ({
    themes: mapIds(doc.themes, lookups.themes),
    // One country, or none for a regional event.
    countries: mapIds(doc.country, lookups.countries),
    kind: doc.kind ?? null,
    year: yearOf(doc.start),
    date: timeOf(doc.start),
  }),
  path: (doc) => `/events/${doc.slug}`,
})
