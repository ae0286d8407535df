import { simpleParser, type ParsedMail } from 'mailparser'
import { _internal_resetJobSystemGlobals, createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { closeAccount } from '@/account/closure'
import { saveProfile } from '@/account/profile'
import { MAIL_QUEUE } from '@/email/queue'
import { startMailSink, type MailSink } from '@/email/sink'
import { mailStrings } from '@/i18n/strings/mail'
import { decideOrganisationChange, proposeOrganisation } from '@/membership/organisation'
import { creditFor } from '@/people/credit'
import type { Country, Organisation, Theme, User } from '@/payload-types'

import { httpClient } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, tokenFor, type Cast } from '../helpers/people'
import { createSample, type SampleContext } from '../helpers/samples'

/**
 * The site's server actions run here as Next would run them for a signed-in person: `headers()`
 * carries that person's token, `redirect()` throws where the browser would be sent, and
 * `cookies()` keeps what the action sets.
 */
const next = vi.hoisted(() => {
  class Redirected extends Error {
    constructor(readonly url: string) {
      super(`redirected to ${url}`)
    }
  }
  return {
    token: undefined as string | undefined,
    cookies: [] as { name: string; value: string }[],
    Redirected,
  }
})
vi.mock('next/headers', () => ({
  headers: async () => new Headers(next.token ? { Authorization: `JWT ${next.token}` } : {}),
  cookies: async () => ({
    set: (cookie: { name: string; value: string }) => next.cookies.push(cookie),
  }),
}))
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new next.Redirected(url)
  },
  notFound: () => {
    throw new Error('notFound() called')
  },
}))

/**
 * A member's own account: editing the profile, a change of organisation through a manager, the
 * data download, closing the account, and the member directory with its opt-ins, through the
 * site's functions, REST and GraphQL, with real mail through the SMTP sink.
 */
const SERVER_URL = 'https://cop.example.org'
let sink: MailSink
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let theme: Theme
let country: Country
let union: Organisation
const tokens: Partial<Record<keyof Cast, string>> = {}
// The data layer loads the Payload config: imported once bootPortal has chosen the test database.
let listDirectory: typeof import('@/data/directory').listDirectory
let actions: typeof import('@/account/profileActions')

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  process.env.SERVER_URL = SERVER_URL
  portal = await bootPortal('profile')
  listDirectory = (await import('@/data/directory')).listDirectory
  actions = await import('@/account/profileActions')
  payload = portal.payload
  http = httpClient(portal.config)
  theme = (await createThemes(payload)).moderated
  cast = await createCast(payload, theme)
  country = (await createSample(payload, 'countries', { theme } as SampleContext)) as Country
  union = (await createSample(
    payload,
    'organisations',
    { theme, country },
    {
      name: 'Federation of Migrant Workers',
    },
  )) as Organisation
  for (const role of ['pending', 'member', 'manager'] as const) {
    tokens[role] = await tokenFor(payload, cast[role])
  }
  await runMailQueue()
})
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await portal?.close()
  await sink?.close()
  delete process.env.SMTP_URL
  delete process.env.SERVER_URL
})
beforeEach(() => {
  sink.messages.splice(0)
})

const runMailQueue = () => payload.jobs.run({ queue: MAIL_QUEUE, limit: 100, silent: true })
async function deliver(): Promise<(ParsedMail & { recipient: string })[]> {
  await runMailQueue()
  const mails = await Promise.all(
    sink.messages.map(async (mail) => ({
      ...(await simpleParser(mail.raw)),
      recipient: mail.to[0],
    })),
  )
  sink.messages.splice(0)
  return mails
}

const stored = async (id: number) =>
  (await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })) as User & { sessions?: unknown[] }
async function auditOf(subject: number) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { subject: { equals: subject } },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}
const requestOf = (user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } }, payload)

