import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { httpClient } from '../helpers/http'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, tokenFor, type Cast } from '../helpers/people'

/** Nobody raises their own rights, through any API; nobody enumerates members through queries. */
let portal: Portal
let payload: Payload
let cast: Cast
let http: ReturnType<typeof httpClient>
const tokens: Record<string, string | undefined> = {}

const stored = (id: number | string) =>
  payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
/** Every account as stored, so a refused request can be shown to have changed nothing at all. */
const accounts = async () =>
  (
    await payload.find({
      collection: 'users',
      sort: 'id',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs
const userCount = async () =>
  (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs
const accountsWithEmail = async (email: string) =>
  (
    await payload.count({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).totalDocs

/** Sends a request that must be refused, and asserts that every account is exactly as before. */
async function refusedWithoutChange<T>(send: () => Promise<T>): Promise<T> {
  const before = await accounts()
  const result = await send()
  expect(await accounts()).toEqual(before)
  return result
}

beforeAll(async () => {
  portal = await bootPortal('privileges')
  payload = portal.payload
  const { moderated } = await createThemes(payload)
  cast = await createCast(payload, moderated)
  http = httpClient(portal.config)
  for (const role of ['pending', 'member', 'manager', 'admin'] as const)
    tokens[role] = await tokenFor(payload, cast[role])
})
afterAll(async () => portal?.close())

describe('registration', () => {
  it('should refuse an anonymous POST /api/users carrying roles: ["admin"] and create nobody', async () => {
    const before = await userCount()
    const response = await refusedWithoutChange(() =>
      http.rest('POST', '/users', {
        json: {
          email: 'intruder@example.org',
          password: 'a-long-password-1',
          name: 'Intruder',
          roles: ['admin'],
        },
      }),
    )
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/Only managers and administrators/)
    expect(await userCount()).toBe(before)
    expect(await accountsWithEmail('intruder@example.org')).toBe(0)
  })

  it('should refuse an anonymous registration that marks itself approved, and create nobody', async () => {
    const before = await userCount()
    const response = await refusedWithoutChange(() =>
      http.rest('POST', '/users', {
        json: {
          email: 'eager@example.org',
          password: 'a-long-password-1',
          name: 'Eager',
          membershipStatus: 'approved',
        },
      }),
    )
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/Only managers and administrators/)
    expect(await userCount()).toBe(before)
    expect(await accountsWithEmail('eager@example.org')).toBe(0)
  })

  it('should register an applicant as a pending member', async () => {
    const response = await http.rest('POST', '/users', {
      json: {
        email: 'applicant@example.org',
        password: 'a-long-password-1',
        name: 'Applicant',
        organisation: 'Union',
        memberGroup: 'trade-union',
      },
    })
    expect(response.status).toBe(201)
    // The answer repeats what the applicant sent, without the new account's id (membership.int).
    const [applicant] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'applicant@example.org' } },
        overrideAccess: true,
      })
    ).docs
    expect(applicant.roles).toEqual(['member'])
    expect(applicant.membershipStatus).toBe('pending')
  })

  it('should refuse an anonymous GraphQL createUser carrying the admin role, and create nobody', async () => {
    const before = await userCount()
    const response = await refusedWithoutChange(() =>
      http.graphql(
        `mutation { createUser(data: { email: "gql@example.org", password: "a-long-password-1", name: "G", roles: admin }) { id } }`,
      ),
    )
    expect(response.body.errors?.[0]?.message).toMatch(/Only managers and administrators/)
    expect(response.body.data?.createUser ?? null).toBeNull()
    expect(await userCount()).toBe(before)
    expect(await accountsWithEmail('gql@example.org')).toBe(0)
  })
})

describe('raising one’s own rights', () => {
  it('should refuse a member who sets their own roles through REST, changing nothing', async () => {
    const response = await refusedWithoutChange(() =>
      http.rest('PATCH', `/users/${cast.member.id}`, {
        token: tokens.member,
        json: { roles: ['admin'], name: 'Sneaky' },
      }),
    )
    expect(response.status).toBe(403)
    const after = await stored(cast.member.id)
    expect(after.roles).toEqual(['member'])
    expect(after.name).toBe(cast.member.name)
  })

  it('should refuse a pending member who approves themselves through REST, changing nothing', async () => {
    const response = await refusedWithoutChange(() =>
      http.rest('PATCH', `/users/${cast.pending.id}`, {
        token: tokens.pending,
        json: { membershipStatus: 'approved' },
      }),
    )
    expect(response.status).toBe(403)
    expect((await stored(cast.pending.id)).membershipStatus).toBe('pending')
  })

  it('should refuse a member who sets their roles or status through GraphQL, changing nothing', async () => {
    const roles = await refusedWithoutChange(() =>
      http.graphql(
        `mutation { updateUser(id: ${cast.member.id}, data: { roles: admin }) { id } }`,
        { token: tokens.member },
      ),
    )
    expect(roles.body.errors?.[0]?.message).toMatch(/Only managers and administrators/)
    expect(roles.body.data?.updateUser ?? null).toBeNull()
    const status = await refusedWithoutChange(() =>
      http.graphql(
        `mutation { updateUser(id: ${cast.pending.id}, data: { membershipStatus: approved }) { id } }`,
        { token: tokens.pending },
      ),
    )
    expect(status.body.errors?.[0]?.message).toMatch(/Only managers and administrators/)
    expect(status.body.data?.updateUser ?? null).toBeNull()
    expect((await stored(cast.member.id)).roles).toEqual(['member'])
    expect((await stored(cast.pending.id)).membershipStatus).toBe('pending')
  })

  it('should refuse a visitor who edits someone else, changing nothing', async () => {
    const response = await refusedWithoutChange(() =>
      http.rest('PATCH', `/users/${cast.member.id}`, {
        json: { roles: ['admin'] },
      }),
    )
    expect(response.status).toBe(403)
    expect((await stored(cast.member.id)).roles).toEqual(['member'])
  })

  it('should let a member save their profile when the privileged values are unchanged', async () => {
    const response = await http.rest('PATCH', `/users/${cast.member.id}`, {
      token: tokens.member,
      json: {
        organisation: 'Trade union federation',
        roles: ['member'],
        membershipStatus: 'approved',
      },
    })
    expect(response.status).toBe(200)
    expect((await stored(cast.member.id)).organisation).toBe('Trade union federation')
  })
})

