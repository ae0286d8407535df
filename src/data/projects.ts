import type { Where } from 'payload'

import type { Locale } from '@/i18n/languages'
import type { Project, User } from '@/payload-types'

import { cachedRead } from './cache'
import { withCardLanguages } from './resources'
import { withLanguages, type InLanguages } from './translations'

export const PROJECT_STATUSES = [
  'planned',
  'ongoing',
  'completed',
] as const satisfies readonly Project['status'][]
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]
export const PROJECTS_PAGE_SIZE = 12

type Id = number | string

/** Which projects to list; every filter is optional so country and theme pages can share it. */
export type ProjectFilters = { status?: ProjectStatus; countryId?: Id; themeId?: Id }

export function projectsWhere({ status, countryId, themeId }: ProjectFilters): Where | undefined {
  const conditions: Where[] = []
  if (status) conditions.push({ status: { equals: status } })
  if (countryId !== undefined) conditions.push({ countries: { in: [countryId] } })
  if (themeId !== undefined) conditions.push({ themes: { in: [themeId] } })
  return conditions.length ? { and: conditions } : undefined
}

const POPULATE = {
  countries: { name: true, iso: true },
  themes: { title: true, slug: true },
} as const

/** Projects the visitor may see, newest first, filtered and paginated, each with its title's language. */
export async function listProjects({
  user,
  locale,
  page = 1,
  limit = PROJECTS_PAGE_SIZE,
  ...filters
}: ProjectFilters & { user: User | null; locale: Locale; page?: number; limit?: number }) {
  const where = projectsWhere(filters)
  return cachedRead(
    { user, key: ['listProjects', locale, where, page, limit] },
    async (payload) => {
      const result = await payload.find({
        collection: 'projects',
        where,
        sort: ['-startYear', 'title'],
        page,
        limit,
        locale,
        fallbackLocale: 'en',
        depth: 1,
        select: {
          title: true,
          code: true,
          acronym: true,
          summary: true,
          startYear: true,
          endYear: true,
          status: true,
          countries: true,
          regions: true,
        },
        populate: POPULATE,
        user,
        overrideAccess: false,
      })
      const docs = await withLanguages(payload, {
        collection: 'projects',
        locale,
        user,
        docs: result.docs,
        fields: ['title'],
      })
      return { ...result, docs }
    },
  )
}

export type ProjectListing = Awaited<ReturnType<typeof listProjects>>

/**
 * One project by its code as it appears in the address (lower-cased, see
 * collections/Projects/search.ts), with the language of its title and summary: each may be
 * translated on its own. Codes are stored as editors typed them, usually in capitals; an exact
 * match is tried first.
 */
export async function getProject({
  user,
  locale,
  code,
}: {
  user: User | null
  locale: Locale
  code: string
}): Promise<InLanguages<Project, 'title' | 'summary'> | null> {
  const wanted = code.trim()
  if (!wanted || wanted.length > 100) return null
  return cachedRead(
    { user, key: ['getProject', locale, wanted.toLowerCase()] },
    async (payload) => {
      const find = (where: Where) =>
        payload.find({
          collection: 'projects',
          where,
          limit: 10,
          locale,
          fallbackLocale: 'en',
          depth: 1,
          populate: POPULATE,
          user,
          overrideAccess: false,
        })
      const exact = await find({ code: { in: [wanted.toUpperCase(), wanted] } })
      const candidates = exact.docs.length
        ? exact.docs
        : (await find({ code: { like: wanted } })).docs
      const found = candidates.filter(
        (project) => project.code.toLowerCase() === wanted.toLowerCase(),
      )
      const [project] = await withLanguages(payload, {
        collection: 'projects',
        locale,
        user,
        docs: found.slice(0, 1),
        fields: ['title', 'summary'],
      })
      return project ?? null
    },
  )
}

/** News and resources that name this project, newest first, with their titles' language. */
export async function projectRelated({
  user,
  locale,
  projectId,
  limit = 6,
}: {
  user: User | null
  locale: Locale
  projectId: Id
  limit?: number
}) {
  return cachedRead(
    { user, key: ['projectRelated', locale, projectId, limit] },
    async (payload) => {
      const common = {
        where: { project: { equals: projectId } },
        limit,
        locale,
        fallbackLocale: 'en' as const,
        depth: 0,
        user,
        overrideAccess: false as const,
      }
      const [news, resources] = await Promise.all([
        payload
          .find({
            collection: 'news',
            ...common,
            sort: ['-date', 'title'],
            select: { title: true, slug: true, date: true, kind: true },
          })
          .then(({ docs }) =>
            withLanguages(payload, { collection: 'news', locale, user, docs, fields: ['title'] }),
          ),
        payload
          .find({
            collection: 'resources',
            ...common,
            sort: ['-year', 'title'],
            select: { title: true, slug: true, year: true, kind: true, visibility: true },
          })
          .then(({ docs }) => withCardLanguages(payload, { locale, user, docs })),
      ])
      return { news, resources }
    },
  )
}
