import type { CollectionAfterChangeHook } from 'payload'

import { mailText } from '@/email/compose'
import { mailKey } from '@/email/message'
import { queuePersonalMail, siteLink } from '@/email/personal'
import { recordDecision } from '@/membership/audit'
import { REVIEWERS } from '@/membership/mails'
import type { User } from '@/payload-types'

const idOf = (value: unknown) =>
  value === null || value === undefined
    ? null
    : String(typeof value === 'object' ? (value as { id: unknown }).id : value)

/**
 * A member's new proposed organisation (`proposedOrganisation`, through the profile page, REST or
 * GraphQL) is audit-logged and mailed to every manager and admin in their language, in the same
 * transaction. At most one mail a day per member and manager (the key holds the date), so a member
 * changing their mind ten times cannot flood the managers; the managers' page lists the latest.
 */
export const announceOrganisationProposal: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update') return doc
  const after = doc.proposedOrganisation
  const before = (previousDoc as User | undefined)?.proposedOrganisation
  const name = after?.name ?? null
  if (!after || (!name && !after.entry)) return doc
  if (name === (before?.name ?? null) && idOf(after.entry) === idOf(before?.entry)) return doc

  await recordDecision({
    req,
    action: 'organisation-proposed',
    subject: doc.id,
    details: {
      organisation: { before: doc.organisation ?? null, after: name },
      organisationEntry: { before: idOf(doc.organisationEntry), after: idOf(after.entry) },
    },
  })
  const { docs: reviewers } = await req.payload.find({
    collection: 'users',
    where: { and: [REVIEWERS, { id: { not_equals: doc.id } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const today = new Date().toISOString().slice(0, 10)
  const values = {
    member: doc.name ?? '',
    from: doc.organisation || '—',
    to: name ?? '—',
  }
  for (const reviewer of reviewers) {
    await queuePersonalMail({
      req,
      to: reviewer,
      key: mailKey(`organisation-change.${reviewer.id}`, doc.id, today),
      write: (locale) => ({
        subject: mailText(locale, 'organisationChangeSubject', values),
        intro: mailText(locale, 'organisationChangeIntro', values),
        link: siteLink(req, `/${locale}/account/organisation-changes`),
        outro: mailText(locale, 'organisationChangeOutro'),
      }),
    })
  }
  return doc
}
