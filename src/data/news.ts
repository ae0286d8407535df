import type { Where } from 'payload'

import type { Locale } from '@/i18n/languages'
import type { News, User } from '@/payload-types'

import { documentBySlug } from './bySlug'
import { cachedRead } from './cache'
import { relationId } from '@/fields/relationId'
import { withLanguages, type InLanguages } from './translations'

export { NEWS_KINDS, type NewsKind } from '@/news/kinds'
import type { NewsKind } from '@/news/kinds'
export const NEWS_PAGE_SIZE = 10

type Id = number | string

/** Which news to list. Every filter is optional, so home, country, theme and project pages share it. */
export type NewsFilters = {
  kind?: NewsKind
  countryId?: Id
  themeId?: Id
  projectId?: Id
  /** Leave this item out (an article's own page listing its related news). */
  excludeId?: Id
}

export function newsWhere({
  kind,
  countryId,
  themeId,
  projectId,
  excludeId,
}: NewsFilters): Where | undefined {
  const conditions: Where[] = []
  if (kind) conditions.push({ kind: { equals: kind } })
  if (countryId !== undefined) conditions.push({ countries: { in: [countryId] } })
  if (themeId !== undefined) conditions.push({ themes: { in: [themeId] } })
  if (projectId !== undefined) conditions.push({ project: { equals: projectId } })
  if (excludeId !== undefined) conditions.push({ id: { not_equals: excludeId } })
  return conditions.length ? { and: conditions } : undefined
}

/** What a list shows of each item: no body, and only the names of what it links to. */
const LIST_SELECT = {
  title: true,
  slug: true,
  date: true,
  kind: true,
  summary: true,
  themes: true,
  countries: true,
  project: true,
} as const
const LIST_POPULATE = {
  themes: { title: true, slug: true },
  countries: { name: true, iso: true },
  projects: { title: true, code: true },
} as const

/** Published news the visitor may see, newest first, filtered and paginated, each with its title's language. */
export async function listNews({
  user,
  locale,
  page = 1,
  limit = NEWS_PAGE_SIZE,
  ...filters
}: NewsFilters & { user: User | null; locale: Locale; page?: number; limit?: number }) {
  const where = newsWhere(filters)
  return cachedRead({ user, key: ['listNews', locale, where, page, limit] }, async (payload) => {
    const result = await payload.find({
      collection: 'news',
      where,
      sort: ['-date', 'title'],
      page,
      limit,
      locale,
      fallbackLocale: 'en',
      depth: 1,
      select: LIST_SELECT,
      populate: LIST_POPULATE,
      user,
      overrideAccess: false,
    })
    const docs = await withLanguages(payload, {
      collection: 'news',
      locale,
      user,
      docs: result.docs,
      fields: ['title'],
    })
    return { ...result, docs }
  })
}

export type NewsListing = Awaited<ReturnType<typeof listNews>>
export type NewsListItem = NewsListing['docs'][number]

/**
 * One news item by its slug, with its body, if the visitor may see it (drafts stay hidden), and
 * the language of its title, summary and body: each may be translated on its own.
 */
export async function getNews({
  user,
  locale,
  slug,
}: {
  user: User | null
  locale: Locale
  slug: string
}): Promise<InLanguages<News, 'title' | 'summary' | 'body'> | null> {
  return documentBySlug({
    user,
    locale,
    collection: 'news',
    slug,
    populate: LIST_POPULATE,
    languagesOf: ['title', 'summary', 'body'],
  })
}

/** Other news sharing a theme or a country with this item, newest first, with their titles' language. */
export async function relatedNews({
  user,
  locale,
  news,
  limit = 3,
}: {
  user: User | null
  locale: Locale
  news: News
  limit?: number
}) {
  const themeIds = (news.themes ?? []).map(relationId)
  const countryIds = (news.countries ?? []).map(relationId)
  const shared: Where[] = []
  if (themeIds.length) shared.push({ themes: { in: themeIds } })
  if (countryIds.length) shared.push({ countries: { in: countryIds } })
  if (shared.length === 0) return []
  return cachedRead(
    { user, key: ['relatedNews', locale, news.id, themeIds, countryIds, limit] },
    async (payload) => {
      const { docs } = await payload.find({
        collection: 'news',
        where: { and: [{ id: { not_equals: news.id } }, { or: shared }] },
        sort: ['-date', 'title'],
        limit,
        locale,
        fallbackLocale: 'en',
        depth: 0,
        select: { title: true, slug: true, date: true, kind: true },
        user,
        overrideAccess: false,
      })
      return withLanguages(payload, { collection: 'news', locale, user, docs, fields: ['title'] })
    },
  )
}
