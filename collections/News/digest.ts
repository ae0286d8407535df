import { relationIds, type DigestSource } from '@/following/descriptor'

export const newsInDigests: DigestSource = {
  collection: 'news',
  kind: 'followKindNews',
  newSince: 'firstPublishedAt',
  select: { title: true, slug: true, themes: true, countries: true },
  toItem: (doc) => ({
    titles: doc.title ?? {},
    path: `/news/${doc.slug}`,
    themes: relationIds(doc.themes),
    countries: relationIds(doc.countries),
  }),
}
