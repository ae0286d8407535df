/**
 * What a cached read depends on: collection slugs, which the collections' hooks revalidate.
 * A module of its own, importing nothing, because the collections' hooks, the seed and the
 * revalidation endpoint need these names without the data layer (which loads Payload's config).
 */
export const CONTENT_TAGS = [
  'themes',
  'countries',
  'resources',
  'news',
  'events',
  'projects',
  'statistics',
  'resource-centres',
  'organisations',
  'media',
  // Facilitators' summaries made public on the theme pages (the forums are never cached).
  'discussion-summaries',
] as const
export type ContentTag = (typeof CONTENT_TAGS)[number]
export const isContentTag = (value: unknown): value is ContentTag =>
  typeof value === 'string' && (CONTENT_TAGS as readonly string[]).includes(value)
