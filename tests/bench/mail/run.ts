/**
 * `npm run bench:mail [-- members items notifications]` (default 5,000 members, 2,000 new items,
 * 1,000 immediate notifications): following's mail, end to end, through the local SMTP sink.
 *
 *  1. a fresh SQLite database, migrated and seeded (the real themes and countries, with their
 *     names in seven languages), then the members (each following two themes and a country, in
 *     one of the seven languages) and the new items (resources, news and events: seeded English
 *     titles, and titles in the members' languages for a third of them), written at adapter level;
 *  2. the weekly digest run (`sendDigests`), timed, then the mail queue drained through SMTP;
 *  3. immediate notifications: `notifications / 10` members follow one more theme, then ten
 *     items in it are published through the Local API (each queues one fan-out job), the
 *     `following` queue and then the mail queue are run;
 *  4. prints times, mails per second and the counts delivered, and fails unless every member
 *     got exactly one digest and every notification arrived exactly once.
 * Results also go to tmp/bench-mail.json. Run it alone: it keeps one core busy for minutes.
 */
import fs from 'node:fs'

import { pointAtTemporaryDatabase } from '../../helpers/env'

const [MEMBERS, ITEMS, NOTIFICATIONS] = [
  Number(process.argv[2] ?? process.env.BENCH_MEMBERS ?? 5000),
  Number(process.argv[3] ?? process.env.BENCH_ITEMS ?? 2000),
  Number(process.argv[4] ?? process.env.BENCH_NOTIFICATIONS ?? 1000),
]
if (![MEMBERS, ITEMS, NOTIFICATIONS].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error('bench: members, items and notifications must be positive integers')
}
if (NOTIFICATIONS % 10 !== 0) throw new Error('bench: notifications must be a multiple of ten')

const say = (line: string) => console.log(`bench: ${line}`)
const fmt = (n: number) => Math.round(n).toLocaleString('en')
const seconds = (since: number) => (Date.now() - since) / 1000

const database = pointAtTemporaryDatabase('bench-mail')
process.env.LOG_LEVEL = 'error'
process.env.JOBS_AUTORUN = 'false'
const SERVER_URL = 'https://cop.example.org'
process.env.SERVER_URL = SERVER_URL

const { startMailSink } = await import('@/email/sink')
const sink = await startMailSink()
process.env.SMTP_URL = sink.url

const { getPayload } = await import('payload')
const config = (await import('@payload-config')).default
const { applyMigrations } = await import('@/db/migrate')
const { seed } = await import('@/seed')
const { sendDigests } = await import('@/following/digest')
const { FOLLOWING_QUEUE } = await import('@/following/queue')
const { MAIL_QUEUE } = await import('@/email/queue')
const { LOCALES } = await import('@/i18n/languages')
const { resources } = await import('@/seed/data/resources')
const { news } = await import('@/seed/data/news')
const { events } = await import('@/seed/data/events')
const { randomFrom } = await import('../search/data')

const began = Date.now()
const payload = await getPayload({ config, disableOnInit: true })
await applyMigrations(payload)
// Everything the seed publishes became "new" at this moment: the digest looks at the week
// before it, where the generated items are.
const beforeSeed = new Date()
await seed({ payload, log: () => undefined })
const context = { disableRevalidate: true, skipSearchSync: true }
say(`migrated and seeded in ${seconds(began).toFixed(1)} s`)

type Named = { id: number; title?: Record<string, string>; name?: Record<string, string> }
const readAll = async (collection: 'themes' | 'countries') =>
  (
    await payload.find({
      collection,
      locale: 'all',
      depth: 0,
      limit: 0,
      pagination: false,
      select: collection === 'themes' ? { title: true } : { name: true },
      overrideAccess: true,
    })
  ).docs as unknown as Named[]
const themes = await readAll('themes')
const countries = await readAll('countries')
const random = randomFrom(20261207)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]

