import { simpleParser, type ParsedMail } from 'mailparser'
import { _internal_resetJobSystemGlobals, createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { MAIL_QUEUE } from '@/email/queue'
import { startMailSink, type MailSink } from '@/email/sink'
import { mailStrings } from '@/i18n/strings/mail'
import type { Country, Organisation, OrganisationProposal, Theme, User } from '@/payload-types'
import { rejectSubmission } from '@/submissions/decisions'
import { proposeProfileFromForm } from '@/submissions/profileForm'
import { decideFromForm } from '@/submissions/site'

import { httpClient } from '../helpers/http'
import { raiseLimitsOutOfTheWay } from '../helpers/limits'
import { bootPortal, type Portal } from '../helpers/payload'
import { createCast, createThemes, PASSWORD, tokenFor, type Cast } from '../helpers/people'

/**
 * A member proposes their organisation's profile (issue 11, item 7): only with the right to
 * submit and an organisation a manager confirmed as a directory entry; only a manager decides,
 * never the proposer; approval copies the values into the directory entry; the proposer is
 * mailed and the audit log keeps the decision; nobody else ever sees proposed values.
 */
const SITE = 'https://cop.example.org'
const expired = vi.hoisted(() => [] as string[])
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  revalidateTag: (tag: string) => {
    expired.push(tag)
  },
}))
let sink: MailSink
let portal: Portal
let payload: Payload
let http: ReturnType<typeof httpClient>
let cast: Cast
let theme: Theme
let thailand: Country
let malaysia: Country
let union: Organisation
let otherOrganisation: Organisation
/** Members of the union: one proposes, one has no right to submit, one is not yet confirmed. */
let proposer: User
let colleague: User
let unconfirmed: User
/** A manager who belongs to the union too, and so proposes but never decides on their own. */
let managerMember: User
const tokens: Record<string, string | undefined> = {}
let submissions: typeof import('@/data/submissions')

beforeAll(async () => {
  raiseLimitsOutOfTheWay()
  sink = await startMailSink()
  process.env.SMTP_URL = sink.url
  process.env.SERVER_URL = SITE
  portal = await bootPortal('organisation-proposals')
  payload = portal.payload
  http = httpClient(portal.config)
  theme = (await createThemes(payload)).moderated
  cast = await createCast(payload, theme)
  const quiet = { overrideAccess: true, context: { disableRevalidate: true } } as const
  const country = (name: string, iso: string) =>
    payload.create({
      collection: 'countries',
      data: { name, iso, region: 'south-east-asia', role: 'origin' },
      ...quiet,
    })
  thailand = await country('Thailand', 'TH')
  malaysia = await country('Malaysia', 'MY')
  union = await payload.create({
    collection: 'organisations',
    data: {
      name: 'Domestic Workers Union',
      acronym: 'DWU',
      kind: 'trade-union',
      country: thailand.id,
      website: 'https://dwu.example.org',
    },
    ...quiet,
  })
  otherOrganisation = await payload.create({
    collection: 'organisations',
    data: { name: 'Another Network', kind: 'civil-society' },
    ...quiet,
  })
  const person = (key: string, data: Partial<User>) =>
    payload.create({
      collection: 'users',
      data: {
        email: `${key}@example.org`,
        password: PASSWORD,
        name: `${key[0].toUpperCase()}${key.slice(1)} Person`,
        roles: ['member'],
        membershipStatus: 'approved',
        _verified: true,
        organisation: union.name,
        organisationEntry: union.id,
        affiliationConfirmed: true,
        ...data,
      } as User,
      ...quiet,
    })
  proposer = await person('proposer', { maySubmit: true, preferredLanguage: 'th' })
  colleague = await person('colleague', {})
  unconfirmed = await person('unconfirmed', { maySubmit: true, affiliationConfirmed: false })
  managerMember = await person('managermember', { roles: ['manager'], maySubmit: true })
  for (const [key, user] of Object.entries({
    ...cast,
    proposer,
    colleague,
    unconfirmed,
    managerMember,
  })) {
    tokens[key] = await tokenFor(payload, user)
  }
  submissions = await import('@/data/submissions')
  await deliver()
}, 180_000)
afterAll(async () => {
  _internal_resetJobSystemGlobals()
  await portal?.close()
  await sink?.close()
  delete process.env.SMTP_URL
  delete process.env.SERVER_URL
})
beforeEach(async () => {
  await resetEntry()
  sink.messages.splice(0)
  expired.splice(0)
})

