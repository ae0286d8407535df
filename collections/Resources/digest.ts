import { relationIds, type DigestSource } from '@/following/descriptor'

/** A new work in the library: members-only ones too (their titles are for every reader). */
export const resourcesInDigests: DigestSource = {
  collection: 'resources',
  kind: 'followKindResource',
  newSince: 'firstPublishedAt',
  select: { title: true, slug: true, themes: true, countries: true },
  toItem: (doc) => ({
    titles: doc.title ?? {},
    path: `/library/${doc.slug}`,
    themes: relationIds(doc.themes),
    countries: relationIds(doc.countries),
  }),
}
