import type { CollectionBeforeOperationHook } from 'payload'

import { Refused } from '@/access/refused'
import { isAdminUser, isManagerUser, type Person } from '@/access/roles'

/**
 * Fields that grant power or record a manager's judgement; only managers and admins may change
 * them. `_verified` is among them: Payload lets any signed-in person set it, which would let an
 * account skip the e-mail check.
 */
export const PRIVILEGED_FIELDS = [
  'roles',
  'membershipStatus',
  'moderatedThemes',
  'maySubmit',
  'affiliationConfirmed',
  'rejectionReason',
  '_verified',
] as const
type Privileged = (typeof PRIVILEGED_FIELDS)[number]

/** What a new account gets when nobody with authority says otherwise. */
const NEW_ACCOUNT: Record<Privileged, unknown> = {
  roles: ['member'],
  membershipStatus: 'pending',
  moderatedThemes: [],
  maySubmit: false,
  affiliationConfirmed: false,
  rejectionReason: '',
  _verified: false,
}

const FLAGS: readonly Privileged[] = ['maySubmit', 'affiliationConfirmed', '_verified']
const TEXTS: readonly Privileged[] = ['membershipStatus', 'rejectionReason']

function normalise(field: Privileged, value: unknown): string {
  if (FLAGS.includes(field)) return String(Boolean(value))
  if (TEXTS.includes(field)) return String(value ?? '')
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list
    .map((item) => String(typeof item === 'object' && item !== null ? item.id : item))
    .sort()
    .join(',')
}

const refuse = (message: string) => new Refused(message)

/**
 * Field-level access alone would silently drop a forbidden `roles` or `membershipStatus` and
 * answer 200, which hides an attack and misleads a person. This refuses the whole request with
 * a 403 instead, through REST, GraphQL and the Local API alike (unless the caller overrides
 * access, as trusted server code does). Unchanged values pass, so the admin form still saves.
 */
export const guardPrivilegedFields: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || (operation !== 'create' && operation !== 'update')) return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || typeof data !== 'object') return args
  const touched = PRIVILEGED_FIELDS.filter((field) => field in data)
  if (touched.length === 0) return args

  const user = req.user as Person | null
  let current: Record<string, unknown> = NEW_ACCOUNT
  if (operation === 'update') {
    const id = (args as { id?: number | string }).id
    if (id === undefined) {
      if (isManagerUser(user) && isAdminUser(user)) return args
      throw refuse('Change roles and membership one account at a time.')
    }
    current = (await req.payload.findByID({
      collection: 'users',
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Record<string, unknown>
  }

  const changed = touched.filter(
    (field) => normalise(field, data[field]) !== normalise(field, current[field]),
  )
  if (changed.length === 0) return args
  if (!isManagerUser(user)) {
    throw refuse('Only managers and administrators can change roles or membership status.')
  }
  // Nobody decides their own membership, not even an admin (whose role counts while pending).
  const id = (args as { id?: number | string }).id
  if (changed.includes('membershipStatus') && user && String(id) === String(user.id)) {
    throw refuse('Nobody can decide their own membership; another manager must.')
  }
  if (changed.includes('roles') && !isAdminUser(user)) {
    const wasAdmin = normalise('roles', current.roles).split(',').includes('admin')
    const willBeAdmin = normalise('roles', data.roles).split(',').includes('admin')
    if (wasAdmin !== willBeAdmin)
      throw refuse('Only administrators can grant or remove the admin role.')
  }
  return args
}
