import { Kind, parse, type DocumentNode, type FieldNode, type ValueNode } from 'graphql'

import { slugs } from '@collections/slugs'

import { clientAddress } from '@/security/clientAddress'
import {
  loginChecks,
  normalisedEmail,
  refusalMessage,
  registrationChecks,
  resetChecks,
  type Action,
} from '@/security/limits/actions'
import { budgetLeft, type Check } from '@/security/limits/store'

/**
 * The API edge's part in the rate limits: it LOOKS at the counters and never counts (the Users
 * hooks count, once per attempt, for REST, GraphQL and the Local API alike; see
 * collections/Users/hooks/limitAttempts.ts). A request whose budget is already spent is answered
 * here with a 429 and Retry-After before Payload reads the body, looks anyone up or hashes
 * anything, and a GraphQL client gets a real 429 rather than a 200 carrying an error. A request
 * this look cannot judge (a multipart login, a race for the last point) still meets the hooks.
 */

type Guarded = { action: Action; checks: Check[] }

const isAnonymous = (request: Request) =>
  !request.headers.get('authorization') &&
  !/(?:^|;\s*)payload-token=[^;]/.test(request.headers.get('cookie') ?? '')

async function refusal(guarded: Guarded[]): Promise<Response | undefined> {
  let worst: { action: Action; seconds: number } | undefined
  for (const { action, checks } of guarded) {
    const seconds = await budgetLeft(checks)
    if (seconds > (worst?.seconds ?? 0)) worst = { action, seconds }
  }
  if (!worst) return undefined
  return Response.json(
    { errors: [{ message: refusalMessage(worst.action, worst.seconds) }] },
    { status: 429, headers: { 'Retry-After': String(worst.seconds) } },
  )
}

const USERS_PATH = new RegExp(`/${slugs.users}(/login|/forgot-password)?/?$`)

/** POST /api/users/login, /api/users/forgot-password and an anonymous POST /api/users. */
export async function restLimitRefusal(request: Request): Promise<Response | undefined> {
  if (request.method !== 'POST') return undefined
  const match = USERS_PATH.exec(new URL(request.url).pathname)
  if (!match) return undefined
  const ip = clientAddress(request.headers)
  if (!match[1]) {
    return isAnonymous(request)
      ? refusal([{ action: 'registration', checks: registrationChecks(ip) }])
      : undefined
  }
  let email = ''
  try {
    email = normalisedEmail(((await request.clone().json()) as { email?: unknown })?.email)
  } catch {
    return undefined // not JSON: the hooks judge it once Payload has read it
  }
  if (!email) return undefined
  const guarded: Guarded =
    match[1] === '/login'
      ? { action: 'login', checks: loginChecks(email, ip) }
      : { action: 'reset', checks: resetChecks(email, ip) }
  return refusal([guarded])
}

/** Payload names a collection's GraphQL fields after its singular: users → User. */
const MUTATIONS: Record<string, Action> = {
  loginUser: 'login',
  forgotPasswordUser: 'reset',
  createUser: 'registration',
}

/** The loginUser, forgotPasswordUser and anonymous createUser fields of any mutation sent. */
export async function graphqlLimitRefusal(request: Request): Promise<Response | undefined> {
  let body: { query?: unknown; variables?: unknown }
  try {
    body = (await request.clone().json()) as typeof body
  } catch {
    return undefined
  }
  const { query } = body
  if (typeof query !== 'string' || !Object.keys(MUTATIONS).some((name) => query.includes(name))) {
    return undefined
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 10_000 })
  } catch {
    return undefined
  }
  const variables = (body.variables ?? {}) as Record<string, unknown>
  const emailOf = (field: FieldNode) => {
    const value = field.arguments?.find((argument) => argument.name.value === 'email')?.value
    return normalisedEmail(literal(value, variables))
  }
  const ip = clientAddress(request.headers)
  const guarded: Guarded[] = []
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') {
      continue
    }
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) continue
      const action = MUTATIONS[selection.name.value]
      const email = emailOf(selection)
      if (action === 'login' && email) guarded.push({ action, checks: loginChecks(email, ip) })
      if (action === 'reset' && email) guarded.push({ action, checks: resetChecks(email, ip) })
      if (action === 'registration' && isAnonymous(request)) {
        guarded.push({ action, checks: registrationChecks(ip) })
      }
    }
  }
  return refusal(guarded)
}

function literal(value: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!value) return undefined
  if (value.kind === Kind.STRING) return value.value
  if (value.kind === Kind.VARIABLE) return variables[value.name.value]
  return undefined
}
