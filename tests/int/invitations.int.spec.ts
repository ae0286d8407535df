import { simpleParser, type ParsedMail } from 'mailparser'
import { _internal_resetJobSystemGlobals, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { mailText } from '@/email/compose'
import { MAIL_QUEUE } from '@/email/queue'
import { startMailSink, type MailSink } from '@/email/sink'
import type { Locale } from '@/i18n/languages'
import { MAX_INVITATION_ROWS } from '@/membership/invitationList'
import type { Invitation, Theme, User } from '@/payload-types'

import type * as MembersAdmin from '@/account/membersAdminActions'
import type { invitationForJoin as Prefill } from '@/data/invitations'

import { httpClient } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, tokenFor, type Cast } from '../helpers/people'

/**
 * The site's server actions run here as Next would run them for a signed-in person: `headers()`
 * carries that person's token, and `redirect()` throws what the browser would be sent to.
 */
const next = vi.hoisted(() => {
  class Redirected extends Error {
    constructor(readonly url: string) {
      super(`redirected to ${url}`)
    }
  }
  return { token: undefined as string | undefined, Redirected }
})
vi.mock('next/headers', () => ({
  headers: async () => new Headers(next.token ? { Authorization: `JWT ${next.token}` } : {}),
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
 * Invitations: a manager's list becomes one mail per person in their language, whose link fills
 * in the join form for 14 days; applying with it confirms the address and nothing more.
 */
const SERVER_URL = 'https://cop.example.org'
let sink: MailSink
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let theme: Theme
const tokens: Partial<Record<keyof Cast, string>> = {}
// Imported once the temporary database is set: the data layer imports the config.
let invitationForJoin: typeof Prefill
let actions: typeof MembersAdmin

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  process.env.SERVER_URL = SERVER_URL
  portal = await bootPortal('invitations')
  payload = portal.payload
  http = httpClient(portal.config)
  invitationForJoin = (await import('@/data/invitations')).invitationForJoin
  actions = await import('@/account/membersAdminActions')
  theme = (await createThemes(payload)).moderated
  cast = await createCast(payload, theme)
  for (const role of ['pending', 'member', 'staff', 'moderator', 'manager', 'admin'] as const) {
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
  return mails.sort((a, b) => a.recipient.localeCompare(b.recipient))
}
const linkToken = (mail: ParsedMail) => mail.text?.match(/\/account\/join\?invitation=([a-f0-9]+)/)
const importList = (csv: string, token: string | undefined = tokens.manager, language?: Locale) =>
  http.rest('POST', '/invitations/import', { token, json: { csv, language } })
const invitationOf = async (email: string) =>
  (
    await payload.find({
      collection: 'invitations',
      where: { email: { equals: email } },
      sort: '-createdAt',
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as Invitation | undefined
const storedUser = async (email: string) =>
  (
    await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
  ).docs[0] as (User & { _verified?: boolean }) | undefined
/** Moves an invitation's clock: its 14 days are over. */
const expire = (id: number) =>
  payload.db.updateOne({
    collection: 'invitations',
    id,
    data: { expiresAt: new Date(Date.now() - 60_000).toISOString() },
  })

function application(email: string, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Invited Person',
    email,
    password: PASSWORD,
    organisation: 'Ministry of Labour',
    memberGroup: 'government',
    preferredLanguage: 'th',
    ...overrides,
  }
}

describe('inviting a list', () => {
  it('should invite each good row once and say what became of every other row, with one mail per invitee in their language', async () => {
    const waiting = await http.rest('POST', '/invitations', {
      token: tokens.manager,
      json: { email: 'waiting@example.org', name: 'Already Waiting', language: 'km' },
    })
    expect(waiting.status).toBe(201)
    expect((await deliver()).map((mail) => mail.recipient)).toEqual(['waiting@example.org'])

    const csv = [
      'Name,E-mail,Language,Organisation',
      'Somchai Jaidee,somchai@example.org,th,Ministry of Labour',
      '"Nguyen, Van An",nguyen@example.org,VI,"Hanoi Workers\' Centre, Legal Desk"',
      'Ana Rahma,ana@example.org,,',
      '',
      'Bad Address,not-an-address,en,',
      'Somchai Again,SOMCHAI@example.org,th,',
      'Member Person,member@example.org,en,',
      'Already Waiting,waiting@example.org,km,',
      'Wrong Language,wrong-language@example.org,xx,',
    ].join('\n')
    const response = await importList(csv, tokens.manager, 'id')
    expect(response.status).toBe(200)
    expect(response.body.results).toEqual([
      { line: 2, name: 'Somchai Jaidee', email: 'somchai@example.org', outcome: 'invited' },
      { line: 3, name: 'Nguyen, Van An', email: 'nguyen@example.org', outcome: 'invited' },
      { line: 4, name: 'Ana Rahma', email: 'ana@example.org', outcome: 'invited' },
      { line: 6, name: 'Bad Address', email: 'not-an-address', outcome: 'invalid-address' },
      { line: 7, name: 'Somchai Again', email: 'somchai@example.org', outcome: 'duplicate' },
      { line: 8, name: 'Member Person', email: 'member@example.org', outcome: 'has-account' },
      {
        line: 9,
        name: 'Already Waiting',
        email: 'waiting@example.org',
        outcome: 'already-invited',
      },
      {
        line: 10,
        name: 'Wrong Language',
        email: 'wrong-language@example.org',
        outcome: 'invalid-language',
      },
    ])

    const mails = await deliver()
    expect(mails.map((mail) => [mail.recipient, mail.subject])).toEqual([
      ['ana@example.org', mailText('id', 'invitationSubject')],
      ['nguyen@example.org', mailText('vi', 'invitationSubject')],
      ['somchai@example.org', mailText('th', 'invitationSubject')],
    ])
    for (const mail of mails) {
      expect(mail.text).toContain(`${SERVER_URL}/`)
      expect(linkToken(mail)).not.toBeNull()
    }
    const nguyen = await invitationOf('nguyen@example.org')
    expect(nguyen).toMatchObject({
      name: 'Nguyen, Van An',
      language: 'vi',
      organisation: "Hanoi Workers' Centre, Legal Desk",
      status: 'sent',
      invitedBy: cast.manager.id,
    })
    const days = (Date.parse(nguyen!.expiresAt!) - Date.now()) / 86_400_000
    expect(Math.round(days)).toBe(14)
  })

  it('should store only a hash of the mailed token, and never show it through the API', async () => {
    const response = await importList('Hidden Token,hidden@example.org,en')
    expect(response.body.results[0].outcome).toBe('invited')
    const [mail] = await deliver()
    const token = linkToken(mail)![1]
    const { docs } = await payload.db.find<Record<string, unknown>>({
      collection: 'invitations',
      where: { email: { equals: 'hidden@example.org' } },
    })
    expect(docs[0].tokenHash).toMatch(/^[a-f0-9]{64}$/)
    expect(docs[0].tokenHash).not.toBe(token)
    const read = await http.rest('GET', `/invitations/${docs[0].id}`, { token: tokens.admin })
    expect(read.status).toBe(200)
    expect(read.body.tokenHash).toBeUndefined()
    expect(read.text).not.toContain(token)
  })

  it('should refuse a list of more than 500 people, or one that cannot be read, with a readable 400', async () => {
    const rows = Array.from(
      { length: MAX_INVITATION_ROWS + 1 },
      (_, index) => `Person ${index},person-${index}@example.org,en`,
    )
    const long = await importList(rows.join('\n'))
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toBe('The list has 501 people: send at most 500 at a time.')
    const broken = await importList('Somebody,"somebody@example.org,en\nOther,other@example.org')
    expect(broken.status).toBe(400)
    expect(broken.body.errors[0].message).toMatch(/^The list could not be read \(line 2\)/)
    const none = await http.rest('POST', '/invitations/import', {
      token: tokens.manager,
      json: { list: [] },
    })
    expect(none.status).toBe(400)
    expect(await invitationOf('person-0@example.org')).toBeUndefined()
    expect(await deliver()).toEqual([])
  })

  it('should take the list as a text/csv body too, and refuse plain text on other endpoints', async () => {
    const response = await http.raw('POST', '/invitations/import', {
      token: tokens.manager,
      contentType: 'text/csv; charset=utf-8',
      body: 'name,email,language\nKhin Mar,khin@example.org,my\nBad Row,not-an-address,km',
    })
    expect(response.status).toBe(200)
    expect(response.body.results).toEqual([
      { line: 2, name: 'Khin Mar', email: 'khin@example.org', outcome: 'invited' },
      { line: 3, name: 'Bad Row', email: 'not-an-address', outcome: 'invalid-address' },
    ])
    expect((await deliver()).map((mail) => [mail.recipient, mail.subject])).toEqual([
      ['khin@example.org', mailText('my', 'invitationSubject')],
    ])
    const elsewhere = await http.raw('POST', '/news', {
      token: tokens.manager,
      contentType: 'text/csv',
      body: 'title\nNot news',
    })
    expect(elsewhere.status).toBe(415)
  })

  it('should renew an expired invitation with a new link, and the old link opens nothing', async () => {
    await importList('Late Reader,late@example.org,lo')
    const [first] = await deliver()
    const oldToken = linkToken(first)![1]
    const invitation = (await invitationOf('late@example.org'))!
    await expire(invitation.id)
    expect((await invitationOf('late@example.org'))!.status).toBe('expired')
    // A manager's note on it changes nothing else: no new link, no mail.
    const noted = await http.rest('PATCH', `/invitations/${invitation.id}`, {
      token: tokens.manager,
      json: { note: 'Met at the 2025 Bangkok training' },
    })
    expect(noted.status).toBe(200)
    expect(noted.body.doc.status).toBe('expired')
    expect(await deliver()).toEqual([])

    const again = await importList('Late Reader,late@example.org,lo')
    expect(again.body.results[0].outcome).toBe('renewed')
    const [second] = await deliver()
    expect(second.recipient).toBe('late@example.org')
    expect(second.subject).toBe(mailText('lo', 'invitationSubject'))
    const newToken = linkToken(second)![1]
    expect(newToken).not.toBe(oldToken)
    expect(await invitationForJoin(oldToken)).toBeNull()
    expect(await invitationForJoin(newToken)).toMatchObject({ email: 'late@example.org' })
    const renewed = (await invitationOf('late@example.org'))!
    expect(renewed.id).toBe(invitation.id)
    expect(renewed.status).toBe('sent')
  })
})

describe('the invitation link', () => {
  it('should fill in the join form with the name, address, language and organisation', async () => {
    await importList('Dara Sok,dara@example.org,km,Cambodian Labour Confederation')
    const [mail] = await deliver()
    expect(mail.text).toContain(`${SERVER_URL}/km/account/join?invitation=`)
    expect(await invitationForJoin(linkToken(mail)![1])).toEqual({
      name: 'Dara Sok',
      email: 'dara@example.org',
      language: 'km',
      organisation: 'Cambodian Labour Confederation',
      memberGroup: null,
    })
    expect(await invitationForJoin('0'.repeat(64))).toBeNull()
    expect(await invitationForJoin('not a token')).toBeNull()
  })

  it('should confirm the address of an invitee who applies with it, leave them pending and ask the managers for a review', async () => {
    await importList('Lan Pham,lan@example.org,vi')
    const token = linkToken((await deliver())[0])![1]
    const signUp = await http.rest('POST', '/users', {
      json: { ...application('lan@example.org'), invitation: token },
    })
    expect(signUp.status).toBe(201)
    expect(signUp.body.invitation).toBeUndefined()

    const lan = (await storedUser('lan@example.org'))!
    expect(lan._verified).toBe(true)
    expect(lan.membershipStatus).toBe('pending')
    expect(lan.roles).toEqual(['member'])
    const invitation = (await invitationOf('lan@example.org'))!
    expect(invitation.status).toBe('accepted')
    expect(invitation.acceptedUser).toBe(lan.id)
    // No verification mail: the review requests to the manager and the admin, nothing else.
    const mails = await deliver()
    expect(mails.map((mail) => [mail.recipient, mail.subject])).toEqual([
      ['admin@example.org', mailText('en', 'reviewSubject', { applicant: 'Invited Person' })],
      ['manager@example.org', mailText('en', 'reviewSubject', { applicant: 'Invited Person' })],
    ])
    const audit = await payload.find({
      collection: 'audit-log',
      where: { subject: { equals: lan.id } },
      sort: 'id',
      overrideAccess: true,
    })
    expect(audit.docs.map((entry) => entry.action)).toEqual(['registered', 'verified'])
    expect(audit.docs[1].details).toEqual({ invitation: invitation.id })
    // Used once: the link fills in nothing any more.
    expect(await invitationForJoin(token)).toBeNull()
    // And still no member: signing in shows a pending account, which reads no members' content.
    const login = await http.rest('POST', '/users/login', {
      json: { email: 'lan@example.org', password: PASSWORD },
    })
    expect(login.status).toBe(200)
    expect(login.body.user.membershipStatus).toBe('pending')
  })

  it('should confirm nothing when the invitee applies with another address, or after 14 days', async () => {
    await importList('Other Address,invited-here@example.org,en')
    const token = linkToken((await deliver())[0])![1]
    const elsewhere = await http.rest('POST', '/users', {
      json: { ...application('applied-there@example.org'), invitation: token },
    })
    expect(elsewhere.status).toBe(201)
    expect((await storedUser('applied-there@example.org'))!._verified).toBe(false)
    expect((await invitationOf('invited-here@example.org'))!.status).toBe('sent')
    const [verification] = await deliver()
    expect(verification.recipient).toBe('applied-there@example.org')
    expect(verification.subject).toBe(mailText('th', 'verifySubject'))

    await expire((await invitationOf('invited-here@example.org'))!.id)
    expect(await invitationForJoin(token)).toBeNull()
    const late = await http.rest('POST', '/users', {
      json: { ...application('invited-here@example.org'), invitation: token },
    })
    expect(late.status).toBe(201)
    expect((await storedUser('invited-here@example.org'))!._verified).toBe(false)
    expect((await invitationOf('invited-here@example.org'))!.status).toBe('expired')
    expect((await deliver()).map((mail) => mail.subject)).toEqual([mailText('th', 'verifySubject')])
  })

  it('should refuse an invitation that is not text with a 400 naming it', async () => {
    const response = await http.rest('POST', '/users', {
      json: { ...application('odd-token@example.org'), invitation: { token: 'x' } },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('invitation')
    expect(await storedUser('odd-token@example.org')).toBeUndefined()
  })

  it('should end with a revocation', async () => {
    await importList('Revoked Person,revoked@example.org,en')
    const token = linkToken((await deliver())[0])![1]
    const invitation = (await invitationOf('revoked@example.org'))!
    const revoke = await http.rest('PATCH', `/invitations/${invitation.id}`, {
      token: tokens.manager,
      json: { status: 'revoked' },
    })
    expect(revoke.status, JSON.stringify(revoke.body)).toBe(200)
    expect(await invitationForJoin(token)).toBeNull()
  })
})

describe('who may invite', () => {
  it('should refuse members, moderators, staff, applicants and visitors any invitation, through REST and GraphQL', async () => {
    const [invitation] = (
      await payload.find({ collection: 'invitations', limit: 1, overrideAccess: true })
    ).docs
    const count = async () =>
      (await payload.count({ collection: 'invitations', overrideAccess: true })).totalDocs
    const before = await count()
    for (const role of ['visitor', 'pending', 'member', 'staff', 'moderator'] as const) {
      const token = role === 'visitor' ? undefined : tokens[role]
      expect((await http.rest('GET', '/invitations', { token })).status, role).toBe(403)
      const one = await http.rest('GET', `/invitations/${invitation.id}`, { token })
      expect(one.status, role).toBe(403)
      const create = await http.rest('POST', '/invitations', {
        token,
        json: { email: `by-${role}@example.org`, name: 'Friend', language: 'en' },
      })
      expect(create.status, role).toBe(403)
      const list = await http.rest('POST', '/invitations/import', {
        token,
        json: { csv: `Friend,friend-of-${role}@example.org,en` },
      })
      expect(list.status, role).toBe(403)
      const update = await http.rest('PATCH', `/invitations/${invitation.id}`, {
        token,
        json: { status: 'revoked' },
      })
      expect(update.status, role).toBe(403)
      const graph = await http.graphql('{ Invitations { docs { id email } } }', { token })
      expect(graph.body.data?.Invitations ?? null, role).toBeNull()
      expect(graph.body.errors?.[0]?.message, role).toBe(
        'You are not allowed to perform this action.',
      )
      const mutation = await http.graphql(
        `mutation { createInvitation(data: { email: "g-${role}@example.org", name: "G", language: en, status: sent }) { id } }`,
        { token },
      )
      expect(mutation.body.errors?.[0]?.message, role).toBe(
        'You are not allowed to perform this action.',
      )
    }
    expect(await count()).toBe(before)
    expect(await deliver()).toEqual([])
    for (const role of ['manager', 'admin'] as const) {
      const list = await http.rest('GET', '/invitations', { token: tokens[role] })
      expect(list.status, role).toBe(200)
      expect(list.body.totalDocs, role).toBe(before)
      const graph = await http.graphql('{ Invitations { totalDocs } }', { token: tokens[role] })
      expect(graph.body.data.Invitations.totalDocs, role).toBe(before)
    }
  })

  it('should refuse a second live invitation for an address, or one for an address with an account', async () => {
    const twice = await http.rest('POST', '/invitations', {
      token: tokens.admin,
      json: { email: 'Waiting@Example.org', name: 'Again', language: 'en' },
    })
    expect(twice.status).toBe(400)
    expect(twice.body.errors[0].data.errors[0].path).toBe('email')
    const member = await http.rest('POST', '/invitations', {
      token: tokens.admin,
      json: { email: 'member@example.org', name: 'Member', language: 'en' },
    })
    expect(member.status).toBe(400)
    expect(member.body.errors[0].data.errors[0].message).toBe(
      'member@example.org already has an account.',
    )
    expect(await deliver()).toEqual([])
  })
})

/** A form as the page posts it. */
function formOf(fields: Record<string, string | string[]>) {
  const form = new FormData()
  form.set('locale', 'en')
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) form.append(name, one)
  }
  return form
}
/** Runs a site action as `role` and returns where the browser is sent. */
async function postAs(
  role: keyof Cast | 'nobody',
  action: (form: FormData) => Promise<unknown>,
  fields: Record<string, string | string[]>,
): Promise<string> {
  next.token = role === 'nobody' || role === 'visitor' ? undefined : tokens[role]
  try {
    await action(formOf(fields))
  } catch (error) {
    if (error instanceof next.Redirected) return error.url
    throw error
  } finally {
    next.token = undefined
  }
  throw new Error('the action answered without a redirect')
}
const auditEntries = async (subject: number) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { subject: { equals: subject } },
      sort: 'id',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs
let people = 0
/** A person with authority's help: an applicant who confirmed their address, or a member. */
const person = (data: Partial<User> = {}) => {
  people += 1
  return payload.create({
    collection: 'users',
    data: {
      email: `person-${people}@example.org`,
      password: PASSWORD,
      name: `Person ${people}`,
      organisation: 'A proposed union',
      memberGroup: 'trade-union',
      preferredLanguage: 'vi',
      membershipStatus: 'pending',
      _verified: true,
      ...data,
    } as User,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}
const stored = (id: number) =>
  payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })

describe('the members-admin actions', () => {
  it('should send anyone but a manager or admin to their account page, changing nothing', async () => {
    const applicant = await person()
    const member = await person({ membershipStatus: 'approved' })
    const invitation = (await invitationOf('waiting@example.org'))!
    const entries = async () =>
      (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
    const before = await entries()
    for (const role of ['visitor', 'pending', 'member', 'staff', 'moderator'] as const) {
      const calls: [(form: FormData) => Promise<unknown>, Record<string, string | string[]>][] = [
        [actions.approveApplicant, { id: String(applicant.id) }],
        [actions.rejectApplicant, { id: String(applicant.id), reason: 'No.' }],
        [actions.updateMemberRights, { id: String(member.id), roles: ['admin'], maySubmit: 'on' }],
        [actions.setMemberStatus, { id: String(member.id), status: 'suspended' }],
        [actions.revokeInvitation, { id: String(invitation.id) }],
        [
          (form) => actions.sendInvitations({}, form),
          { list: `Friend,friend-${role}@example.org` },
        ],
      ]
      for (const [action, fields] of calls) {
        expect(await postAs(role, action, fields), `${action.name} by ${role}`).toBe('/en/account')
      }
    }
    expect(await entries()).toBe(before)
    expect((await stored(applicant.id)).membershipStatus).toBe('pending')
    expect(await stored(member.id)).toMatchObject({
      roles: ['member'],
      membershipStatus: 'approved',
      maySubmit: false,
    })
    expect((await invitationOf('waiting@example.org'))!.status).toBe('sent')
    expect(await invitationOf('friend-member@example.org')).toBeUndefined()
    expect(await deliver()).toEqual([])
  })

  it('should not let an applicant approve themselves, however they post', async () => {
    const url = await postAs('pending', actions.approveApplicant, { id: String(cast.pending.id) })
    expect(url).toBe('/en/account')
    expect((await stored(cast.pending.id)).membershipStatus).toBe('pending')
    // A manager cannot decide about themselves either: Payload's guard refuses it.
    const self = await postAs('manager', actions.setMemberStatus, {
      id: String(cast.manager.id),
      status: 'suspended',
    })
    expect(self).toBe('/en/account/members?error=refused')
    expect((await stored(cast.manager.id)).membershipStatus).toBe('approved')
  })

  it('should approve an applicant with the organisation and group a manager confirms, record it and mail them', async () => {
    const directory = await payload.create({
      collection: 'organisations',
      data: { name: 'Vietnam General Confederation of Labour', kind: 'trade-union' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const applicant = await person()
    const url = await postAs('manager', actions.approveApplicant, {
      id: String(applicant.id),
      organisation: String(directory.id),
      organisationName: 'A proposed union',
      memberGroup: 'government',
    })
    expect(url).toBe('/en/account/members?saved=approved')
    const approved = await payload.findByID({
      collection: 'users',
      id: applicant.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(approved).toMatchObject({
      membershipStatus: 'approved',
      organisation: 'Vietnam General Confederation of Labour',
      organisationEntry: directory.id,
      memberGroup: 'government',
      affiliationConfirmed: true,
    })
    const [entry] = (await auditEntries(applicant.id)).filter((e) => e.action === 'approved')
    expect(entry.actor).toBe(cast.manager.id)
    const mails = await deliver()
    expect(mails.map((mail) => [mail.recipient, mail.subject])).toEqual([
      [applicant.email, mailText('vi', 'approvedSubject')],
    ])
  })

  it('should reject only with a reason, which the applicant is mailed', async () => {
    const applicant = await person()
    const without = await postAs('manager', actions.rejectApplicant, {
      id: String(applicant.id),
      reason: '   ',
    })
    expect(without).toBe('/en/account/members?error=reason')
    expect((await stored(applicant.id)).membershipStatus).toBe('pending')
    const reason = 'The community is for people working on labour migration.'
    const url = await postAs('admin', actions.rejectApplicant, { id: String(applicant.id), reason })
    expect(url).toBe('/en/account/members?saved=rejected')
    expect(await stored(applicant.id)).toMatchObject({
      membershipStatus: 'rejected',
      rejectionReason: reason,
    })
    const [mail] = await deliver()
    expect(mail.subject).toBe(mailText('vi', 'rejectedSubject'))
    expect(mail.text).toContain(reason)
  })

  it('should record a manager’s change of roles, moderated themes and right to submit in the audit log', async () => {
    const member = await person({ membershipStatus: 'approved' })
    const url = await postAs('manager', actions.updateMemberRights, {
      id: String(member.id),
      roles: ['member', 'moderator'],
      moderatedThemes: [String(theme.id)],
      maySubmit: 'on',
    })
    expect(url).toBe('/en/account/members?saved=rights')
    expect(await stored(member.id)).toMatchObject({
      roles: ['member', 'moderator'],
      moderatedThemes: [theme.id],
      maySubmit: true,
    })
    const entries = (await auditEntries(member.id)).filter((e) => e.action !== 'registered')
    expect(entries.map((e) => [e.action, e.actor])).toEqual([
      ['roles-changed', cast.manager.id],
      ['moderated-themes-changed', cast.manager.id],
      ['submit-right-granted', cast.manager.id],
    ])
  })

  it('should refuse a manager granting the admin role or changing their own rights', async () => {
    const member = await person({ membershipStatus: 'approved' })
    const admin = await postAs('manager', actions.updateMemberRights, {
      id: String(member.id),
      roles: ['admin'],
    })
    expect(admin).toBe('/en/account/members?error=refused')
    expect((await stored(member.id)).roles).toEqual(['member'])
    const self = await postAs('manager', actions.updateMemberRights, {
      id: String(cast.manager.id),
      roles: ['manager', 'staff'],
      maySubmit: 'on',
    })
    expect(self).toBe('/en/account/members?error=self')
    expect(await stored(cast.manager.id)).toMatchObject({ roles: ['manager'], maySubmit: false })
  })

  it('should suspend a member and reinstate them, each in the audit log', async () => {
    const member = await person({ membershipStatus: 'approved' })
    const fields = (status: string) => ({ id: String(member.id), status })
    expect(await postAs('manager', actions.setMemberStatus, fields('suspended'))).toBe(
      '/en/account/members?saved=suspended',
    )
    expect((await stored(member.id)).membershipStatus).toBe('suspended')
    expect(await postAs('admin', actions.setMemberStatus, fields('approved'))).toBe(
      '/en/account/members?saved=approved',
    )
    expect((await stored(member.id)).membershipStatus).toBe('approved')
    const actionsLogged = (await auditEntries(member.id)).map((entry) => entry.action)
    expect(actionsLogged).toEqual(['registered', 'suspended', 'reinstated'])
  })

  it('should invite a pasted list or an uploaded file and answer each row, and revoke an invitation', async () => {
    next.token = tokens.manager
    try {
      const pasted = await actions.sendInvitations(
        {},
        formOf({ list: 'Pasted Person,pasted@example.org,my\nnot an address', language: 'en' }),
      )
      expect(pasted).toEqual({
        results: [
          { line: 1, name: 'Pasted Person', email: 'pasted@example.org', outcome: 'invited' },
          { line: 2, name: 'not an address', email: '', outcome: 'invalid-address' },
        ],
      })
      const upload = formOf({ language: 'th' })
      upload.set('file', new File(['Uploaded Person;uploaded@example.org'], 'list.csv'))
      expect(await actions.sendInvitations({}, upload)).toEqual({
        results: [
          { line: 1, name: 'Uploaded Person', email: 'uploaded@example.org', outcome: 'invited' },
        ],
      })
      expect(await actions.sendInvitations({}, formOf({ list: '  ' }))).toEqual({
        error: 'empty',
      })
      const broken = formOf({ list: 'Somebody,"somebody@example.org\nOther,other@example.org' })
      expect(await actions.sendInvitations({}, broken)).toEqual({ error: 'unreadable', count: 2 })
    } finally {
      next.token = undefined
    }
    expect((await deliver()).map((mail) => [mail.recipient, mail.subject])).toEqual([
      ['pasted@example.org', mailText('my', 'invitationSubject')],
      ['uploaded@example.org', mailText('th', 'invitationSubject')],
    ])
    const invitation = (await invitationOf('pasted@example.org'))!
    const url = await postAs('manager', actions.revokeInvitation, { id: String(invitation.id) })
    expect(url).toBe('/en/account/invitations?saved=revoked')
    expect((await invitationOf('pasted@example.org'))!.status).toBe('revoked')
  })
})