// 1. Members and items, at adapter level (no hooks: the data, not the sign-up path, is wanted).
let started = Date.now()
for (let i = 0; i < MEMBERS; i += 1) {
  const first = pick(themes)
  const second = pick(themes.filter((theme) => theme !== first))
  await payload.db.create({
    collection: 'users',
    data: {
      email: `member${i}@bench.example.org`,
      name: `Member ${i}`,
      roles: ['member'],
      membershipStatus: 'approved',
      _verified: true,
      preferredLanguage: pick(LOCALES),
      notifications: 'weekly',
      follows: { themes: [first.id, second.id], countries: [pick(countries).id] },
    },
    returning: false,
  })
}
say(`${fmt(MEMBERS)} members in ${seconds(started).toFixed(1)} s`)

started = Date.now()
const englishTitles = [
  ...resources.map((resource) => resource.editions[0].title),
  ...news.map((item) => item.title),
  ...events.map((event) => event.title),
]
const weekAgo = beforeSeed.getTime() - 7 * 24 * 60 * 60 * 1000
for (let i = 0; i < ITEMS; i += 1) {
  const theme = pick(themes)
  const country = pick(countries)
  const en = `${pick(englishTitles)} (${i})`
  // A third in the members' languages: the theme and country names, as a translator would.
  const title: Record<string, string> = { en }
  if (i % 3 === 0) {
    for (const locale of LOCALES) {
      const themeName = theme.title?.[locale]
      const countryName = country.name?.[locale]
      if (themeName && countryName) title[locale] = `${themeName}: ${countryName} (${i})`
    }
  }
  const common = {
    title,
    slug: `bench-item-${i}`,
    _status: 'published',
    themes: [theme.id],
    firstPublishedAt: new Date(weekAgo + (i / ITEMS) * 6 * 24 * 60 * 60 * 1000).toISOString(),
  }
  const kind = i % 3
  await payload.db.create({
    collection: kind === 0 ? 'resources' : kind === 1 ? 'news' : 'events',
    data:
      kind === 0
        ? {
            ...common,
            kind: 'report',
            summary: { en: 'A bench resource.' },
            visibility: i % 10 === 0 ? 'members' : 'public',
            countries: [country.id],
            // The id the full Local API would give an array row (24 hex characters).
            editions: [{ id: i.toString(16).padStart(24, '0'), language: 'en', title: en }],
          }
        : kind === 1
          ? {
              ...common,
              kind: 'country-news',
              date: common.firstPublishedAt,
              summary: { en: 'Bench news.' },
              countries: [country.id],
            }
          : {
              ...common,
              kind: 'webinar',
              start: common.firstPublishedAt,
              start_tz: 'Asia/Bangkok',
              end: common.firstPublishedAt,
              end_tz: 'Asia/Bangkok',
              mode: 'online',
              summary: { en: 'A bench event.' },
              country: country.id,
            },
    returning: false,
  })
}
say(`${fmt(ITEMS)} new items in ${seconds(started).toFixed(1)} s`)

/** Runs the mail queue until it is empty; returns the seconds it took. */
async function drainMail(): Promise<number> {
  const start = Date.now()
  for (;;) {
    await payload.jobs.run({ queue: MAIL_QUEUE, limit: 100, silent: true })
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: MAIL_QUEUE } },
      overrideAccess: true,
    })
    if (totalDocs === 0) return seconds(start)
  }
}

// 2. The weekly digests.
started = Date.now()
const run = await sendDigests({ payload, cadence: 'weekly', now: beforeSeed })
const digestQueued = seconds(started)
say(
  `digest run: ${fmt(run.members)} members over ${fmt(run.items)} new items, ${fmt(run.mailed)} mails queued in ${digestQueued.toFixed(1)} s (${fmt(run.members / digestQueued)} members/s)`,
)
const digestSent = await drainMail()
const digestMails = sink.messages.splice(0)
const digestRecipients = new Set(digestMails.flatMap((mail) => mail.to))
say(
  `digests sent through SMTP in ${digestSent.toFixed(1)} s (${fmt(digestMails.length / digestSent)} mails/s): ${fmt(digestMails.length)} delivered to ${fmt(digestRecipients.size)} members`,
)
const again = await sendDigests({ payload, cadence: 'weekly', now: beforeSeed })
say(`digest run again: ${fmt(again.mailed)} mails (nothing is sent twice)`)