describe('managers and admins', () => {
  it('should let a manager approve a membership through REST', async () => {
    const response = await http.rest('PATCH', `/users/${cast.pending.id}`, {
      token: tokens.manager,
      json: { membershipStatus: 'approved' },
    })
    expect(response.status).toBe(200)
    expect((await stored(cast.pending.id)).membershipStatus).toBe('approved')
    await payload.update({
      collection: 'users',
      id: cast.pending.id,
      data: { membershipStatus: 'pending' },
      overrideAccess: true,
    })
  })

  it('should let a manager make someone a moderator but not an admin', async () => {
    const moderator = await http.rest('PATCH', `/users/${cast.member.id}`, {
      token: tokens.manager,
      json: { roles: ['moderator'] },
    })
    expect(moderator.status).toBe(200)
    const admin = await refusedWithoutChange(() =>
      http.rest('PATCH', `/users/${cast.member.id}`, {
        token: tokens.manager,
        json: { roles: ['admin'] },
      }),
    )
    expect(admin.status).toBe(403)
    expect(admin.body.errors[0].message).toMatch(/Only administrators can grant/)
    expect((await stored(cast.member.id)).roles).toEqual(['moderator'])
  })

  it('should let an admin grant and remove the admin role', async () => {
    const grant = await http.rest('PATCH', `/users/${cast.member.id}`, {
      token: tokens.admin,
      json: { roles: ['admin'] },
    })
    expect(grant.status).toBe(200)
    const revoke = await http.rest('PATCH', `/users/${cast.member.id}`, {
      token: tokens.admin,
      json: { roles: ['member'] },
    })
    expect(revoke.status).toBe(200)
    expect((await stored(cast.member.id)).roles).toEqual(['member'])
  })
})

describe('enumerating members', () => {
  it('should refuse a visitor who filters users by email or role', async () => {
    const byEmail = await http.rest(
      'GET',
      `/users?where[email][equals]=${encodeURIComponent('admin@example.org')}`,
    )
    expect(byEmail.status).toBe(403)
    expect(byEmail.text).not.toContain('admin@example.org')
    const byRole = await http.rest('GET', '/users?where[roles][contains]=admin')
    expect(byRole.status).toBe(403)
  })

  it('should refuse a member who filters users by email, roles or status', async () => {
    for (const query of [
      `where[email][like]=${encodeURIComponent('admin')}`,
      'where[roles][contains]=admin',
      'where[membershipStatus][equals]=pending',
    ]) {
      const response = await http.rest('GET', `/users?${query}`, { token: tokens.member })
      expect(response.status, query).toBe(400)
      expect(response.text, query).not.toContain('admin@example.org')
    }
  })

  it('should refuse the same filters through GraphQL', async () => {
    // A whole address: GraphQL's email type refuses a fragment such as "admin" before any access
    // rule is asked, which would prove nothing about who may filter on the field.
    for (const [field, where] of [
      ['email', 'email: { like: "admin@example.org" }'],
      ['roles', 'roles: { equals: admin }'],
      ['membershipStatus', 'membershipStatus: { equals: pending }'],
    ]) {
      const response = await http.graphql(`{ Users(where: { ${where} }) { docs { id email } } }`, {
        token: tokens.member,
      })
      // Refused for the field it filters on, as REST is, and not for some other fault.
      expect(response.body.errors, field).toHaveLength(1)
      expect(response.body.errors[0].message, field).toBe(
        `The following path cannot be queried: ${field}`,
      )
      expect(response.body.data?.Users ?? null, field).toBeNull()
      expect(response.text, field).not.toContain('admin@example.org')
    }
  })

  it('should not show another member’s email in a member’s list', async () => {
    const response = await http.rest('GET', '/users?limit=50', { token: tokens.member })
    expect(response.status).toBe(200)
    const emails = response.body.docs.map((doc: { email?: string }) => doc.email).filter(Boolean)
    expect(emails).toEqual(['member@example.org'])
  })

  it('should let a manager filter users by status to approve applications', async () => {
    const response = await http.rest('GET', '/users?where[membershipStatus][equals]=pending', {
      token: tokens.manager,
    })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc: { email: string }) => doc.email)).toContain(
      'pending@example.org',
    )
  })
})

describe('the jobs runner', () => {
  it('should refuse a visitor, a member and a manager who ask it to run the queued jobs', async () => {
    expect((await http.rest('GET', '/payload-jobs/run?queue=mail')).status).toBe(401)
    for (const role of ['member', 'manager'] as const) {
      const answer = await http.rest('GET', '/payload-jobs/run?queue=mail', { token: tokens[role] })
      expect(answer.status).toBe(401)
    }
  })

  it('should let an admin run them', async () => {
    const answer = await http.rest('GET', '/payload-jobs/run?queue=mail', { token: tokens.admin })
    expect(answer.status).toBe(200)
  })
})
