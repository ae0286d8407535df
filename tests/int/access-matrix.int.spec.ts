import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Country, Resource, Theme, User } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/lexical'

import { createCast, createThemes, ROLES_IN_ORDER, type Cast, type Role } from '../helpers/people'
import { bootPortal, type Portal } from '../helpers/payload'
import {
  createMedia,
  createSample,
  PNG_PIXEL,
  sampleData,
  type SampleContext,
} from '../helpers/samples'

/**
 * Who may do what, for every collection: each cell is checked both ways (allowed and refused)
 * through the Local API with the person's user and overrideAccess: false, as pages call it.
 */
type Rule = Role[]
const everyone: Rule = [...ROLES_IN_ORDER]
const staffAndUp: Rule = ['staff', 'manager', 'admin']
const editors: Rule = ['staff', 'moderator', 'manager', 'admin']
const managers: Rule = ['manager', 'admin']
const members: Rule = ['member', 'staff', 'moderator', 'manager', 'admin']

const matrix: {
  collection: CollectionSlug
  read: Rule
  create: Rule
  update: Rule
  delete: Rule
}[] = [
  {
    collection: 'themes',
    read: everyone,
    create: staffAndUp,
    update: staffAndUp,
    delete: managers,
  },
  {
    collection: 'countries',
    read: everyone,
    create: staffAndUp,
    update: staffAndUp,
    delete: managers,
  },
  {
    collection: 'statistics',
    read: everyone,
    create: staffAndUp,
    update: staffAndUp,
    delete: managers,
  },
  {
    collection: 'resource-centres',
    read: everyone,
    create: staffAndUp,
    update: staffAndUp,
    delete: managers,
  },
  {
    collection: 'organisations',
    read: everyone,
    create: staffAndUp,
    update: staffAndUp,
    delete: managers,
  },
  // Themed content: a moderator acts within the theme they moderate (samples carry it).
  { collection: 'projects', read: everyone, create: editors, update: editors, delete: managers },
  { collection: 'resources', read: everyone, create: editors, update: editors, delete: managers },
  { collection: 'news', read: everyone, create: editors, update: editors, delete: managers },
  { collection: 'events', read: everyone, create: editors, update: editors, delete: managers },
  // Managers read the audit log; nobody writes, edits or deletes it through any API.
  { collection: 'audit-log', read: managers, create: [], update: [], delete: [] },
  // Invitations carry people's addresses and open registration: managers only, every way.
  {
    collection: 'invitations',
    read: managers,
    create: managers,
    update: managers,
    delete: managers,
  },
]

let portal: Portal
let payload: Payload
let cast: Cast
let themes: { moderated: Theme; other: Theme }
let country: Country
let context: SampleContext

async function outcome(action: () => Promise<unknown>): Promise<'allowed' | 'refused'> {
  try {
    await action()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404 || status === 401) return 'refused'
    throw error
  }
}

const as = (role: Role) => ({ user: cast[role] as User | null, overrideAccess: false as const })
const verdict = (rule: Rule, role: Role) => (rule.includes(role) ? 'allowed' : 'refused')

beforeAll(async () => {
  portal = await bootPortal('access-matrix')
  payload = portal.payload
  themes = await createThemes(payload)
  cast = await createCast(payload, themes.moderated)
  country = (await createSample(payload, 'countries', {
    theme: themes.moderated,
  } as SampleContext)) as Country
  context = { theme: themes.moderated, country }
})
afterAll(async () => portal?.close())

describe.each(matrix)('$collection', ({ collection, ...rules }) => {
  it.each(ROLES_IN_ORDER)(
    'should give a %s exactly the read, create, update and delete rights of the brief',
    async (role) => {
      const doc = await createSample(payload, collection, context)
      const read = await outcome(() => payload.findByID({ collection, id: doc.id, ...as(role) }))
      expect(read, `read by ${role}`).toBe(verdict(rules.read, role))

      const create = await outcome(() =>
        payload.create({
          collection,
          data: sampleData(collection, context) as never,
          ...as(role),
          context: { disableRevalidate: true },
        }),
      )
      expect(create, `create by ${role}`).toBe(verdict(rules.create, role))

      const field =
        collection === 'statistics'
          ? 'value'
          : collection === 'audit-log'
            ? 'reason'
            : collection === 'countries' ||
                collection === 'organisations' ||
                collection === 'invitations' ||
                collection === 'resource-centres'
              ? 'name'
              : 'title'
      const changed = collection === 'statistics' ? 12345 : `Changed by ${role}`
      const update = await outcome(() =>
        payload.update({
          collection,
          id: doc.id,
          data: { [field]: changed } as never,
          ...as(role),
          context: { disableRevalidate: true },
        }),
      )
      expect(update, `update by ${role}`).toBe(verdict(rules.update, role))
      const after = await payload.findByID({ collection, id: doc.id, overrideAccess: true })
      expect(
        (after as unknown as Record<string, unknown>)[field] === changed,
        `update by ${role} took effect`,
      ).toBe(update === 'allowed')

      const remove = await outcome(() => payload.delete({ collection, id: doc.id, ...as(role) }))
      expect(remove, `delete by ${role}`).toBe(verdict(rules.delete, role))
    },
  )
})

