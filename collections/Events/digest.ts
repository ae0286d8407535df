import { relationIds, type DigestSource } from '@/following/descriptor'

/** An event is in one country, or regional (none). */
export const eventsInDigests: DigestSource = {
  collection: 'events',
  kind: 'followKindEvent',
  newSince: 'firstPublishedAt',
  select: { title: true, slug: true, themes: true, country: true },
  toItem: (doc) => ({
    titles: doc.title ?? {},
    path: `/events/${doc.slug}`,
    themes: relationIds(doc.themes),
    countries: relationIds(doc.country),
  }),
}
