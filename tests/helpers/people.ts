import type { Payload } from 'payload'

import type { Theme, User } from '@/payload-types'

export const PASSWORD = 'correct-horse-battery-staple'

export type Cast = {
  visitor: null
  pending: User
  member: User
  staff: User
  moderator: User
  manager: User
  admin: User
}
export type Role = keyof Cast
export const ROLES_IN_ORDER: Role[] = [
  'visitor',
  'pending',
  'member',
  'staff',
  'moderator',
  'manager',
  'admin',
]

/** Two themes: the moderator looks after the first only. */
export async function createThemes(payload: Payload): Promise<{ moderated: Theme; other: Theme }> {
  const make = (title: string, slug: string) =>
    payload.create({
      collection: 'themes',
      data: { title, slug, summary: `${title} summary` },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  return {
    moderated: await make('Domestic workers', 'domestic-workers'),
    other: await make('Skilled migration', 'skilled-migration'),
  }
}

/**
 * One person for each part the brief gives people, created with authority (overrideAccess) and
 * with their address verified, so each can sign in.
 */
export async function createCast(payload: Payload, moderatedTheme: Theme): Promise<Cast> {
  const person = (key: string, data: Partial<User>) =>
    payload.create({
      collection: 'users',
      data: {
        email: `${key}@example.org`,
        password: PASSWORD,
        name: `${key[0].toUpperCase()}${key.slice(1)} Person`,
        roles: ['member'],
        membershipStatus: 'approved',
        // Members of some standing: the forums' newcomer limits are tested on their own.
        approvedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
        _verified: true,
        ...data,
      } as User,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  return {
    visitor: null,
    pending: await person('pending', { membershipStatus: 'pending' }),
    member: await person('member', {}),
    staff: await person('staff', { roles: ['staff'] }),
    moderator: await person('moderator', {
      roles: ['moderator'],
      moderatedThemes: [moderatedTheme.id],
    }),
    manager: await person('manager', { roles: ['manager'] }),
    admin: await person('admin', { roles: ['admin'] }),
  }
}

export async function tokenFor(payload: Payload, user: User | null): Promise<string | undefined> {
  if (!user) return undefined
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: PASSWORD },
  })
  return token
}