let people = 0
/** An approved member, with their address verified, and anything else given. */
async function member(data: Partial<User> = {}): Promise<User> {
  people += 1
  return payload.create({
    collection: 'users',
    data: {
      email: `person-${people}@example.org`,
      password: PASSWORD,
      name: `Person ${people}`,
      roles: ['member'],
      membershipStatus: 'approved',
      _verified: true,
      ...data,
    } as User,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

/** Posts a form to a server action as the person with `token`; where it redirects to. */
async function post(
  token: string | undefined,
  action: (form: FormData) => Promise<unknown>,
  entries: [string, string][],
): Promise<string> {
  next.token = token
  try {
    await action(form(entries))
  } catch (error) {
    if (error instanceof next.Redirected) return error.url
    throw error
  } finally {
    next.token = undefined
  }
  throw new Error('the action answered without a redirect')
}

function form(entries: [string, string][]): FormData {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

describe('the profile', () => {
  it('should save a member’s name, country, themes, language and directory choices', async () => {
    const person = await member()
    await saveProfile({
      payload,
      user: person,
      form: form([
        ['name', '  Ana Reyes '],
        ['country', String(country.id)],
        ['themesOfInterest', String(theme.id)],
        ['preferredLanguage', 'th'],
        ['directory.listed', 'on'],
        ['directory.showCountry', 'on'],
      ]),
    })
    expect(await stored(person.id)).toMatchObject({
      name: 'Ana Reyes',
      country: country.id,
      themesOfInterest: [theme.id],
      preferredLanguage: 'th',
      directory: {
        listed: true,
        showOrganisation: false,
        showGroup: false,
        showCountry: true,
        showThemes: false,
      },
    })
  })

  it('should change no role, status, right to submit or organisation posted with the profile form', async () => {
    const person = await member({ organisation: 'Kept Union', affiliationConfirmed: true })
    await saveProfile({
      payload,
      user: person,
      form: form([
        ['name', 'Still Me'],
        ['roles', 'admin'],
        ['membershipStatus', 'approved'],
        ['maySubmit', 'on'],
        ['affiliationConfirmed', 'on'],
        ['organisation', 'Another Union'],
      ]),
    })
    expect(await stored(person.id)).toMatchObject({
      name: 'Still Me',
      roles: ['member'],
      maySubmit: false,
      organisation: 'Kept Union',
      affiliationConfirmed: true,
    })
  })

  it('should refuse a member who changes their roles, status or right to submit over REST and GraphQL', async () => {
    for (const change of [
      { roles: ['admin'] },
      { membershipStatus: 'suspended' },
      { maySubmit: true },
    ]) {
      const response = await http.rest('PATCH', `/users/${cast.member.id}`, {
        token: tokens.member,
        json: change,
      })
      expect(response.status, JSON.stringify(change)).toBe(403)
    }
    const graph = await http.graphql(
      `mutation { updateUser(id: ${cast.member.id}, data: { roles: [admin] }) { id } }`,
      { token: tokens.member },
    )
    expect(graph.body.errors?.[0]?.message).toMatch(/Only managers and administrators/)
    expect(await stored(cast.member.id)).toMatchObject({
      roles: ['member'],
      membershipStatus: 'approved',
      maySubmit: false,
    })
  })
})

describe('a change of organisation', () => {
  it('should keep the confirmed organisation while the change waits, and mail every manager once a day', async () => {
    const person = await member({ organisation: 'Old Union', affiliationConfirmed: true })
    await proposeOrganisation({ req: await requestOf(person), organisation: union.id })
    const after = await stored(person.id)
    expect(after).toMatchObject({ organisation: 'Old Union', affiliationConfirmed: true })
    expect(after.proposedOrganisation).toMatchObject({ name: union.name, entry: union.id })
    expect((await auditOf(person.id)).map((entry) => entry.action)).toContain(
      'organisation-proposed',
    )
    const mails = await deliver()
    expect(mails.map((mail) => mail.recipient).sort()).toEqual([
      'admin@example.org',
      'manager@example.org',
    ])
    expect(mails[0].subject).toBe(
      mailStrings.organisationChangeSubject.en.replace('{member}', person.name),
    )
    expect(mails[0].text).toContain(`${SERVER_URL}/en/account/organisation-changes`)

    // Changing their mind the same day mails nobody again; the managers' page shows the latest.
    await proposeOrganisation({ req: await requestOf(person), organisation: 'Second Thoughts' })
    expect((await stored(person.id)).proposedOrganisation?.name).toBe('Second Thoughts')
    expect(await deliver()).toEqual([])
  })

  it('should make the proposed organisation the confirmed one when a manager confirms', async () => {
    const person = await member({ organisation: 'Old Union', affiliationConfirmed: true })
    await proposeOrganisation({ req: await requestOf(person), organisation: union.id })
    await decideOrganisationChange({
      req: await requestOf(cast.manager),
      id: person.id,
      decision: 'confirm',
      memberGroup: 'trade-union',
    })
    const after = await stored(person.id)
    expect(after).toMatchObject({
      organisation: union.name,
      organisationEntry: union.id,
      memberGroup: 'trade-union',
      affiliationConfirmed: true,
      proposedOrganisation: { name: null, entry: null },
    })
    const confirmed = (await auditOf(person.id)).find(
      (entry) => entry.action === 'organisation-change-confirmed',
    )
    expect(confirmed?.actor).toBe(cast.manager.id)
  })

  it('should keep the organisation a member had when a manager declines the change', async () => {
    const person = await member({ organisation: 'Old Union', affiliationConfirmed: true })
    await proposeOrganisation({ req: await requestOf(person), organisation: 'A Name Of My Own' })
    await decideOrganisationChange({
      req: await requestOf(cast.manager),
      id: person.id,
      decision: 'decline',
    })
    expect(await stored(person.id)).toMatchObject({
      organisation: 'Old Union',
      affiliationConfirmed: true,
      proposedOrganisation: { name: null, entry: null },
    })
    expect((await auditOf(person.id)).map((entry) => entry.action)).toContain(
      'organisation-change-declined',
    )
  })

  it('should announce a change proposed over REST just the same', async () => {
    const person = await member({ organisation: 'Old Union', affiliationConfirmed: true })
    const token = await tokenFor(payload, person)
    const response = await http.rest('PATCH', `/users/${person.id}`, {
      token,
      json: { proposedOrganisation: { name: 'Union Over REST' } },
    })
    expect(response.status, response.text).toBe(200)
    expect(await stored(person.id)).toMatchObject({
      organisation: 'Old Union',
      affiliationConfirmed: true,
      proposedOrganisation: { name: 'Union Over REST' },
    })
    const mails = await deliver()
    expect(mails.filter((mail) => mail.text?.includes('Union Over REST'))).toHaveLength(2)
  })

  it('should refuse a member who edits another member’s profile or directory choices', async () => {
    const other = await member()
    const response = await http.rest('PATCH', `/users/${other.id}`, {
      token: tokens.member,
      json: { name: 'Renamed', directory: { listed: true } },
    })
    expect(response.status).toBe(403)
    expect(await stored(other.id)).toMatchObject({
      name: other.name,
      directory: { listed: false },
    })
  })

  it('should change an organisation nobody confirmed yet at once', async () => {
    const person = await member({ membershipStatus: 'pending', organisation: 'Old Union' })
    await proposeOrganisation({ req: await requestOf(person), organisation: union.id })
    expect(await stored(person.id)).toMatchObject({
      organisation: union.name,
      organisationEntry: union.id,
      affiliationConfirmed: false,
      proposedOrganisation: { name: null, entry: null },
    })
  })

  it('should let neither the member nor a manager about themselves confirm a change', async () => {
    const person = await member({ organisation: 'Old Union', affiliationConfirmed: true })
    await proposeOrganisation({ req: await requestOf(person), organisation: 'New Union' })
    await expect(
      decideOrganisationChange({
        req: await requestOf(person),
        id: person.id,
        decision: 'confirm',
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      decideOrganisationChange({
        req: await requestOf(cast.manager),
        id: cast.manager.id,
        decision: 'confirm',
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await stored(person.id)).toMatchObject({
      organisation: 'Old Union',
      affiliationConfirmed: true,
      proposedOrganisation: { name: 'New Union' },
    })
  })

  it('should answer a 400 when no change is waiting or the directory has no such entry', async () => {
    const person = await member()
    await expect(
      decideOrganisationChange({
        req: await requestOf(cast.manager),
        id: person.id,
        decision: 'confirm',
      }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      proposeOrganisation({ req: await requestOf(person), organisation: 999_999 }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('downloading one’s data', () => {
  it('should give a member their profile, settings and history as a JSON file', async () => {
    const response = await http.rest('GET', '/users/me/export', { token: tokens.member })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="my-data-/)
    expect(response.body.profile).toMatchObject({
      id: cast.member.id,
      email: 'member@example.org',
      notifications: 'weekly',
      directory: { listed: false },
    })
    expect(response.body.profile.hash).toBeUndefined()
    expect(response.body.profile.salt).toBeUndefined()
    expect(response.body.history.map((entry: { action: string }) => entry.action)).toEqual([
      'registered',
    ])
    expect(response.text).not.toContain('manager@example.org')
  })

  it('should refuse the download to a visitor', async () => {
    const response = await http.rest('GET', '/users/me/export')
    expect(response.status).toBe(401)
  })
})

describe('closing an account', () => {
  it('should refuse to close an account without the right password', async () => {
    const person = await member()
    await expect(
      closeAccount({ req: await requestOf(person), password: 'not-the-password' }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await stored(person.id)).membershipStatus).toBe('approved')
  })

  it('should refuse the last administrator closing their account, with a 409', async () => {
    await expect(
      closeAccount({ req: await requestOf(cast.admin), password: PASSWORD }),
    ).rejects.toMatchObject({ status: 409 })
    expect(await stored(cast.admin.id)).toMatchObject({
      roles: ['admin'],
      membershipStatus: 'approved',
    })
  })

  it('should erase the personal data, end every session, mail a goodbye and keep the credit', async () => {
    const person = await member({
      organisation: 'Ministry of Labour',
      memberGroup: 'government',
      affiliationConfirmed: true,
      country: country.id,
      themesOfInterest: [theme.id],
      statement: 'I handle labour attachés.',
      directory: { listed: true, showCountry: true },
      notifications: 'immediate',
      follows: { themes: [theme.id], countries: [country.id] },
    } as Partial<User>)
    const token = await tokenFor(payload, person)
    const guide = await createSample(payload, 'resources', { theme, country })

    await closeAccount({ req: await requestOf(person), password: PASSWORD })

    const after = await stored(person.id)
    expect(after).toMatchObject({
      name: 'Former member',
      statement: null,
      country: null,
      themesOfInterest: [],
      membershipStatus: 'closed',
      roles: ['member'],
      organisation: 'Ministry of Labour',
      directory: { listed: false },
      notifications: 'none',
      follows: { themes: [], countries: [] },
    })
    expect(after.email).toMatch(/^closed-\d+-[0-9a-f]{12}@closed\.invalid$/)
    expect(after.sessions ?? []).toEqual([])
    expect((await http.rest('GET', '/users/me', { token })).body.user).toBeNull()
    const login = await http.rest('POST', '/users/login', {
      json: { email: person.email, password: PASSWORD },
    })
    expect(login.status).toBe(401)
    expect((await auditOf(person.id)).map((entry) => entry.action)).toContain('closed')
    const mails = (await deliver()).filter((mail) => mail.recipient === person.email)
    expect(mails.map((mail) => mail.subject)).toEqual([mailStrings.goodbyeSubject.en])
    expect(
      await payload.findByID({ collection: 'resources', id: guide.id, overrideAccess: true }),
    ).toMatchObject({ id: guide.id })
    expect(creditFor({ user: after, locale: 'en' })).toBe('Ministry of Labour')
  })

  it('should credit a closed account without a confirmed organisation to a former member', async () => {
    const person = await member({ organisation: 'Unconfirmed Org' })
    await closeAccount({ req: await requestOf(person), password: PASSWORD })
    const seenByMember = await payload.findByID({
      collection: 'users',
      id: person.id,
      depth: 0,
      user: cast.member,
      overrideAccess: false,
    })
    expect(seenByMember.organisation ?? null).toBeNull()
    expect(creditFor({ user: seenByMember, locale: 'th' })).toBe('อดีตสมาชิก')
    await deliver()
  })
})

describe('the member directory', () => {
  let shown: User
  let hidden: User
  let unlisted: User
  beforeAll(async () => {
    const common = { country: country.id, themesOfInterest: [theme.id], memberGroup: 'government' }
    shown = await member({
      ...common,
      name: 'Aaa Shown',
      directory: { listed: true, showCountry: true, showThemes: true, showGroup: true },
    } as Partial<User>)
    hidden = await member({
      ...common,
      name: 'Aab Hidden',
      directory: { listed: true, showCountry: false, showThemes: false, showGroup: false },
    } as Partial<User>)
    unlisted = await member({ ...common, name: 'Aac Unlisted' } as Partial<User>)
  })

  it('should list only the members who opted in, each with only what they chose to show', async () => {
    const page = await listDirectory({ user: cast.member, filters: {}, page: 1 })
    const names = page?.members.map((person) => person.name)
    expect(names).toContain(shown.name)
    expect(names).toContain(hidden.name)
    expect(names).not.toContain(unlisted.name)
    const byName = (name: string) => page?.members.find((person) => person.name === name)
    expect(byName(shown.name)).toMatchObject({
      country: country.id,
      themesOfInterest: [theme.id],
      memberGroup: 'government',
    })
    expect(byName(hidden.name)?.country).toBeUndefined()
    expect(byName(hidden.name)?.themesOfInterest).toBeUndefined()
    expect(byName(hidden.name)?.memberGroup).toBeUndefined()
  })

  it('should filter by country, theme or group only among those who show it', async () => {
    for (const filters of [
      { country: country.id },
      { theme: theme.id },
      { memberGroup: 'government' },
    ]) {
      const page = await listDirectory({ user: cast.member, filters, page: 1 })
      const names = page?.members.map((person) => person.name)
      expect(names, JSON.stringify(filters)).toContain(shown.name)
      expect(names, JSON.stringify(filters)).not.toContain(hidden.name)
      expect(names, JSON.stringify(filters)).not.toContain(unlisted.name)
    }
  })

  it('should show the directory to no visitor and no pending member', async () => {
    expect(await listDirectory({ user: null, filters: {}, page: 1 })).toBeNull()
    expect(await listDirectory({ user: cast.pending, filters: {}, page: 1 })).toBeNull()
  })

  it('should hide what a member did not opt to show over REST, but not from them or a manager', async () => {
    const path = `/users/${hidden.id}`
    const byMember = await http.rest('GET', path, { token: tokens.member })
    expect(byMember.status).toBe(200)
    expect(byMember.body.name).toBe(hidden.name)
    for (const field of ['country', 'themesOfInterest', 'memberGroup', 'statement', 'email']) {
      expect(byMember.body[field], field).toBeUndefined()
    }
    const shownToMember = await http.rest('GET', `/users/${shown.id}?depth=0`, {
      token: tokens.member,
    })
    expect(shownToMember.body.country).toBe(country.id)
    const byManager = await http.rest('GET', `${path}?depth=0`, { token: tokens.manager })
    expect(byManager.body.country).toBe(country.id)
    const own = await tokenFor(payload, hidden)
    expect((await http.rest('GET', `${path}?depth=0`, { token: own })).body.country).toBe(
      country.id,
    )
  })

  it('should refuse a member who queries who lives in a country or holds a theme', async () => {
    for (const query of [
      `where[country][equals]=${country.id}`,
      `where[themesOfInterest][contains]=${theme.id}`,
      `where[memberGroup][equals]=government`,
    ]) {
      const response = await http.rest('GET', `/users?${query}`, { token: tokens.member })
      expect(response.status, query).toBe(400)
    }
  })

  it('should hide the same fields through GraphQL', async () => {
    const response = await http.graphql(
      `{ User(id: ${hidden.id}) { name country { id } themesOfInterest { id } memberGroup } }`,
      { token: tokens.member },
    )
    // GraphQL answers a hidden list as empty, a hidden value as null.
    expect(response.body.data.User).toEqual({
      name: hidden.name,
      country: null,
      themesOfInterest: [],
      memberGroup: null,
    })
    const where = await http.graphql(
      `{ Users(where: { country: { equals: ${country.id} } }) { docs { id } } }`,
      { token: tokens.member },
    )
    // Refused for the hidden field it filters on, as REST is, and not for some other fault.
    expect(where.body.errors).toHaveLength(1)
    expect(where.body.errors[0].message).toBe('The following path cannot be queried: country')
    expect(where.body.data?.Users ?? null).toBeNull()
  })
})

describe('the site’s forms', () => {
  it('should save the profile form, and change no role, status or right to submit posted with it', async () => {
    const person = await member()
    const token = await tokenFor(payload, person)
    const answer = await post(token, actions.saveProfileForm, [
      ['locale', 'th'],
      ['name', 'Niran'],
      ['roles', 'admin'],
      ['membershipStatus', 'suspended'],
      ['maySubmit', 'on'],
      ['directory.listed', 'on'],
    ])
    expect(answer).toBe('/th/account/profile?saved=profile')
    expect(await stored(person.id)).toMatchObject({
      name: 'Niran',
      roles: ['member'],
      membershipStatus: 'approved',
      maySubmit: false,
      directory: { listed: true },
    })
  })

  it('should send a visitor to sign in and answer a refused profile with an error', async () => {
    expect(await post(undefined, actions.saveProfileForm, [['locale', 'en']])).toBe(
      '/en/account/sign-in?next=%2Fen%2Faccount%2Fprofile',
    )
    const person = await member()
    const token = await tokenFor(payload, person)
    expect(
      await post(token, actions.saveProfileForm, [
        ['locale', 'en'],
        ['name', ''],
      ]),
    ).toBe('/en/account/profile?error=profile')
    expect((await stored(person.id)).name).toBe(person.name)
  })

  it('should send a confirmed member’s organisation to a manager, who confirms it on the site', async () => {
    const person = await member({ organisation: 'Old Union', affiliationConfirmed: true })
    const token = await tokenFor(payload, person)
    expect(
      await post(token, actions.proposeOrganisationForm, [
        ['locale', 'en'],
        ['organisationName', 'Brand New Union'],
      ]),
    ).toBe('/en/account/profile?saved=organisation')
    expect(
      await post(token, actions.decideOrganisationChangeForm, [
        ['locale', 'en'],
        ['member', String(person.id)],
        ['decision', 'confirm'],
      ]),
    ).toBe('/en/account/organisation-changes?error=failed')
    expect(
      await post(tokens.manager, actions.decideOrganisationChangeForm, [
        ['locale', 'en'],
        ['member', String(person.id)],
        ['decision', 'confirm'],
        ['memberGroup', 'trade-union'],
      ]),
    ).toBe('/en/account/organisation-changes?saved=1')
    expect(await stored(person.id)).toMatchObject({
      organisation: 'Brand New Union',
      memberGroup: 'trade-union',
      affiliationConfirmed: true,
    })
    await deliver()
  })

  it('should keep an account open on a wrong password, and close it and end the session on the right one', async () => {
    const person = await member()
    const token = await tokenFor(payload, person)
    expect(
      await post(token, actions.closeAccountForm, [
        ['locale', 'vi'],
        ['password', 'wrong'],
      ]),
    ).toBe('/vi/account/profile?error=password#close')
    expect((await stored(person.id)).membershipStatus).toBe('approved')
    next.cookies.splice(0)
    expect(
      await post(token, actions.closeAccountForm, [
        ['locale', 'vi'],
        ['password', PASSWORD],
      ]),
    ).toBe('/vi/account/closed')
    expect((await stored(person.id)).membershipStatus).toBe('closed')
    expect(next.cookies).toEqual([expect.objectContaining({ name: 'payload-token', value: '' })])
    await deliver()
  })
})
