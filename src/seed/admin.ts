import crypto from 'node:crypto'
import type { Payload } from 'payload'

import { SEED_CONTEXT } from './upsert'

export const DEFAULT_ADMIN_EMAIL = 'admin@example.org'

/**
 * Makes sure someone can sign in to run the portal: the account named by ADMIN_EMAIL and
 * ADMIN_PASSWORD, or, on a database with no admin at all, a new admin whose generated password
 * is printed once (and never stored anywhere but as Payload's hash).
 */
export async function ensureAdmin({
  payload,
  env = process.env,
  log,
}: {
  payload: Payload
  env?: Record<string, string | undefined>
  log: (line: string) => void
}): Promise<void> {
  const email = env.ADMIN_EMAIL?.trim().toLowerCase()
  if (email) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      overrideAccess: true,
    })
    if (existing.docs[0]) return
    if (!env.ADMIN_PASSWORD) {
      throw new Error('ADMIN_EMAIL is set but ADMIN_PASSWORD is not: set both, or neither.')
    }
    await createAdmin({ payload, email, password: env.ADMIN_PASSWORD })
    log(`Admin account created: ${email} (password from ADMIN_PASSWORD).`)
    return
  }

  const admins = await payload.count({
    collection: 'users',
    where: { roles: { contains: 'admin' } },
    overrideAccess: true,
  })
  if (admins.totalDocs > 0) return
  const password = crypto.randomBytes(12).toString('base64url')
  await createAdmin({ payload, email: DEFAULT_ADMIN_EMAIL, password })
  log('')
  log('  Admin account created. This password is shown only once; change it after signing in.')
  log(`    email:    ${DEFAULT_ADMIN_EMAIL}`)
  log(`    password: ${password}`)
  log('')
}

async function createAdmin({
  payload,
  email,
  password,
}: {
  payload: Payload
  email: string
  password: string
}) {
  await payload.create({
    collection: 'users',
    data: {
      email,
      password,
      name: 'Portal administrator',
      roles: ['admin'],
      membershipStatus: 'approved',
      // Nobody mails the admin a link to confirm an address they chose at installation.
      _verified: true,
    },
    overrideAccess: true,
    context: SEED_CONTEXT,
  })
}
