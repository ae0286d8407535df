import { simpleParser, type ParsedMail } from 'mailparser'
import { _internal_resetJobSystemGlobals, createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { MAIL_QUEUE } from '@/email/queue'
import { startMailSink, type MailSink } from '@/email/sink'
import { mailStrings } from '@/i18n/strings/mail'
import { approveMembership, rejectMembership } from '@/membership/decisions'
import type { Country, Organisation, Resource, Theme, User } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/lexical'

import { httpClient, type HttpResult } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, tokenFor, type Cast } from '../helpers/people'
import { createSample, type SampleContext } from '../helpers/samples'

/**
 * Joining, from the applicant's sign-up to the manager's decision, over REST, GraphQL and the
 * Local API functions, with real mail through the SMTP sink; who may decide; the audit log.
 */
const SERVER_URL = 'https://cop.example.org'
const SECRET = 'What the members-only guide says.'
let sink: MailSink
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let theme: Theme
let country: Country
let directory: Organisation
let guide: Resource
const tokens: Partial<Record<keyof Cast, string>> = {}

beforeAll(async () => {
  // Dozens of sign-ups from one in-process client, which has no address: each must reach the
  // membership rules tested here (the limits themselves: abuse.int.spec.ts).
  raiseLimitsOutOfTheWay()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  process.env.SERVER_URL = SERVER_URL
  portal = await bootPortal('membership')
  payload = portal.payload
  http = httpClient(portal.config)
  theme = (await createThemes(payload)).moderated
  cast = await createCast(payload, theme)
  country = (await createSample(payload, 'countries', { theme } as SampleContext)) as Country
  const context = { theme, country }
  directory = (await createSample(payload, 'organisations', context)) as Organisation
  guide = (await createSample(payload, 'resources', context, {
    visibility: 'members',
    description: paragraphsToRichText([SECRET]),
  })) as Resource
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
/** Runs the mail queue and reads what arrived, each with its recipient. */
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

const stored = (id: number) =>
  payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
const storedByEmail = async (email: string) =>
  (
    await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
  ).docs[0] as (User & { _verified?: boolean; _verificationToken?: string }) | undefined
const userCount = async () =>
  (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs
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
const auditCount = async () =>
  (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs
/** The paths a 400 names. */
const invalidPaths = (response: HttpResult) =>
  (response.body?.errors?.[0]?.data?.errors ?? []).map((error: { path: string }) => error.path)

/** What a sign-up's answer repeats: everything sent but the password. */
const withoutPassword = (sent: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(sent).filter(([key]) => key !== 'password'))

let applicants = 0
/** A complete application, as the registration page will send it. */
function application(overrides: Record<string, unknown> = {}) {
  applicants += 1
  return {
    name: `Applicant ${applicants}`,
    email: `applicant-${applicants}@example.org`,
    password: PASSWORD,
    organisation: 'Migrant Workers Rights Network',
    memberGroup: 'trade-union',
    country: country.id,
    themesOfInterest: [theme.id],
    statement: 'I run the migrant workers’ desk of our union.',
    preferredLanguage: 'en',
    ...overrides,
  }
}

/** Signs an applicant up through REST and verifies them with the token of their mail. */
async function signUpAndVerify(sent: Record<string, unknown>) {
  expect((await http.rest('POST', '/users', { json: sent })).status).toBe(201)
  const [mail] = await deliver()
  const token = mail.text?.match(/\/account\/verify\/([a-f0-9]+)/)?.[1]
  expect((await http.rest('POST', `/users/verify/${token}`)).status).toBe(200)
  await deliver()
  return (await storedByEmail(String(sent.email)))!
}

const signIn = (email: string, password = PASSWORD) =>
  http.rest('POST', '/users/login', { json: { email, password } })

describe('joining', () => {
  it('should take an applicant from sign-up and the mailed link to a manager’s approval, and then show them members-only works', async () => {
    const sent = application({ organisation: directory.id, preferredLanguage: 'th' })
    const echo = withoutPassword(sent) as typeof sent
    const signUp = await http.rest('POST', '/users', { json: sent })
    expect(signUp.status, signUp.text).toBe(201)
    expect(signUp.body.doc).toEqual(echo)

    const applicant = (await storedByEmail(echo.email))!
    expect(applicant).toMatchObject({
      membershipStatus: 'pending',
      roles: ['member'],
      maySubmit: false,
      organisation: directory.name,
      organisationEntry: directory.id,
      memberGroup: 'trade-union',
      preferredLanguage: 'th',
      affiliationConfirmed: false,
      _verified: false,
    })
    const early = await signIn(echo.email)
    expect(early.status).toBe(403)
    expect(early.body.token).toBeUndefined()

    const [verification, ...others] = await deliver()
    expect(others).toHaveLength(0)
    expect(verification.recipient).toBe(echo.email)
    expect(verification.subject).toBe(mailStrings.verifySubject.th)
    const token = verification.text?.match(
      new RegExp(`${SERVER_URL}/th/account/verify/([a-f0-9]+)`),
    )?.[1]
    expect(token).toBe(applicant._verificationToken)

    const verified = await http.rest('POST', `/users/verify/${token}`)
    expect(verified.status, verified.text).toBe(200)
    expect((await stored(applicant.id))._verified).toBe(true)

    const reviews = await deliver()
    expect(reviews.map((mail) => mail.recipient).sort()).toEqual([
      'admin@example.org',
      'manager@example.org',
    ])
    for (const review of reviews) {
      expect(review.subject).toBe(`New membership application: ${echo.name}`)
      expect(review.text).toContain(`${echo.name} (${directory.name})`)
      expect(review.text).toContain(`${SERVER_URL}/admin/collections/users/${applicant.id}`)
    }
    // The link is spent: replaying it verifies nothing and mails nobody.
    expect((await http.rest('POST', `/users/verify/${token}`)).status).toBe(403)
    expect(await deliver()).toHaveLength(0)

    const pendingLogin = await signIn(echo.email)
    expect(pendingLogin.status).toBe(200)
    const pendingRead = await http.rest('GET', `/resources/${guide.id}`, {
      token: pendingLogin.body.token,
    })
    // The work is read, as a visitor reads it: only its members-only description is left out.
    expect(pendingRead.status).toBe(200)
    expect(pendingRead.body.title).toBe(guide.title)
    expect(pendingRead.body.description).toBeUndefined()

    const approval = await http.rest('PATCH', `/users/${applicant.id}`, {
      token: tokens.manager,
      json: { membershipStatus: 'approved' },
    })
    expect(approval.status, approval.text).toBe(200)
    expect(await stored(applicant.id)).toMatchObject({
      membershipStatus: 'approved',
      affiliationConfirmed: true,
      organisation: directory.name,
      memberGroup: 'trade-union',
    })
    const [outcome, ...more] = await deliver()
    expect(more).toHaveLength(0)
    expect(outcome.recipient).toBe(echo.email)
    expect(outcome.subject).toBe(mailStrings.approvedSubject.th)
    expect(outcome.text).toContain(`${SERVER_URL}/th`)
    expect(outcome.html).toContain('lang="th"')

    const login = await signIn(echo.email)
    expect(login.status).toBe(200)
    expect(login.body.user.membershipStatus).toBe('approved')
    const read = await http.rest('GET', `/resources/${guide.id}`, { token: login.body.token })
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body.description)).toContain(SECRET)

    expect((await auditOf(applicant.id)).map((entry) => [entry.action, entry.actor])).toEqual([
      ['registered', null],
      ['verified', null],
      ['approved', cast.manager.id],
    ])
  })

  it('should let approveMembership correct the organisation and group, after a verification through the Local API', async () => {
    const sent = application({ organisation: 'Federation of Proposed Names', memberGroup: 'other' })
    expect((await http.rest('POST', '/users', { json: sent })).status).toBe(201)
    await deliver()
    const applicant = (await storedByEmail(sent.email))!
    expect(applicant.organisationEntry ?? null).toBeNull()
    // The site's verify page (the mailed link) and the admin panel's call the Local API's verifyEmail.
    await payload.verifyEmail({ collection: 'users', token: applicant._verificationToken! })
    expect((await deliver()).map((mail) => mail.recipient).sort()).toEqual([
      'admin@example.org',
      'manager@example.org',
    ])

    const req = await createLocalReq({ user: cast.manager }, payload)
    await approveMembership({
      req,
      id: applicant.id,
      organisation: directory.id,
      memberGroup: 'employers',
    })
    expect(await stored(applicant.id)).toMatchObject({
      membershipStatus: 'approved',
      organisation: directory.name,
      organisationEntry: directory.id,
      memberGroup: 'employers',
      affiliationConfirmed: true,
    })
    const approved = (await auditOf(applicant.id)).at(-1)!
    expect(approved).toMatchObject({ action: 'approved', actor: cast.manager.id })
    expect(approved.details).toEqual({
      membershipStatus: { before: 'pending', after: 'approved' },
      organisation: { before: 'Federation of Proposed Names', after: directory.name },
      organisationEntry: { before: null, after: String(directory.id) },
      memberGroup: { before: 'other', after: 'employers' },
    })
    expect((await deliver()).map((mail) => mail.subject)).toEqual([mailStrings.approvedSubject.en])

    // A member who then changes their organisation waits for a manager to confirm it; the
    // confirmed one stays meanwhile, and the managers are told (profile.int.spec.ts).
    const token = (await signIn(sent.email)).body.token
    const moved = await http.rest('PATCH', `/users/${applicant.id}`, {
      token,
      json: { organisation: 'Another Federation' },
    })
    expect(moved.status, moved.text).toBe(200)
    expect(await stored(applicant.id)).toMatchObject({
      organisation: directory.name,
      organisationEntry: directory.id,
      affiliationConfirmed: true,
      proposedOrganisation: { name: 'Another Federation', entry: null },
      membershipStatus: 'approved',
    })
    expect((await deliver()).map((mail) => mail.recipient).sort()).toEqual([
      'admin@example.org',
      'manager@example.org',
    ])
  })
})

describe('rejection', () => {
  it('should reject with the reason, store it, mail it to the applicant and record it', async () => {
    const applicant = await signUpAndVerify(application())
    const reason = 'We could not confirm that your organisation works on labour migration.'
    const rejection = await http.rest('PATCH', `/users/${applicant.id}`, {
      token: tokens.admin,
      json: { membershipStatus: 'rejected', rejectionReason: reason },
    })
    expect(rejection.status, rejection.text).toBe(200)
    expect(await stored(applicant.id)).toMatchObject({
      membershipStatus: 'rejected',
      rejectionReason: reason,
    })
    const [mail, ...more] = await deliver()
    expect(more).toHaveLength(0)
    expect(mail.recipient).toBe(applicant.email)
    expect(mail.subject).toBe('Your membership application')
    expect(mail.text).toContain(`The reason given: ${reason}`)
    expect(mail.html).toContain(`The reason given: ${reason}`)
    expect((await auditOf(applicant.id)).at(-1)).toMatchObject({
      action: 'rejected',
      actor: cast.admin.id,
      reason,
      details: { membershipStatus: { before: 'pending', after: 'rejected' } },
    })

    // A rejected person signs in to see their status, and reads nothing more than a visitor.
    const login = await signIn(applicant.email)
    expect(login.status).toBe(200)
    const token = login.body.token
    const people = await http.rest('GET', '/users', { token })
    expect(people.body.docs.map((doc: User) => doc.id)).toEqual([applicant.id])
    expect(people.body.docs[0]).toMatchObject({
      membershipStatus: 'rejected',
      rejectionReason: reason,
    })
    const work = await http.rest('GET', `/resources/${guide.id}`, { token })
    expect(work.status).toBe(200)
    expect(work.body.title).toBe(guide.title)
    expect(work.body.description).toBeUndefined()
  })

  it('should refuse a rejection without a reason with a 400 on rejectionReason, changing nothing', async () => {
    const applicant = await signUpAndVerify(application())
    const entries = await auditCount()
    const withoutReason = await http.rest('PATCH', `/users/${applicant.id}`, {
      token: tokens.manager,
      json: { membershipStatus: 'rejected' },
    })
    expect(withoutReason.status).toBe(400)
    expect(invalidPaths(withoutReason)).toEqual(['rejectionReason'])
    const blank = await http.rest('PATCH', `/users/${applicant.id}`, {
      token: tokens.manager,
      json: { membershipStatus: 'rejected', rejectionReason: '   ' },
    })
    expect(blank.status).toBe(400)
    const req = await createLocalReq({ user: cast.manager }, payload)
    await expect(rejectMembership({ req, id: applicant.id, reason: '' })).rejects.toMatchObject({
      status: 400,
    })
    expect((await stored(applicant.id)).membershipStatus).toBe('pending')
    expect(await auditCount()).toBe(entries)
    expect(await deliver()).toHaveLength(0)
  })
})

describe('the join form’s directory', () => {
  it('should offer a visitor the directory’s organisations by name, only their name and acronym, as anonymous REST lists them', async () => {
    const { listOrganisations } = await import('@/data/organisations')
    const entries = await listOrganisations({ user: null })
    expect(entries).toContainEqual({
      id: directory.id,
      name: directory.name,
      acronym: directory.acronym ?? null,
    })
    for (const entry of entries)
      expect(Object.keys(entry).sort()).toEqual(['acronym', 'id', 'name'])
    const anonymous = await http.rest('GET', '/organisations?limit=1000&sort=name&depth=0')
    expect(anonymous.status).toBe(200)
    const listed = (anonymous.body.docs as Organisation[]).map(({ id, name }) => ({ id, name }))
    expect(entries.map(({ id, name }) => ({ id, name }))).toEqual(listed)
  })
})

describe('the registration contract', () => {
  it('should answer a 400 naming each field an application lacks, and create nobody', async () => {
    const before = await userCount()
    const response = await http.rest('POST', '/users', {
      json: application({ organisation: undefined, memberGroup: undefined }),
    })
    expect(response.status).toBe(400)
    expect(invalidPaths(response)).toEqual(['organisation', 'memberGroup'])
    expect(await userCount()).toBe(before)
  })

  it('should refuse an organisation id that names no directory entry, an unknown language and an overlong statement', async () => {
    const before = await userCount()
    for (const [overrides, path] of [
      [{ organisation: 999999 }, 'organisation'],
      [{ preferredLanguage: 'fr' }, 'preferredLanguage'],
      [{ statement: 'x'.repeat(1001) }, 'statement'],
      [{ memberGroup: 'lobbyists' }, 'memberGroup'],
    ] as const) {
      const response = await http.rest('POST', '/users', { json: application(overrides) })
      expect(response.status, path).toBe(400)
      expect(invalidPaths(response), path).toEqual([path])
    }
    expect(await userCount()).toBe(before)
  })
})

describe('a sign-up for an address that already has an account', () => {
  it('should answer exactly as for a new address, create nothing and tell the owner', async () => {
    const before = await userCount()
    const entries = await auditCount()
    const fresh = application()
    const known = { ...application(), email: cast.member.email }
    const freshAnswer = await http.rest('POST', '/users', { json: fresh })
    const knownAnswer = await http.rest('POST', '/users', { json: known })
    expect(knownAnswer.status).toBe(freshAnswer.status)
    expect(knownAnswer.status).toBe(201)
    expect(freshAnswer.body).toEqual({
      doc: withoutPassword(fresh),
      message: freshAnswer.body.message,
    })
    expect(knownAnswer.body).toEqual({
      doc: withoutPassword(known),
      message: freshAnswer.body.message,
    })

    expect(await userCount()).toBe(before + 1)
    const standIns = await payload.count({
      collection: 'users',
      where: { email: { like: 'known-address.invalid' } },
      overrideAccess: true,
    })
    expect(standIns.totalDocs).toBe(0)
    expect((await stored(cast.member.id)).name).toBe(cast.member.name)
    expect(await auditCount()).toBe(entries + 1)

    const mails = await deliver()
    expect(mails.map((mail) => [mail.recipient, mail.subject]).sort()).toEqual([
      [fresh.email, 'Confirm your e-mail address'],
      [known.email, 'Someone tried to register with your address'],
    ])
  })

  it('should answer GraphQL createUser alike too', async () => {
    const before = await userCount()
    const mutation = (email: string) =>
      http.graphql(
        `mutation { createUser(data: { name: "Graph Applicant", email: "${email}", password: "${PASSWORD}", organisation: "Graph Union", memberGroup: trade_union }) { name email organisation } }`,
      )
    const fresh = await mutation('graph-applicant@example.org')
    const known = await mutation(cast.staff.email)
    expect(fresh.status).toBe(200)
    expect(known.status).toBe(200)
    expect(fresh.body).toEqual({
      data: {
        createUser: {
          name: 'Graph Applicant',
          email: 'graph-applicant@example.org',
          organisation: 'Graph Union',
        },
      },
    })
    expect(known.body).toEqual({
      data: {
        createUser: {
          name: 'Graph Applicant',
          email: cast.staff.email,
          organisation: 'Graph Union',
        },
      },
    })
    expect(await userCount()).toBe(before + 1)
    await deliver()
  })
})

describe('who decides', () => {
  let applicant: User
  beforeAll(async () => {
    applicant = await signUpAndVerify(application())
  })

  it.each(['member', 'staff', 'moderator'] as const)(
    'should refuse a %s approving an applicant through REST and GraphQL, changing nothing',
    async (role) => {
      const rest = await http.rest('PATCH', `/users/${applicant.id}`, {
        token: tokens[role],
        json: { membershipStatus: 'approved' },
      })
      expect(rest.status).toBe(403)
      const graph = await http.graphql(
        `mutation { updateUser(id: ${applicant.id}, data: { membershipStatus: approved }) { id } }`,
        { token: tokens[role] },
      )
      expect(graph.body.errors?.[0]?.message).toBe(
        'Only managers and administrators can change roles or membership status.',
      )
      const req = await createLocalReq({ user: cast[role] }, payload)
      await expect(approveMembership({ req, id: applicant.id })).rejects.toMatchObject({
        status: 403,
      })
      expect((await stored(applicant.id)).membershipStatus).toBe('pending')
    },
  )

  it('should refuse an applicant approving themselves, and an admin deciding their own membership', async () => {
    // The applicant must really be signed in: a refused sign-in would make the PATCH a
    // visitor's, refused for another reason.
    const login = await signIn(applicant.email)
    expect(login.status).toBe(200)
    const self = await http.rest('PATCH', `/users/${applicant.id}`, {
      token: login.body.token,
      json: { membershipStatus: 'approved' },
    })
    expect(self.status).toBe(403)
    expect(self.body.errors[0].message).toBe(
      'Only managers and administrators can change roles or membership status.',
    )
    expect((await stored(applicant.id)).membershipStatus).toBe('pending')
    const admin = await http.rest('PATCH', `/users/${cast.admin.id}`, {
      token: tokens.admin,
      json: { membershipStatus: 'suspended' },
    })
    expect(admin.status).toBe(403)
    expect(admin.body.errors[0].message).toBe(
      'Nobody can decide their own membership; another manager must.',
    )
    expect((await stored(cast.admin.id)).membershipStatus).toBe('approved')
  })

  it('should refuse a pending member changing their own roles, status, right to submit, verification or confirmation', async () => {
    for (const change of [
      { roles: ['staff'] },
      { membershipStatus: 'approved' },
      { maySubmit: true },
      { affiliationConfirmed: true },
      { rejectionReason: 'none' },
    ]) {
      const response = await http.rest('PATCH', `/users/${cast.pending.id}`, {
        token: tokens.pending,
        json: change,
      })
      expect(response.status, JSON.stringify(change)).toBe(403)
    }
    const graph = await http.graphql(
      `mutation { updateUser(id: ${cast.pending.id}, data: { maySubmit: true }) { id } }`,
      { token: tokens.pending },
    )
    expect(graph.body.errors?.[0]?.message).toMatch(/Only managers and administrators/)
    expect(await stored(cast.pending.id)).toMatchObject({
      roles: ['member'],
      membershipStatus: 'pending',
      maySubmit: false,
    })
  })

  it('should refuse an anonymous sign-up that marks itself verified', async () => {
    const sent = application({ _verified: true })
    const response = await http.rest('POST', '/users', { json: sent })
    expect(response.status).toBe(403)
    expect(await storedByEmail(String(sent.email))).toBeUndefined()
  })

  it('should hide an applicant’s address, statement and other private fields from another member', async () => {
    const rest = await http.rest('GET', `/users/${applicant.id}`, { token: tokens.member })
    expect(rest.status).toBe(200)
    expect(rest.body.name).toBe(applicant.name)
    for (const field of [
      'email',
      'statement',
      'preferredLanguage',
      'organisationEntry',
      'rejectionReason',
      'membershipStatus',
      'roles',
      '_verified',
    ]) {
      expect(rest.body[field], field).toBeUndefined()
    }
    const graph = await http.graphql(
      `{ User(id: ${applicant.id}) { name email statement preferredLanguage } }`,
      { token: tokens.member },
    )
    expect(graph.body.data.User).toEqual({
      name: applicant.name,
      email: null,
      statement: null,
      preferredLanguage: null,
    })
  })
})

describe('the audit log', () => {
  it('should be read by managers and admins only, through REST and GraphQL', async () => {
    for (const role of ['visitor', 'pending', 'member', 'staff', 'moderator'] as const) {
      const token = role === 'visitor' ? undefined : tokens[role]
      expect((await http.rest('GET', '/audit-log', { token })).status, role).toBe(403)
      const graph = await http.graphql('{ AuditLogs { docs { id action } } }', { token })
      expect(graph.body.data?.AuditLogs ?? null, role).toBeNull()
      expect(graph.body.errors?.[0]?.message, role).toBe(
        'You are not allowed to perform this action.',
      )
    }
    for (const role of ['manager', 'admin'] as const) {
      const list = await http.rest('GET', '/audit-log', { token: tokens[role] })
      expect(list.status).toBe(200)
      expect(list.body.totalDocs).toBe(await auditCount())
      const graph = await http.graphql('{ AuditLogs { totalDocs } }', { token: tokens[role] })
      expect(graph.body.data.AuditLogs.totalDocs).toBe(await auditCount())
    }
  })

  it('should refuse creating, editing or deleting an entry to everyone, admins included, through REST and GraphQL', async () => {
    const [entry] = (
      await payload.find({ collection: 'audit-log', limit: 1, overrideAccess: true })
    ).docs
    const entries = await auditCount()
    for (const role of ['visitor', 'member', 'manager', 'admin'] as const) {
      const token = role === 'visitor' ? undefined : tokens[role]
      const create = await http.rest('POST', '/audit-log', {
        token,
        json: { action: 'approved', subject: cast.member.id, reason: 'forged' },
      })
      expect(create.status, `create by ${role}`).toBe(403)
      const update = await http.rest('PATCH', `/audit-log/${entry.id}`, {
        token,
        json: { reason: 'tidied up' },
      })
      expect(update.status, `update by ${role}`).toBe(403)
      const remove = await http.rest('DELETE', `/audit-log/${entry.id}`, { token })
      expect(remove.status, `delete by ${role}`).toBe(403)
      for (const mutation of [
        'mutation { createAuditLog(data: { action: approved, reason: "forged" }) { id } }',
        `mutation { updateAuditLog(id: ${entry.id}, data: { reason: "tidied up" }) { id } }`,
        `mutation { deleteAuditLog(id: ${entry.id}) { id } }`,
      ]) {
        const graph = await http.graphql(mutation, { token })
        expect(graph.body.errors?.[0]?.message, `${mutation} by ${role}`).toBe(
          'You are not allowed to perform this action.',
        )
      }
    }
    expect(await auditCount()).toBe(entries)
    const after = await payload.findByID({
      collection: 'audit-log',
      id: entry.id,
      overrideAccess: true,
    })
    expect(after.reason).toBe(entry.reason)
  })

  it('should record each change of roles, moderated themes, right to submit and suspension with its actor', async () => {
    const person = await signUpAndVerify(application())
    await approveMembership({
      req: await createLocalReq({ user: cast.admin }, payload),
      id: person.id,
    })
    await deliver()
    const patch = async (token: string | undefined, json: Record<string, unknown>) => {
      const response = await http.rest('PATCH', `/users/${person.id}`, { token, json })
      expect(response.status, response.text).toBe(200)
    }
    const from = (await auditOf(person.id)).length
    await patch(tokens.manager, { roles: ['moderator'], moderatedThemes: [theme.id] })
    await patch(tokens.manager, { maySubmit: true })
    await patch(tokens.manager, { membershipStatus: 'suspended' })
    await patch(tokens.manager, { membershipStatus: 'approved' })
    const graph = await http.graphql(
      `mutation { updateUser(id: ${person.id}, data: { maySubmit: false, roles: member }) { id } }`,
      { token: tokens.admin },
    )
    expect(graph.body.errors).toBeUndefined()

    const entries = (await auditOf(person.id)).slice(from)
    expect(entries.map((entry) => [entry.action, entry.actor, entry.details])).toEqual([
      ['roles-changed', cast.manager.id, { roles: { before: ['member'], after: ['moderator'] } }],
      [
        'moderated-themes-changed',
        cast.manager.id,
        { moderatedThemes: { before: [], after: [String(theme.id)] } },
      ],
      ['submit-right-granted', cast.manager.id, { maySubmit: { before: false, after: true } }],
      [
        'suspended',
        cast.manager.id,
        { membershipStatus: { before: 'approved', after: 'suspended' } },
      ],
      [
        'reinstated',
        cast.manager.id,
        { membershipStatus: { before: 'suspended', after: 'approved' } },
      ],
      ['roles-changed', cast.admin.id, { roles: { before: ['moderator'], after: ['member'] } }],
      ['submit-right-revoked', cast.admin.id, { maySubmit: { before: true, after: false } }],
    ])
    // A reinstatement is no new approval: the member is not mailed again.
    expect(await deliver()).toHaveLength(0)
  })
})