describe('media', () => {
  it.each(ROLES_IN_ORDER)(
    'should give a %s exactly the upload, edit and delete rights of the brief',
    async (role) => {
      const upload = () =>
        payload.create({
          collection: 'media',
          data: { alt: `Uploaded by ${role}` } as never,
          file: {
            data: PNG_PIXEL,
            mimetype: 'image/png',
            name: `by-${role}.png`,
            size: PNG_PIXEL.length,
          },
          ...as(role),
        })
      expect(await outcome(upload), `upload by ${role}`).toBe(verdict(editors, role))
      const file = await createMedia(payload, { visibility: 'public' })
      expect(
        await outcome(() => payload.findByID({ collection: 'media', id: file.id, ...as(role) })),
        `read by ${role}`,
      ).toBe('allowed')
      expect(
        await outcome(() =>
          payload.update({
            collection: 'media',
            id: file.id,
            data: { alt: 'Changed' },
            ...as(role),
          }),
        ),
        `update by ${role}`,
      ).toBe(verdict(editors, role))
      expect(
        await outcome(() => payload.delete({ collection: 'media', id: file.id, ...as(role) })),
        `delete by ${role}`,
      ).toBe(verdict(managers, role))
    },
  )
})

describe('content a visitor must not see', () => {
  it.each(ROLES_IN_ORDER)(
    "should show a members-only resource's title and summary to a %s, and its links and description only to an approved member",
    async (role) => {
      const doc = (await createSample(payload, 'resources', context, {
        visibility: 'members',
        description: paragraphsToRichText(['What the members-only guide says.']),
      })) as Resource
      const seen = await payload.findByID({ collection: 'resources', id: doc.id, ...as(role) })
      expect(seen.title).toBe(doc.title)
      expect(seen.summary).toBe(doc.summary)
      expect(seen.editions[0]?.language).toBe('en')
      const isMember = members.includes(role)
      expect(seen.editions[0]?.externalUrl, `link seen by ${role}`).toBe(
        isMember ? 'https://www.ilo.org/' : undefined,
      )
      expect(seen.description === undefined, `description hidden from ${role}`).toBe(!isMember)
      // Nor can the contents be probed by query.
      const probe = await payload
        .find({
          collection: 'resources',
          where: { 'editions.externalUrl': { like: 'ilo' } },
          ...as(role),
        })
        .then(
          () => 'allowed',
          (error: { status?: number }) => error.status,
        )
      expect(probe, `query on links by ${role}`).toBe(isMember ? 'allowed' : 400)
    },
  )

  it('should show a public resource whole to a visitor', async () => {
    const doc = await createSample(payload, 'resources', context, { visibility: 'public' })
    const seen = await payload.findByID({ collection: 'resources', id: doc.id, ...as('visitor') })
    expect(seen.editions[0]?.externalUrl).toBe('https://www.ilo.org/')
  })

  it.each(['resources', 'news', 'events'] as const)(
    'should hide a draft of %s from everyone but editors',
    async (collection) => {
      const doc = await createSample(payload, collection, context, { _status: 'draft' })
      for (const role of ROLES_IN_ORDER) {
        const seen = await outcome(() => payload.findByID({ collection, id: doc.id, ...as(role) }))
        expect(seen, `draft ${collection} read by ${role}`).toBe(verdict(editors, role))
      }
    },
  )

  it('should serve a members-only file to approved members and an unpublished one to editors only', async () => {
    const membersFile = await createMedia(payload, { visibility: 'members' })
    const draftFile = await createMedia(payload, { visibility: 'editors' })
    for (const role of ROLES_IN_ORDER) {
      expect(
        await outcome(() =>
          payload.findByID({ collection: 'media', id: membersFile.id, ...as(role) }),
        ),
        `members file, ${role}`,
      ).toBe(verdict(members, role))
      expect(
        await outcome(() =>
          payload.findByID({ collection: 'media', id: draftFile.id, ...as(role) }),
        ),
        `draft file, ${role}`,
      ).toBe(verdict(editors, role))
    }
  })
})

