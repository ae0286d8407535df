/**
 * What a cached read depends on: collection slugs, which the collections' hooks revalidate.
 * A module of its own, importing nothing, because the collections' hooks, the seed and the
 * revalidation endpoint need these names without the data layer (which loads Payload's config).
 */
const COLLECTION_TAGS = [
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

/**
 * Figures a cached page shows about collections no visitor reads: how many discussions each
 * theme has (`countDiscussions`), expired when a discussion is started, moved, merged or deleted
 * (`expireForumCounts`), not on every reply.
 */
const DERIVED_TAGS = ['forum-counts'] as const

/** The collections whose documents a cached page may show (rich text may link any of them). */
export const CONTENT_COLLECTION_TAGS: readonly string[] = COLLECTION_TAGS
export const CONTENT_TAGS = [...COLLECTION_TAGS, ...DERIVED_TAGS] as const
export type ContentTag = (typeof CONTENT_TAGS)[number]
export const isContentTag = (value: unknown): value is ContentTag =>
  typeof value === 'string' && (CONTENT_TAGS as readonly string[]).includes(value)
