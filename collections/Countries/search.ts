import { inLocale, workSearch } from '@/search/documents'

/** What the country pages give search: each country's name and profile, in every locale it has them. */
export const countriesSearch = workSearch({
  collection: 'countries',
  inLanguage: (doc, locale) => ({
    title: inLocale(doc.name, locale),
    summary: '',
    body: inLocale(doc.profile, locale),
  }),
  // A country page is found under its own country.
  facets: (doc) => ({ themes: [], countries: [doc.iso], kind: null, year: null, date: null }),
  path: (doc) => `/countries/${doc.iso.toLowerCase()}`,
})
