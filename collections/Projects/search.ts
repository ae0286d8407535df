import { inLocale, mapIds, workSearch } from '@/search/documents'

/**
 * What the projects give search: each project in every locale it has its own title in, with its
 * partners and donors as its text (their names are not translated), from the year it started.
 */
export const projectsSearch = workSearch({
  collection: 'projects',
  themeField: 'themes',
  inLanguage: (doc, locale) => ({
    title: inLocale(doc.title, locale),
    summary: inLocale(doc.summary, locale),
    body: [...(doc.partners ?? []), ...(doc.donors ?? [])].join(', '),
  }),
  facets: (doc, lookups) => ({
    themes: mapIds(doc.themes, lookups.themes),
    countries: mapIds(doc.countries, lookups.countries),
    kind: null,
    year: doc.startYear ?? null,
    date: null,
  }),
  path: (doc) => `/projects/${doc.code.toLowerCase()}`,
})
