import type { Payload } from 'payload'

import { slugify } from '@/fields/slug'

import { countries } from './data/countries'
import { events } from './data/events'
import { news } from './data/news'
import { organisations } from './data/organisations'
import { projects } from './data/projects'
import { resourceCentres } from './data/resourceCentres'
import { resources } from './data/resources'
import { statistics } from './data/statistics'
import { themes } from './data/themes'
import type { SeedEdition } from './data/types'
import { paragraphsToRichText } from './lexical'
import { cite } from './sources'
import { ensure, SEED_CONTEXT, translationsOf, type Tally } from './upsert'
import { zonedToUtc } from './zonedTime'

type Ids = Map<string, number | string>
type Step = {
  payload: Payload
  tally: Tally
  ids: Record<'themes' | 'countries' | 'projects' | 'organisations', Ids>
}

const pick = (map: Ids, keys: string[] = [], what: string) =>
  keys.flatMap((key) => {
    const id = map.get(key)
    if (id !== undefined) return [id]
    // Projects and organisations outside Asia-Pacific and the Arab States name countries the
    // portal has no profile for; their `regions` still say where they work.
    if (what === 'country') {
      unlinkedCountries.add(key)
      return []
    }
    throw new Error(`Seed data names an unknown ${what}: "${key}"`)
  })

/** Country codes the seed content mentions without a country profile to link to. */
export const unlinkedCountries = new Set<string>()
const one = (map: Ids, key: string | undefined, what: string) =>
  key ? pick(map, [key], what)[0] : undefined
const yesNo = (value: boolean | null) => (value === null ? 'not-stated' : value ? 'yes' : 'no')

/**
 * The documents print few addresses. Where an edition has none, it links to a search for its
 * title in Labordoc, the ILO library catalogue, rather than to an address we would have to guess.
 */
export function editionLink(edition: SeedEdition): string {
  if (edition.externalUrl) return edition.externalUrl
  const query = encodeURIComponent(`any,contains,${edition.title}`)
  return `https://labordoc.ilo.org/discovery/search?query=${query}&vid=41ILO_INST:41ILO_V2`
}