// 3. Immediate notifications: ten first publications, each to NOTIFICATIONS / 10 followers.
const followers = NOTIFICATIONS / 10
const watched = (
  await payload.create({
    collection: 'themes',
    data: { title: 'Bench theme', slug: 'bench-theme', summary: 'Followed immediately.' },
    overrideAccess: true,
    context,
  })
).id
for (let i = 0; i < followers; i += 1) {
  await payload.db.create({
    collection: 'users',
    data: {
      email: `immediate${i}@bench.example.org`,
      name: `Immediate ${i}`,
      roles: ['member'],
      membershipStatus: 'approved',
      _verified: true,
      preferredLanguage: pick(LOCALES),
      notifications: 'immediate',
      follows: { themes: [watched], countries: [] },
    },
    returning: false,
  })
}
started = Date.now()
for (let i = 0; i < 10; i += 1) {
  await payload.create({
    collection: 'news',
    data: {
      title: `${pick(englishTitles)} (immediate ${i})`,
      slug: `bench-immediate-${i}`,
      date: new Date().toISOString(),
      kind: 'country-news',
      summary: 'Followed at once.',
      themes: [watched],
      _status: 'published',
    },
    overrideAccess: true,
    context,
  })
}
for (;;) {
  await payload.jobs.run({ queue: FOLLOWING_QUEUE, limit: 10, silent: true })
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { queue: { equals: FOLLOWING_QUEUE } },
    overrideAccess: true,
  })
  if (totalDocs === 0) break
}
const fannedOut = seconds(started)
say(`10 publications fanned out to ${fmt(NOTIFICATIONS)} queued mails in ${fannedOut.toFixed(1)} s`)
const noticesSent = await drainMail()
const noticeMails = sink.messages.splice(0)
const noticeIds = new Set(
  noticeMails.map((mail) => /^Message-ID: (\S+)/im.exec(mail.raw)?.[1] ?? mail.raw),
)
say(
  `notifications sent through SMTP in ${noticesSent.toFixed(1)} s (${fmt(noticeMails.length / noticesSent)} mails/s): ${fmt(noticeMails.length)} delivered, ${fmt(noticeIds.size)} distinct`,
)

// 4. Results.
const ok =
  digestMails.length === MEMBERS &&
  digestRecipients.size === MEMBERS &&
  again.mailed === 0 &&
  noticeMails.length === NOTIFICATIONS &&
  noticeIds.size === NOTIFICATIONS
const summary = {
  members: MEMBERS,
  items: ITEMS,
  notifications: NOTIFICATIONS,
  digest: {
    queuedSeconds: Number(digestQueued.toFixed(1)),
    sentSeconds: Number(digestSent.toFixed(1)),
    mailsPerSecond: Math.round(digestMails.length / digestSent),
    delivered: digestMails.length,
    distinctRecipients: digestRecipients.size,
    rerunMailed: again.mailed,
  },
  immediate: {
    fanOutSeconds: Number(fannedOut.toFixed(1)),
    sentSeconds: Number(noticesSent.toFixed(1)),
    mailsPerSecond: Math.round(noticeMails.length / noticesSent),
    delivered: noticeMails.length,
    distinct: noticeIds.size,
  },
  totalSeconds: Math.round(seconds(began)),
  exactlyOnce: ok,
}
fs.mkdirSync('tmp', { recursive: true })
fs.writeFileSync('tmp/bench-mail.json', JSON.stringify(summary, null, 2))
say(
  ok
    ? `exactly one digest per member (${fmt(MEMBERS)}) and one mail per notification (${fmt(NOTIFICATIONS)}); whole run ${summary.totalSeconds} s`
    : `MISMATCH: ${JSON.stringify(summary)}`,
)
await payload.destroy()
await sink.close()
database.cleanup()
process.exit(ok ? 0 : 1)
