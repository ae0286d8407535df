import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Theme } from '@/payload-types'
import { inLocale, THEME_LABEL, workSearch } from '@/search/documents'
import { queueIndexing } from '@/search/hooks'
import { SEARCH_QUEUE } from '@/search/queue'

/**
 * What the themes give search: each theme in every locale it has its own title in, its summary
 * under the title, and its description and key questions as its text. Themes are public and
 * have no drafts. A theme page is found under its own theme, as a country page under its country.
 */
export const themesSearch = workSearch({
  collection: 'themes',
  inLanguage: (doc, locale) => ({
    title: inLocale(doc.title, locale),
    summary: inLocale(doc.summary, locale),
    body: [
      inLocale(doc.description, locale),
      ...(doc.keyQuestions ?? []).map((entry) => inLocale(entry.question, locale)),
    ]
      .filter(Boolean)
      .join('\n'),
  }),
  facets: (doc) => ({ themes: [doc.slug], countries: [], kind: null, year: null, date: null }),
  path: (doc) => `/themes/${doc.slug}`,
})

/**
 * A theme's own search document follows every change to it. The works it labels carry its slug
 * (their `themes` facet), so a new slug, or its deletion, queues one job that re-indexes them
 * all (src/search/relabel.ts). Its title is not in their documents: the search page reads theme
 * titles from the database, so a renamed theme needs nothing more.
 */
export const queueThemeIndexing: CollectionAfterChangeHook<Theme> &
  CollectionAfterDeleteHook<Theme> = async (args) => {
  const { doc, req } = args
  if (req.context?.skipSearchSync) return doc
  await queueIndexing(args as Parameters<typeof queueIndexing>[0])
  // The slug the works were indexed with, when they need indexing again: it changed, or the
  // theme is gone (an afterDelete hook has no operation).
  const before = 'operation' in args ? args.previousDoc : undefined
  const formerSlug = !('operation' in args)
    ? doc[THEME_LABEL]
    : args.operation === 'update' && before && before[THEME_LABEL] !== doc[THEME_LABEL]
      ? before[THEME_LABEL]
      : undefined
  if (!formerSlug) return doc
  await req.payload.jobs.queue({
    task: 'syncLabelledWorks',
    input: { theme: String(doc.id), slug: formerSlug },
    queue: SEARCH_QUEUE,
    req,
  })
  return doc
}
