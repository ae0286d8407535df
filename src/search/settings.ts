import type { Settings } from 'meilisearch'

import { WORD_SEPARATOR } from './text'

/** How far into a result list anyone can page (Meilisearch answers nothing beyond it). */
export const MAX_TOTAL_HITS = 10_000

/** Index settings live in code and are applied on start and on every rebuild. */
export const CONTENT_SETTINGS: Settings = {
  // Ranked: a title match beats a summary match beats the body.
  searchableAttributes: [
    'title',
    'title_th',
    'title_lo',
    'title_km',
    'title_my',
    'summary',
    'segmented_th',
    'segmented_lo',
    'segmented_km',
    'segmented_my',
    'body',
  ],
  filterableAttributes: [
    'workId',
    'revision',
    'type',
    'language',
    'languages',
    'themes',
    'countries',
    'kind',
    'year',
    'visibility',
    'status',
    'thaiWords',
    // Which code built a document (documents.ts SEARCH_SHAPE): an older shape is rebuilt on start.
    'shape',
  ],
  sortableAttributes: ['date', 'year', 'title'],
  displayedAttributes: [
    'id',
    'workId',
    'type',
    'language',
    'languages',
    'title',
    'summary',
    'body',
    'title_th',
    'title_lo',
    'title_km',
    'title_my',
    'segmented_th',
    'segmented_lo',
    'segmented_km',
    'segmented_my',
    'themes',
    'countries',
    'kind',
    'year',
    'date',
    'path',
    'visibility',
  ],
  distinctAttribute: 'workId',
  separatorTokens: [WORD_SEPARATOR],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    // Codes and acronyms must match exactly: C189 is not C181.
    disableOnAttributes: [],
    disableOnNumbers: true,
  },
  // The field's acronyms, both ways, so people find a tool by the name they know.
  synonyms: {
    mrc: ['migrant worker resource centre', 'migrant worker resource center'],
    'migrant worker resource centre': ['mrc'],
    eps: ['employment permit system'],
    'employment permit system': ['eps'],
    mou: ['memorandum of understanding'],
    'memorandum of understanding': ['mou'],
    tip: ['trafficking in persons'],
    'trafficking in persons': ['tip'],
    c189: ['domestic workers convention'],
    'domestic workers convention': ['c189'],
    c97: ['migration for employment convention'],
    c143: ['migrant workers supplementary provisions convention'],
    asean: ['association of southeast asian nations'],
    ilo: ['international labour organization'],
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  // The portal never searches within facet values; not building that structure makes every
  // indexing batch cheaper on a large index.
  facetSearch: false,
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  // Each script's segmented fields are tokenized in its language, as its queries are (see
  // queryLocales). Meilisearch 1.21 knows no Lao locale, so Lao relies on our ICU segmentation alone.
  localizedAttributes: [
    { attributePatterns: ['title_th', 'segmented_th'], locales: ['tha'] },
    { attributePatterns: ['title_km', 'segmented_km'], locales: ['khm'] },
    { attributePatterns: ['title_my', 'segmented_my'], locales: ['mya'] },
  ],
}

export const FACETS = ['type', 'themes', 'countries', 'languages', 'year'] as const
