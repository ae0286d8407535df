import { cachedRead } from './cache'
import { payloadClient } from './payload'

/** A public page, by its path after the locale, and when its content last changed. */
export type PublicPage = { path: string; lastModified?: string }

/** The section index pages a visitor reaches from the main navigation (the home page is ''). */
export const SECTION_PATHS = ['', '/themes', '/library', '/countries', '/regional-overview', '/events', '/news', '/projects', '/resource-centres'] as const

/**
 * Every page worth listing in the sitemap. Read as a visitor (`user: null`, access rules
 * applied), so drafts never appear; resources are also limited to public ones explicitly, since
 * a members-only work's page is not for search engines' indexes.
 */
export async function publicPages(): Promise<PublicPage[]> {
  return cachedRead(
    { user: null, key: ['publicPages'], tags: ['themes', 'resources', 'countries', 'news', 'events', 'projects', 'resource-centres'] },
    async () => {
      const payload = await payloadClient()
      const common = { pagination: false, limit: 0, depth: 0, user: null, overrideAccess: false } as const
      const [themes, resources, countries, news, events, projects, centres] = await Promise.all([
        payload.find({ collection: 'themes', ...common, sort: 'order', select: { slug: true, updatedAt: true } }),
        payload.find({
          collection: 'resources',
          ...common,
          where: { visibility: { equals: 'public' } },
          sort: 'slug',
          select: { slug: true, updatedAt: true, visibility: true },
        }),
        payload.find({ collection: 'countries', ...common, sort: 'iso', select: { iso: true, updatedAt: true } }),
        payload.find({ collection: 'news', ...common, sort: '-date', select: { slug: true, updatedAt: true } }),
        payload.find({ collection: 'events', ...common, sort: '-start', select: { slug: true, updatedAt: true } }),
        payload.find({ collection: 'projects', ...common, sort: 'code', select: { code: true, updatedAt: true } }),
        payload.find({ collection: 'resource-centres', ...common, sort: 'slug', select: { slug: true, updatedAt: true } }),
      ])
      return [
        ...SECTION_PATHS.map((path) => ({ path })),
        ...themes.docs.map((doc) => ({ path: `/themes/${doc.slug}`, lastModified: doc.updatedAt })),
        ...resources.docs
          .filter((doc) => doc.visibility === 'public')
          .map((doc) => ({ path: `/library/${doc.slug}`, lastModified: doc.updatedAt })),
        ...countries.docs.map((doc) => ({ path: `/countries/${doc.iso.toLowerCase()}`, lastModified: doc.updatedAt })),
        ...news.docs.map((doc) => ({ path: `/news/${doc.slug}`, lastModified: doc.updatedAt })),
        ...events.docs.map((doc) => ({ path: `/events/${doc.slug}`, lastModified: doc.updatedAt })),
        ...projects.docs.map((doc) => ({ path: `/projects/${encodeURIComponent(doc.code.toLowerCase())}`, lastModified: doc.updatedAt })),
        ...centres.docs.map((doc) => ({ path: `/resource-centres/${doc.slug}`, lastModified: doc.updatedAt })),
      ]
    },
  )
}