describe('moderators stay within their themes', () => {
  it('should let a moderator edit their own theme but not another', async () => {
    expect(
      await outcome(() =>
        payload.update({
          collection: 'themes',
          id: themes.moderated.id,
          data: { summary: 'Edited by its moderator' },
          ...as('moderator'),
        }),
      ),
    ).toBe('allowed')
    expect(
      await outcome(() =>
        payload.update({
          collection: 'themes',
          id: themes.other.id,
          data: { summary: 'Edited by a stranger' },
          ...as('moderator'),
        }),
      ),
    ).toBe('refused')
  })

  it('should refuse a moderator who creates or edits a resource of a theme they do not moderate', async () => {
    const otherContext = { ...context, theme: themes.other }
    expect(
      await outcome(() =>
        payload.create({
          collection: 'resources',
          data: sampleData('resources', otherContext) as never,
          ...as('moderator'),
        }),
      ),
    ).toBe('refused')
    const foreign = await createSample(payload, 'resources', otherContext)
    expect(
      await outcome(() =>
        payload.update({
          collection: 'resources',
          id: foreign.id,
          data: { title: 'Hijacked' },
          ...as('moderator'),
        }),
      ),
    ).toBe('refused')
    const own = await createSample(payload, 'resources', context)
    expect(
      await outcome(() =>
        payload.update({
          collection: 'resources',
          id: own.id,
          data: { themes: [themes.other.id] },
          ...as('moderator'),
        }),
      ),
    ).toBe('refused')
    const unchanged = await payload.findByID({
      collection: 'resources',
      id: own.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(unchanged.themes).toEqual([themes.moderated.id])
  })
})

describe('people', () => {
  it('should refuse the member list to a visitor and show a pending member only themselves', async () => {
    expect(await outcome(() => payload.find({ collection: 'users', ...as('visitor') }))).toBe(
      'refused',
    )
    const pendingView = await payload.find({ collection: 'users', ...as('pending') })
    expect(pendingView.docs.map((doc) => doc.id)).toEqual([cast.pending.id])
  })

  it('should hide email, roles and status from other members but show them to the owner and managers', async () => {
    const seenByMember = await payload.findByID({
      collection: 'users',
      id: cast.staff.id,
      ...as('member'),
    })
    expect(seenByMember.name).toBe('Staff Person')
    expect(seenByMember.email).toBeUndefined()
    expect(seenByMember.roles).toBeUndefined()
    expect(seenByMember.membershipStatus).toBeUndefined()
    const seenBySelf = await payload.findByID({
      collection: 'users',
      id: cast.member.id,
      ...as('member'),
    })
    expect(seenBySelf.email).toBe('member@example.org')
    expect(seenBySelf.membershipStatus).toBe('approved')
    const seenByManager = await payload.findByID({
      collection: 'users',
      id: cast.staff.id,
      ...as('manager'),
    })
    expect(seenByManager.email).toBe('staff@example.org')
    expect(seenByManager.roles).toEqual(['staff'])
  })

  it('should let only managers and admins change or delete another person', async () => {
    for (const role of ROLES_IN_ORDER) {
      const target = await payload.create({
        collection: 'users',
        data: {
          email: `target-${role}@example.org`,
          password: 'a-long-password-1',
          name: 'Target',
          roles: ['member'],
          membershipStatus: 'approved',
        },
        overrideAccess: true,
      })
      expect(
        await outcome(() =>
          payload.update({
            collection: 'users',
            id: target.id,
            data: { name: 'Renamed' },
            ...as(role),
          }),
        ),
        `update by ${role}`,
      ).toBe(verdict(managers, role))
      expect(
        await outcome(() => payload.delete({ collection: 'users', id: target.id, ...as(role) })),
        `delete by ${role}`,
      ).toBe(verdict(managers, role))
    }
  })

  it('should let a person edit their own name but not their own roles', async () => {
    const self = await payload.update({
      collection: 'users',
      id: cast.member.id,
      data: { name: 'New Name' },
      ...as('member'),
    })
    expect(self.name).toBe('New Name')
    expect(
      await outcome(() =>
        payload.update({
          collection: 'users',
          id: cast.member.id,
          data: { roles: ['admin'] },
          ...as('member'),
        }),
      ),
    ).toBe('refused')
  })

  it('should stop a suspended moderator from editing at once', async () => {
    const suspended = await payload.update({
      collection: 'users',
      id: cast.moderator.id,
      data: { membershipStatus: 'suspended' },
      overrideAccess: true,
    })
    const doc = await createSample(payload, 'resources', context)
    expect(
      await outcome(() =>
        payload.update({
          collection: 'resources',
          id: doc.id,
          data: { title: 'x' },
          user: suspended,
          overrideAccess: false,
        }),
      ),
    ).toBe('refused')
    await payload.update({
      collection: 'users',
      id: cast.moderator.id,
      data: { membershipStatus: 'approved' },
      overrideAccess: true,
    })
  })
})
