import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Media, Resource } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/lexical'

import { httpClient } from '../helpers/http'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, ROLES_IN_ORDER, tokenFor, type Role } from '../helpers/people'
import { createMedia, createSample, type SampleContext } from '../helpers/samples'

/**
 * GraphQL follows the same field rules as REST and the pages: a published members-only work
 * shows everyone its title, summary and edition list, and only approved members its
 * description, files and links. A public work gives them to everyone.
 */
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
const tokens = new Map<Role, string | undefined>()
let membersWork: Resource
let publicWork: Resource
let membersFile: Media
let publicFile: Media

/** Who reads a members-only work's contents: every approved person, whatever their role. */
const APPROVED: Role[] = ['member', 'staff', 'moderator', 'manager', 'admin']
const REFUSED: Role[] = ['visitor', 'pending']
const WHO: Record<Role, string> = {
  visitor: 'a visitor',
  pending: 'a pending member',
  member: 'an approved member',
  staff: 'staff',
  moderator: 'a moderator',
  manager: 'a manager',
  admin: 'an admin',
}
const cases = (roles: Role[]) => roles.map((role) => [WHO[role], role] as const)

const SELECTION = `
  id title summary visibility description
  editions { language title externalUrl file { id filename url } }
`
const BY_SLUG = `query ($slug: String!) {
  Resources(where: { slug: { equals: $slug } }) { totalDocs docs { ${SELECTION} } }
}`

type Seen = {
  id: number | string
  title?: string | null
  summary?: string | null
  visibility?: string | null
  description: unknown
  editions: {
    language: string
    title: string
    externalUrl: string | null
    file: { id: number | string; filename?: string | null; url?: string | null } | null
  }[]
}

/** The work as both GraphQL queries return it to `role`; a failed request fails here. */
async function readAs(role: Role, work: Resource): Promise<Seen> {
  const token = tokens.get(role)
  // Ids are integers on SQLite and strings on MongoDB.
  const idType = payload.db.defaultIDType === 'number' ? 'Int' : 'String'
  const BY_ID = `query ($id: ${idType}!) { Resource(id: $id) { ${SELECTION} } }`
  const list = await http.graphql(BY_SLUG, { token, variables: { slug: work.slug } })
  expect(list.status, `Resources as ${role}`).toBe(200)
  expect(list.body.errors, `Resources as ${role}`).toBeUndefined()
  expect(list.body.data.Resources.totalDocs, `Resources as ${role}`).toBe(1)
  const one = await http.graphql(BY_ID, { token, variables: { id: work.id } })
  expect(one.status, `Resource as ${role}`).toBe(200)
  expect(one.body.errors, `Resource as ${role}`).toBeUndefined()
  expect(one.body.data.Resource, `Resource and Resources agree for ${role}`).toEqual(
    list.body.data.Resources.docs[0],
  )
  return one.body.data.Resource
}

const fileOf = (media: Media) => ({ id: media.id, filename: media.filename, url: media.url })

/** The work whole, as an approved member must see it: every value as stored. */
function whole(work: Resource, file: Media, links: [string, string]): Seen {
  return {
    id: work.id,
    title: work.title,
    summary: work.summary,
    visibility: work.visibility,
    description: work.description,
    editions: [
      { language: 'en', title: work.editions[0].title, externalUrl: links[0], file: fileOf(file) },
      { language: 'th', title: work.editions[1].title, externalUrl: links[1], file: null },
    ],
  }
}

beforeAll(async () => {
  portal = await bootPortal('members-only-graphql')
  payload = portal.payload
  http = httpClient(portal.config)
  const themes = await createThemes(payload)
  const cast = await createCast(payload, themes.moderated)
  for (const role of ROLES_IN_ORDER) tokens.set(role, await tokenFor(payload, cast[role]))
  const country = (await createSample(payload, 'countries', {
    theme: themes.moderated,
  } as SampleContext)) as Country
  const context: SampleContext = { theme: themes.moderated, country }
  const work = async (visibility: 'members' | 'public', slug: string, file: Media) =>
    (await createSample(payload, 'resources', context, {
      title: `A ${visibility} guide`,
      slug,
      summary: `What the ${visibility} guide is about.`,
      visibility,
      description: paragraphsToRichText([`What the ${visibility} guide says.`]),
      editions: [
        {
          language: 'en',
          title: `A ${visibility} guide`,
          file: file.id,
          externalUrl: `https://www.ilo.org/${slug}`,
        },
        {
          language: 'th',
          title: `คู่มือ ${visibility}`,
          externalUrl: `https://www.ilo.org/th/${slug}`,
        },
      ],
    })) as Resource
  membersFile = await createMedia(payload)
  publicFile = await createMedia(payload)
  membersWork = await work('members', 'members-guide', membersFile)
  publicWork = await work('public', 'public-guide', publicFile)
  // Read back with authority: the values as stored, after the file visibility hook ran.
  const stored = (id: Resource['id']) =>
    payload.findByID({ collection: 'resources', id, depth: 0, overrideAccess: true })
  const media = (id: Media['id']) =>
    payload.findByID({ collection: 'media', id, overrideAccess: true })
  membersWork = await stored(membersWork.id)
  publicWork = await stored(publicWork.id)
  membersFile = await media(membersFile.id)
  publicFile = await media(publicFile.id)
}, 180_000)
afterAll(async () => portal?.close())

describe('a members-only work through GraphQL', () => {
  it('should carry a description, both links and a file that members may read', () => {
    // Guards the fixtures: without these, "null for visitors" would prove nothing.
    expect(membersWork.visibility).toBe('members')
    expect(membersWork.description).toEqual(paragraphsToRichText(['What the members guide says.']))
    expect(membersFile.visibility).toBe('members')
    expect(membersFile.url).toMatch(/\/api\/media\/file\/pixel-\d+\.png$/)
  })

  it.each(cases(REFUSED))(
    'should give %s the title, summary and edition list, with description, files and links null',
    async (_who, role) => {
      expect(await readAs(role, membersWork)).toEqual({
        id: membersWork.id,
        title: 'A members guide',
        summary: 'What the members guide is about.',
        visibility: 'members',
        description: null,
        editions: [
          { language: 'en', title: 'A members guide', externalUrl: null, file: null },
          { language: 'th', title: 'คู่มือ members', externalUrl: null, file: null },
        ],
      })
    },
  )

  it.each(cases(APPROVED))(
    'should give %s the description, the file and both links',
    async (_who, role) => {
      expect(await readAs(role, membersWork)).toEqual(
        whole(membersWork, membersFile, [
          'https://www.ilo.org/members-guide',
          'https://www.ilo.org/th/members-guide',
        ]),
      )
    },
  )
})

describe('a public work through GraphQL', () => {
  it.each(cases(ROLES_IN_ORDER))(
    'should give %s the description, the file and both links',
    async (_who, role) => {
      expect(publicFile.visibility).toBe('public')
      expect(await readAs(role, publicWork)).toEqual(
        whole(publicWork, publicFile, [
          'https://www.ilo.org/public-guide',
          'https://www.ilo.org/th/public-guide',
        ]),
      )
    },
  )
})
