import { inLocale, mapIds, workSearch } from '@/search/documents'

/**
 * What the library gives search: each work in every locale it has its own title in, and each
 * edition (the same work published in another language, with its own title and summary), so a
 * reader finds it in the language they type. Members-only works are found by members only.
 */
export const resourcesSearch = workSearch({
  collection: 'resources',
  themeField: 'themes',
  inLanguage: (doc, locale) => ({
    title: inLocale(doc.title, locale),
    summary: inLocale(doc.summary, locale),
    body: inLocale(doc.description, locale),
  }),
  editions: (doc) =>
    (doc.editions ?? []).map((edition) => ({
      key: `${edition.language}-edition`,
      language: edition.language,
      title: edition.title ?? '',
      summary: edition.summary ?? '',
      body: '',
    })),
  facets: (doc, lookups) => ({
    themes: mapIds(doc.themes, lookups.themes),
    countries: mapIds(doc.countries, lookups.countries),
    kind: doc.kind ?? null,
    year: doc.year ?? null,
    date: null,
  }),
  path: (doc) => `/library/${doc.slug}`,
  visibility: (doc) => (doc.visibility === 'members' ? 'members' : 'public'),
})