/** Runs the mail queue and reads the mail that arrived, each with its recipient. */
async function deliver(): Promise<(ParsedMail & { recipient: string })[]> {
  await payload.jobs.run({ queue: MAIL_QUEUE, limit: 200, silent: true })
  const mails = await Promise.all(
    sink.messages.map(async (mail) => ({
      ...(await simpleParser(mail.raw)),
      recipient: mail.to[0],
    })),
  )
  sink.messages.splice(0)
  return mails
}

async function propose(json: Record<string, unknown>, token = tokens.proposer) {
  const created = await http.rest('POST', '/organisation-proposals', { token, json })
  expect(created.status, created.text).toBe(201)
  return created.body.doc as OrganisationProposal
}
const entry = () =>
  payload.findByID({ collection: 'organisations', id: union.id, depth: 0, overrideAccess: true })
const asServer = { overrideAccess: true } as const
const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: number }).id : value
async function lastAudit(subject: number) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { subject: { equals: subject } },
    sort: '-id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
}
const siteReq = (user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
const approveByGraphql = (id: number, token?: string) =>
  http.graphql(
    `mutation { updateOrganisationProposal(id: ${id}, data: { submissionStatus: approved }) { id submissionStatus } }`,
    { token },
  )

/** The site's profile form, as the browser posts it. */
function profileForm(values: Record<string, string>) {
  const data = new FormData()
  data.set('locale', 'en')
  for (const [name, value] of Object.entries(values)) data.set(name, value)
  return data
}

/** Puts the directory entry back as it was, before each test. */
async function resetEntry() {
  await payload.update({
    collection: 'organisations',
    id: union.id,
    data: {
      name: 'Domestic Workers Union',
      acronym: 'DWU',
      country: thailand.id,
      website: 'https://dwu.example.org',
    },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

describe('a member’s proposed organisation profile', () => {
  it('should be answered 201 as a waiting proposal for their own organisation, whatever they send, and ask the managers', async () => {
    const proposal = await propose({
      website: 'https://new.dwu.example.org',
      organisation: otherOrganisation.id,
      submissionStatus: 'approved',
      submittedBy: colleague.id,
      rejectionReason: 'forged',
    })
    expect(proposal).toMatchObject({
      name: 'Domestic Workers Union',
      acronym: 'DWU',
      website: 'https://new.dwu.example.org',
      submissionStatus: 'submitted',
      rejectionReason: null,
    })
    expect(idOf(proposal.organisation)).toBe(union.id)
    expect(idOf(proposal.country)).toBe(thailand.id)
    expect(idOf(proposal.submittedBy)).toBe(proposer.id)
    // Nothing the public sees changed: the entry is as it was, and no page was expired.
    expect((await entry()).website).toBe('https://dwu.example.org')
    expect(expired).toEqual([])

    const mails = await deliver()
    expect(mails.map((mail) => mail.recipient).sort()).toEqual([
      'admin@example.org',
      'manager@example.org',
      'managermember@example.org',
    ])
    for (const mail of mails) {
      expect(mail.subject).toBe('A submission to review: Domestic Workers Union')
      expect(mail.text).toContain('Proposer Person proposed “Domestic Workers Union”')
      expect(mail.text).toContain(`${SITE}/en/account/review`)
    }

    // One waits at a time: a second is a 409 (the site's form says so), and mails nobody.
    const second = await http.rest('POST', '/organisation-proposals', {
      token: tokens.proposer,
      json: { website: 'https://again.dwu.example.org' },
    })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toBe(
      'Your proposal for this organisation is still waiting for a manager: change that one, or propose again once it is decided.',
    )
    expect(
      await proposeProfileFromForm({
        req: await siteReq(proposer),
        form: profileForm({ name: 'Domestic Workers Union', website: 'https://again.example.org' }),
      }),
    ).toEqual({ ok: false, codes: ['waiting'] })
    expect(await deliver()).toEqual([])
    await payload.delete({ collection: 'organisation-proposals', id: proposal.id, ...asServer })
  })

  it('should show proposed values to the proposer and managers only, through REST, GraphQL and the pages', async () => {
    const proposal = await propose({ website: 'https://secret.example.org' })
    const read = (token?: string) =>
      http.rest('GET', `/organisation-proposals/${proposal.id}`, { token })
    expect((await read(tokens.proposer)).status).toBe(200)
    expect((await read(tokens.manager)).status).toBe(200)
    expect((await read(tokens.admin)).status).toBe(200)
    expect((await read()).status).toBe(403)
    for (const role of ['colleague', 'member', 'staff', 'moderator', 'pending'] as const) {
      expect((await read(tokens[role])).status, role).toBe(role === 'pending' ? 403 : 404)
      const list = await http.rest('GET', '/organisation-proposals?limit=100', {
        token: tokens[role],
      })
      expect(list.status, role).toBe(role === 'pending' ? 403 : 200)
      // An active member reads their own proposals only, and none of these has proposed one.
      if (role !== 'pending') expect(list.body.docs, role).toEqual([])
      expect(list.text, role).not.toContain('secret.example.org')
      const graphql = await http.graphql('{ OrganisationProposals { docs { id website } } }', {
        token: tokens[role],
      })
      if (role === 'pending') {
        expect(graphql.body.errors?.[0]?.extensions?.statusCode, role).toBe(403)
        expect(graphql.body.errors[0].message, role).toBe(
          'You are not allowed to perform this action.',
        )
      } else {
        expect(graphql.body.errors, role).toBeUndefined()
        expect(graphql.body.data.OrganisationProposals.docs, role).toEqual([])
      }
      expect(JSON.stringify(graphql.body), role).not.toContain('secret.example.org')
    }
    const visitorGraphql = await http.graphql('{ OrganisationProposals { docs { id website } } }')
    expect(visitorGraphql.body.errors[0].extensions.statusCode).toBe(403)
    const own = await http.graphql('{ OrganisationProposals { docs { id website } } }', {
      token: tokens.proposer,
    })
    expect(own.body.data.OrganisationProposals.docs).toContainEqual({
      id: proposal.id,
      website: 'https://secret.example.org',
    })
    // The directory entry, as anyone reads it, keeps its current profile.
    const organisation = await http.rest('GET', `/organisations/${union.id}`, {
      token: tokens.colleague,
    })
    expect(organisation.body.website).toBe('https://dwu.example.org')
    expect(organisation.text).not.toContain('secret.example.org')
    const colleagueList = await submissions.listOwnSubmissions({ user: colleague, locale: 'en' })
    expect(colleagueList).toEqual([])
    const mine = await submissions.listOwnSubmissions({ user: proposer, locale: 'en' })
    expect(mine.find((item) => item.id === proposal.id)).toMatchObject({
      collection: 'organisation-proposals',
      title: 'Domestic Workers Union',
      status: 'submitted',
      changes: [
        { field: 'website', from: 'https://dwu.example.org', to: 'https://secret.example.org' },
      ],
    })
    await payload.delete({ collection: 'organisation-proposals', id: proposal.id, ...asServer })
  })

  it('should refuse a member without the right to submit, one whose organisation is not confirmed, and a visitor, through REST and GraphQL', async () => {
    const json = { website: 'https://refused.example.org' }
    const mutation = `mutation { createOrganisationProposal(data: { name: "X", website: "https://refused.example.org" }) { id } }`
    for (const token of [tokens.colleague, tokens.member, undefined]) {
      const created = await http.rest('POST', '/organisation-proposals', { token, json })
      expect(created.status).toBe(403)
      const graphql = await http.graphql(mutation, { token })
      expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    }
    const refused = await http.rest('POST', '/organisation-proposals', {
      token: tokens.unconfirmed,
      json,
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBe(
      'Only a member whose organisation a manager has confirmed as a directory entry may propose its profile.',
    )
    const graphql = await http.graphql(mutation, { token: tokens.unconfirmed })
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403)
    expect(
      (await payload.count({ collection: 'organisation-proposals', overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
  })

  it('should let only a manager decide: never the proposer, even a manager, nor a moderator or staff', async () => {
    const proposal = await propose({ acronym: 'DWU-TH' })
    const own = await propose({ acronym: 'DWU-M' }, tokens.managerMember)
    const patch = (id: number, token?: string) =>
      http.rest('PATCH', `/organisation-proposals/${id}`, {
        token,
        json: { submissionStatus: 'approved' },
      })
    const self = await patch(proposal.id, tokens.proposer)
    expect(self.status).toBe(403)
    expect(self.body.errors[0].message).toBe('You cannot approve or reject your own submission.')
    const ownAsManager = await patch(own.id, tokens.managerMember)
    expect(ownAsManager.status).toBe(403)
    expect(ownAsManager.body.errors[0].message).toBe(
      'You cannot approve or reject your own submission.',
    )
    const ownByGraphql = await approveByGraphql(own.id, tokens.managerMember)
    expect(ownByGraphql.body.errors[0].extensions.statusCode).toBe(403)
    for (const role of ['moderator', 'staff', 'colleague'] as const) {
      expect((await patch(proposal.id, tokens[role])).status, role).toBe(403)
      const graphql = await approveByGraphql(proposal.id, tokens[role])
      expect(graphql.body.errors[0].extensions.statusCode, role).toBe(403)
    }
    expect((await patch(proposal.id)).status).toBe(403)
    expect((await entry()).acronym).toBe('DWU')
    expect(
      await decideFromForm({
        req: await siteReq(cast.moderator),
        collection: 'organisation-proposals',
        id: proposal.id,
        decision: 'approve',
        reason: '',
      }),
    ).toEqual({ ok: false, codes: ['forbidden'] })
    for (const id of [proposal.id, own.id]) {
      await payload.delete({ collection: 'organisation-proposals', id, ...asServer })
    }
  })

  it('should copy the approved values into the directory entry, expire its pages, record the decision and mail the proposer', async () => {
    const proposal = await propose({
      name: 'Domestic Workers Union of Thailand',
      acronym: '',
      country: malaysia.id,
      website: 'https://dwut.example.org',
    })
    // The proposer may revise it while it waits; the organisation stays theirs.
    const revised = await http.rest('PATCH', `/organisation-proposals/${proposal.id}`, {
      token: tokens.proposer,
      json: { acronym: 'DWUT', organisation: otherOrganisation.id },
    })
    expect(revised.status, revised.text).toBe(200)
    expect(revised.body.doc).toMatchObject({ acronym: 'DWUT', submissionStatus: 'submitted' })
    expect(idOf(revised.body.doc.organisation)).toBe(union.id)
    await deliver()
    expired.splice(0)

    const approved = await approveByGraphql(proposal.id, tokens.manager)
    expect(approved.body.data.updateOrganisationProposal).toEqual({
      id: proposal.id,
      submissionStatus: 'approved',
    })
    expect(await entry()).toMatchObject({
      name: 'Domestic Workers Union of Thailand',
      acronym: 'DWUT',
      country: malaysia.id,
      website: 'https://dwut.example.org',
      kind: 'trade-union',
    })
    expect([...new Set(expired)]).toEqual(['organisations'])
    expect(await lastAudit(proposer.id)).toMatchObject({
      action: 'submission-approved',
      actor: cast.manager.id,
      details: {
        collection: 'organisation-proposals',
        id: proposal.id,
        title: 'Domestic Workers Union of Thailand',
        organisation: union.id,
      },
    })
    const [mail, ...others] = await deliver()
    expect(others).toHaveLength(0)
    expect(mail.recipient).toBe('proposer@example.org')
    expect(mail.subject).toBe(
      mailStrings.submissionApprovedSubject.th.replace(
        '{title}',
        'Domestic Workers Union of Thailand',
      ),
    )
    expect(mail.text).toContain(`${SITE}/th/account/submissions`)

    // Decided is decided, and no longer the proposer's to edit.
    const again = await http.rest('PATCH', `/organisation-proposals/${proposal.id}`, {
      token: tokens.admin,
      json: { submissionStatus: 'rejected', rejectionReason: 'Second thoughts.' },
    })
    expect(again.status).toBe(403)
    expect(again.body.errors[0].message).toBe('This proposal has already been decided.')
    const edit = await http.rest('PATCH', `/organisation-proposals/${proposal.id}`, {
      token: tokens.proposer,
      json: { acronym: 'LATE' },
    })
    expect(edit.status).toBe(403)
  })

  it('should refuse with a 400 an approval whose name another entry has, and leave the proposal waiting', async () => {
    const proposal = await propose({ name: 'Another Network' })
    await deliver()
    const approved = await http.rest('PATCH', `/organisation-proposals/${proposal.id}`, {
      token: tokens.manager,
      json: { submissionStatus: 'approved' },
    })
    expect(approved.status).toBe(400)
    expect(
      approved.body.errors[0].data.errors.map((error: { path: string }) => error.path),
    ).toEqual(['name'])
    const stored = await payload.findByID({
      collection: 'organisation-proposals',
      id: proposal.id,
      depth: 0,
      ...asServer,
    })
    expect(stored.submissionStatus).toBe('submitted')
    expect((await entry()).name).toBe('Domestic Workers Union')
    // The review page says why, rather than asking for a reason nobody was asked for.
    expect(
      await decideFromForm({
        req: await siteReq(cast.manager),
        collection: 'organisation-proposals',
        id: proposal.id,
        decision: 'approve',
        reason: '',
      }),
    ).toEqual({ ok: false, codes: ['invalid'] })
    expect(await deliver()).toEqual([])
    await payload.delete({ collection: 'organisation-proposals', id: proposal.id, ...asServer })
  })

  it('should refuse to approve a proposal whose organisation has left the directory, and let a manager reject it', async () => {
    const proposal = await propose({ acronym: 'GONE' })
    // What deleting the entry does to its proposals (ON DELETE SET NULL), without deleting the
    // entry the other tests use.
    await payload.db.updateOne({
      collection: 'organisation-proposals',
      id: proposal.id,
      data: { organisation: null },
    })
    const approved = await http.rest('PATCH', `/organisation-proposals/${proposal.id}`, {
      token: tokens.manager,
      json: { submissionStatus: 'approved' },
    })
    expect(approved.status).toBe(403)
    expect(approved.body.errors[0].message).toBe(
      'This organisation is no longer in the directory: reject the proposal.',
    )
    const rejected = await http.rest('PATCH', `/organisation-proposals/${proposal.id}`, {
      token: tokens.manager,
      json: { submissionStatus: 'rejected', rejectionReason: 'The network has closed.' },
    })
    expect(rejected.status, rejected.text).toBe(200)
    expect(await lastAudit(proposer.id)).toMatchObject({
      action: 'submission-rejected',
      details: { collection: 'organisation-proposals', id: proposal.id, organisation: null },
    })
    expect((await entry()).acronym).toBe('DWU')
    await payload.delete({ collection: 'organisation-proposals', id: proposal.id, ...asServer })
  })

  it('should require a reason to reject, keep the entry as it was and tell the proposer why', async () => {
    const proposal = await propose({ website: 'https://rejected.example.org' })
    await deliver()
    const bare = await http.rest('PATCH', `/organisation-proposals/${proposal.id}`, {
      token: tokens.manager,
      json: { submissionStatus: 'rejected' },
    })
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].data.errors).toEqual([
      {
        path: 'rejectionReason',
        message: 'Give the member the reason for rejecting their submission.',
      },
    ])
    const rejected = await rejectSubmission({
      req: await siteReq(cast.manager),
      collection: 'organisation-proposals',
      id: proposal.id,
      reason: '  That site belongs to another union. ',
    })
    expect(rejected).toMatchObject({
      submissionStatus: 'rejected',
      rejectionReason: 'That site belongs to another union.',
    })
    expect((await entry()).website).toBe('https://dwu.example.org')
    expect(expired).toEqual([])
    expect(await lastAudit(proposer.id)).toMatchObject({
      action: 'submission-rejected',
      actor: cast.manager.id,
      reason: 'That site belongs to another union.',
      details: { collection: 'organisation-proposals', id: proposal.id },
    })
    const [mail, ...others] = await deliver()
    expect(others).toHaveLength(0)
    expect(mail.recipient).toBe('proposer@example.org')
    expect(mail.subject).toBe(
      mailStrings.submissionRejectedSubject.th.replace('{title}', 'Domestic Workers Union'),
    )
    expect(mail.text).toContain('That site belongs to another union.')
    expect(mail.text).toContain(`${SITE}/th/account/submissions`)
    const mine = await submissions.listOwnSubmissions({ user: proposer, locale: 'en' })
    expect(mine.find((item) => item.id === proposal.id)).toMatchObject({
      status: 'rejected',
      reason: 'That site belongs to another union.',
    })
  })
})

describe('a proposer’s data download', () => {
  it('should hold their proposed profiles, decided or not, and nobody else’s', async () => {
    const proposal = await propose({ acronym: 'EXPORT' })
    const download = async (token?: string) =>
      (await http.rest('GET', '/users/me/export', { token })).body.contributions[
        'organisation-proposals'
      ] as OrganisationProposal[]
    const mine = await download(tokens.proposer)
    expect(mine.map((doc) => doc.acronym)).toContain('EXPORT')
    expect(mine.every((doc) => doc.submittedBy === proposer.id)).toBe(true)
    expect(await download(tokens.colleague)).toEqual([])
    await payload.delete({ collection: 'organisation-proposals', id: proposal.id, ...asServer })
  })
})

describe('the site’s organisation profile form and review queue', () => {
  const form = profileForm
  const whole = {
    name: 'Domestic Workers Union',
    acronym: '',
    country: '',
    website: 'https://form.example.org',
  }

  it('should take the whole profile from the form, an emptied field emptied, and send a refused one back naming its fields', async () => {
    const outcome = await proposeProfileFromForm({
      req: await siteReq(proposer),
      form: form(whole),
    })
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true)
    const stored = await payload.findByID({
      collection: 'organisation-proposals',
      id: (outcome as { id: number }).id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({
      name: 'Domestic Workers Union',
      acronym: null,
      country: null,
      website: 'https://form.example.org',
      organisation: union.id,
    })
    await payload.delete({ collection: 'organisation-proposals', id: stored.id, ...asServer })
    expect(
      await proposeProfileFromForm({
        req: await siteReq(proposer),
        form: form({ ...whole, name: '', website: 'not a link' }),
      }),
    ).toEqual({ ok: false, codes: ['name', 'website'] })
    for (const user of [colleague, unconfirmed]) {
      expect(await proposeProfileFromForm({ req: await siteReq(user), form: form(whole) })).toEqual(
        { ok: false, codes: ['forbidden'] },
      )
    }
  })

  it('should list proposed profiles in managers’ queue among the other kinds, oldest first, never to moderators nor to their proposer', async () => {
    const news = await http.rest('POST', '/news', {
      token: tokens.proposer,
      json: {
        title: 'Union news for the queue',
        slug: 'union-news-for-the-queue',
        date: '2026-01-15',
        kind: 'country-news',
        summary: 'What our union did.',
        themes: [theme.id],
      },
    })
    expect(news.status, news.text).toBe(201)
    const profile = await propose({ acronym: 'QUEUE' })
    const own = await propose({ acronym: 'MINE' }, tokens.managerMember)
    const mine = [
      `news ${news.body.doc.id}`,
      ...[profile, own].map(({ id }) => `organisation-proposals ${id}`),
    ]
    const queue = async (user: User) =>
      (await submissions.listReviewQueue({ user, locale: 'en' }))
        .map((item) => `${item.collection} ${item.id}`)
        .filter((key) => mine.includes(key))
    expect(await queue(cast.manager)).toEqual([
      `news ${news.body.doc.id}`,
      `organisation-proposals ${profile.id}`,
      `organisation-proposals ${own.id}`,
    ])
    expect(await queue(managerMember)).toEqual([
      `news ${news.body.doc.id}`,
      `organisation-proposals ${profile.id}`,
    ])
    expect(await queue(cast.moderator)).toEqual([`news ${news.body.doc.id}`])
    const item = (await submissions.listReviewQueue({ user: cast.manager, locale: 'en' })).find(
      (entry) => entry.id === profile.id && entry.collection === 'organisation-proposals',
    )
    expect(item).toMatchObject({
      title: 'Domestic Workers Union',
      submitter: 'Proposer Person',
      changes: [{ field: 'acronym', from: 'DWU', to: 'QUEUE' }],
    })
    const decide = async (user: User, id: number, decision: 'approve' | 'reject', reason = '') =>
      decideFromForm({
        req: await siteReq(user),
        collection: 'organisation-proposals',
        id,
        decision,
        reason,
      })
    expect(await decide(cast.manager, profile.id, 'reject')).toEqual({
      ok: false,
      codes: ['reason'],
    })
    expect(await decide(cast.manager, profile.id, 'approve')).toEqual({ ok: true })
    expect(await decide(managerMember, own.id, 'approve')).toEqual({
      ok: false,
      codes: ['forbidden'],
    })
    expect((await entry()).acronym).toBe('QUEUE')
    expect(await queue(cast.manager)).toEqual([
      `news ${news.body.doc.id}`,
      `organisation-proposals ${own.id}`,
    ])
  })
})
