import { inLocale, mapIds, workSearch } from '@/search/documents'

/**
 * What the Migrant Worker Resource Centres give search: each centre's name in every locale it
 * has one, who runs it and where as the line under its name, and how to reach it as its text.
 */
export const resourceCentresSearch = workSearch({
  collection: 'resource-centres',
  inLanguage: (doc, locale) => ({
    title: inLocale(doc.name, locale),
    summary: [doc.operator, inLocale(doc.place, locale)].filter(Boolean).join(' · '),
    body: inLocale(doc.contact, locale),
  }),
  facets: (doc, lookups) => ({
    themes: [],
    countries: mapIds(doc.country, lookups.countries),
    // Physical office, mobile or virtual.
    kind: doc.modality ?? null,
    year: null,
    date: null,
  }),
  path: (doc) => `/resource-centres/${doc.slug}`,
})