export const seedSteps: { collection: string; run: (step: Step) => Promise<void> }[] = [
  {
    collection: 'themes',
    run: async ({ payload, tally, ids }) => {
      for (const theme of themes) {
        const id = await ensure({
          payload,
          tally,
          collection: 'themes',
          where: { slug: { equals: theme.slug } },
          data: {
            title: theme.title.en,
            slug: theme.slug,
            summary: theme.summary.en,
            description: paragraphsToRichText(theme.description),
            keyQuestions: theme.keyQuestions.map((question) => ({ question })),
            isSpecialFocus: Boolean(theme.isSpecialFocus),
            order: theme.order,
            source: cite(theme.source),
          },
          translations: translationsOf({ title: theme.title, summary: theme.summary }),
        })
        ids.themes.set(theme.slug, id)
      }
    },
  },
  {
    collection: 'countries',
    run: async ({ payload, tally, ids }) => {
      for (const country of countries) {
        const id = await ensure({
          payload,
          tally,
          collection: 'countries',
          where: { iso: { equals: country.iso } },
          data: {
            name: country.name.en,
            iso: country.iso,
            region: country.region,
            role: country.role,
            profile: paragraphsToRichText([country.profile]),
            ratifications: country.ratifications.map((r) => ({ ...r })),
            nationalLaws: country.nationalLaws.map((law) => ({
              title: law.title,
              year: law.year,
              mayJoin: yesNo(law.mayJoin),
              mayForm: yesNo(law.mayForm),
              mayHoldOffice: yesNo(law.mayHoldOffice),
              note: law.note,
            })),
            source: country.sources.map(cite).join('; '),
          },
          translations: translationsOf({ name: country.name }),
        })
        ids.countries.set(country.iso, id)
      }
    },
  },
  {
    collection: 'organisations',
    run: async ({ payload, tally, ids }) => {
      for (const organisation of organisations) {
        const id = await ensure({
          payload,
          tally,
          collection: 'organisations',
          where: { name: { equals: organisation.name } },
          data: {
            name: organisation.name,
            acronym: organisation.acronym,
            kind: organisation.kind,
            country: one(ids.countries, organisation.country, 'country'),
            source: cite(organisation.source),
          },
        })
        ids.organisations.set(organisation.name, id)
      }
    },
  },
  {
    collection: 'projects',
    run: async ({ payload, tally, ids }) => {
      for (const project of projects) {
        const id = await ensure({
          payload,
          tally,
          collection: 'projects',
          where: { code: { equals: project.code } },
          data: {
            title: project.title,
            code: project.code,
            acronym: project.acronym,
            summary: project.summary,
            startYear: project.startYear,
            endYear: project.endYear,
            status: project.status,
            countries: pick(ids.countries, project.countries, 'country'),
            regions: project.regions ?? [],
            themes: pick(ids.themes, project.themes, 'theme'),
            partners: project.partners,
            donors: project.donors,
            source: cite(project.source),
          },
        })
        ids.projects.set(project.code, id)
      }
    },
  },
  {
    collection: 'resources',
    run: async ({ payload, tally, ids }) => {
      for (const resource of resources) {
        const english = resource.editions.find((e) => e.language === 'en') ?? resource.editions[0]
        const localisedTitles: Record<string, string> = {}
        for (const edition of resource.editions) localisedTitles[edition.language] = edition.title
        await ensure({
          payload,
          tally,
          collection: 'resources',
          where: { slug: { equals: resource.slug } },
          data: {
            title: english.title,
            slug: resource.slug,
            kind: resource.kind,
            summary: english.summary,
            editions: resource.editions.map((edition) => ({
              language: edition.language,
              title: edition.title,
              summary: edition.summary,
              externalUrl: editionLink(edition),
            })),
            visibility: resource.visibility,
            themes: pick(ids.themes, resource.themes, 'theme'),
            countries: pick(ids.countries, resource.countries, 'country'),
            publisher: resource.publisher,
            isIloPublication: resource.isIloPublication,
            year: resource.year,
            project: one(ids.projects, resource.project, 'project'),
            source: cite(resource.source),
            _status: 'published',
          },
          // A work's title in a locale is the title of its edition in that language, if any.
          translations: translationsOf({ title: { en: english.title, ...localisedTitles } }),
        })
      }
    },
  },
  {
    collection: 'news',
    run: async ({ payload, tally, ids }) => {
      for (const item of news) {
        await ensure({
          payload,
          tally,
          collection: 'news',
          where: { slug: { equals: item.slug } },
          data: {
            title: item.title,
            slug: item.slug,
            date: `${item.date}T00:00:00.000Z`,
            kind: item.kind,
            summary: item.summary,
            body: paragraphsToRichText(item.body),
            countries: pick(ids.countries, item.countries, 'country'),
            themes: pick(ids.themes, item.themes, 'theme'),
            project: one(ids.projects, item.project, 'project'),
            source: cite(item.source),
            _status: 'published',
          },
        })
      }
    },
  },
  {
    collection: 'events',
    run: async ({ payload, tally, ids }) => {
      for (const event of events) {
        await ensure({
          payload,
          tally,
          collection: 'events',
          where: { slug: { equals: event.slug } },
          data: {
            title: event.title,
            slug: event.slug,
            kind: event.kind,
            start: zonedToUtc(event.start, event.timeZone),
            start_tz: event.timeZone,
            end: zonedToUtc(event.end, event.timeZone),
            end_tz: event.timeZone,
            mode: event.mode,
            place: event.place,
            country: one(ids.countries, event.country, 'country'),
            isRegional: event.isRegional,
            themes: pick(ids.themes, event.themes, 'theme'),
            summary: event.summary,
            project: one(ids.projects, event.project, 'project'),
            source: cite(event.source),
            _status: 'published',
          },
        })
      }
    },
  },
  {
    collection: 'statistics',
    run: async ({ payload, tally, ids }) => {
      for (const figure of statistics) {
        const country = one(ids.countries, figure.country, 'country')
        const place = country !== undefined ? `country:${country}` : `region:${figure.region}`
        await ensure({
          payload,
          tally,
          collection: 'statistics',
          where: { key: { equals: [figure.indicator, place, figure.year, figure.sex].join('|') } },
          data: {
            indicator: figure.indicator,
            country,
            region: country === undefined ? figure.region : undefined,
            year: figure.year,
            sex: figure.sex,
            value: figure.value,
            unit: figure.unit,
            source: cite(figure.source),
          },
        })
      }
    },
  },
  {
    collection: 'resource-centres',
    run: async ({ payload, tally, ids }) => {
      for (const centre of resourceCentres) {
        const slug = slugify(`${centre.name} ${centre.country}`)
        await ensure({
          payload,
          tally,
          collection: 'resource-centres',
          where: { slug: { equals: slug } },
          data: {
            name: centre.name,
            slug,
            operator: centre.operator,
            organisation: ids.organisations.get(centre.operator),
            country: one(ids.countries, centre.country, 'country'),
            place: centre.place,
            modality: centre.modality,
            services: centre.services,
            programme: centre.programme,
            source: cite(centre.source),
          },
        })
      }
    },
  },
  {
    // Editorial defaults, set only where an editor has chosen nothing yet: each theme shows its
    // newest ILO publications first, and the home page features the newest works that exist in
    // the most languages.
    collection: 'curation',
    run: async ({ payload, tally }) => {
      const common = { overrideAccess: true, depth: 0, context: SEED_CONTEXT } as const
      const { docs: works } = await payload.find({
        collection: 'resources',
        // Only the works carried from the source documents (each cites one): what editors
        // added meanwhile is theirs to feature, and may be deleted while the seed runs.
        where: {
          and: [
            { _status: { equals: 'published' } },
            { visibility: { equals: 'public' } },
            { source: { exists: true } },
          ],
        },
        sort: ['-year', 'title'],
        limit: 0,
        pagination: false,
        ...common,
      })
      const { docs: themeDocs } = await payload.find({
        collection: 'themes',
        limit: 0,
        pagination: false,
        ...common,
      })
      for (const theme of themeDocs) {
        if ((theme.curatedResources ?? []).length > 0) {
          tally.existing += 1
          continue
        }
        const chosen = works
          .filter(
            (work) =>
              work.isIloPublication &&
              (work.themes ?? []).some(
                (entry) => (typeof entry === 'object' ? entry.id : entry) === theme.id,
              ),
          )
          .slice(0, 3)
        if (chosen.length === 0) continue
        await payload.update({
          collection: 'themes',
          id: theme.id,
          data: { curatedResources: chosen.map((work) => work.id) },
          ...common,
        })
        tally.created += 1
      }
      const featured = await payload.count({
        collection: 'resources',
        where: { isFeatured: { equals: true } },
        overrideAccess: true,
      })
      if (featured.totalDocs > 0) {
        tally.existing += featured.totalDocs
        return
      }
      const mostEditions = [...works]
        .sort(
          (a, b) =>
            (b.editions?.length ?? 0) - (a.editions?.length ?? 0) || (b.year ?? 0) - (a.year ?? 0),
        )
        .slice(0, 4)
      for (const work of mostEditions) {
        await payload.update({
          collection: 'resources',
          id: work.id,
          data: { isFeatured: true },
          ...common,
        })
        tally.created += 1
      }
    },
  },
]
