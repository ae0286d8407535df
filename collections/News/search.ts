import { inLocale, mapIds, timeOf, workSearch, yearOf } from '@/search/documents'

/** What the news gives search: each item in every locale it is written in, dated by its date. */
export const newsSearch = workSearch({
  collection: 'news',
  themeField: 'themes',
  inLanguage: (doc, locale) => ({
    title: inLocale(doc.title, locale),
    summary: inLocale(doc.summary, locale),
    body: inLocale(doc.body, locale),
  }),
  facets: (doc, lookups) => ({
    themes: mapIds(doc.themes, lookups.themes),
    countries: mapIds(doc.countries, lookups.countries),
    kind: doc.kind ?? null,
    year: yearOf(doc.date),
    date: timeOf(doc.date),
  }),
  path: (doc) => `/news/${doc.slug}`,
})
