import { Kind, parse, type DocumentNode, type ValueNode } from 'graphql'

import { isLocale } from '@/i18n/languages'

import { graphqlLimitRefusal, restLimitRefusal } from './limits'

/**
 * The first look at every API request, before Payload parses it: what Payload would choke on
 * (a `where` that is not JSON, a body that is not an object, a multipart body without a
 * boundary, a GraphQL document whose fragments spread themselves) is answered here with a
 * 4xx that says what to send instead, in Payload's error shape. Then a sign-in, reset request or
 * sign-up whose rate-limit budget is spent gets its 429 (./limits.ts).
 */

type Handler<Context> = (request: Request, context: Context) => Promise<Response> | Response
type Refusal = { status: 400 | 413 | 415; message: string }

/** Bodies larger than this are refused before being read (uploads are multipart, not JSON). */
const MAX_JSON_BYTES = 5 * 1024 * 1024
const MAX_GRAPHQL_QUERY = 100_000
const MAX_DEPTH = 10
const MAX_LIMIT = 1_000

const refusal = ({ status, message }: Refusal) =>
  Response.json({ errors: [{ message }] }, { status })

const wholeNumber = (value: string, { min, max }: { min: number; max: number }) =>
  /^\d{1,9}$/.test(value) && Number(value) >= min && Number(value) <= max

const SORT_PART = /^-?[A-Za-z_][\w.]*$/

function queryRefusal(params: URLSearchParams): Refusal | undefined {
  const bad = (message: string): Refusal => ({ status: 400, message })
  for (const [key, value] of params) {
    switch (key) {
      case 'locale':
        if (value !== 'all' && !isLocale(value)) {
          return bad(`locale must be one of en, th, km, lo, my, vi, id or all; "${value}" is not.`)
        }
        break
      case 'fallback-locale':
      case 'fallbackLocale':
        if (!isLocale(value) && !['none', 'null', 'false'].includes(value)) {
          return bad(`${key} must be one of en, th, km, lo, my, vi, id or none.`)
        }
        break
      case 'depth':
        if (!wholeNumber(value, { min: 0, max: MAX_DEPTH })) {
          return bad(`depth must be a whole number from 0 to ${MAX_DEPTH}.`)
        }
        break
      case 'limit':
        if (!wholeNumber(value, { min: 0, max: MAX_LIMIT })) {
          return bad(`limit must be a whole number from 0 to ${MAX_LIMIT}.`)
        }
        break
      case 'page':
        if (!wholeNumber(value, { min: 1, max: 1_000_000 })) {
          return bad('page must be a whole number from 1.')
        }
        break
      case 'sort':
        if (!value.split(',').every((part) => SORT_PART.test(part.trim()))) {
          return bad('sort takes field names, each with an optional leading "-", as in sort=-date.')
        }
        break
      case 'draft':
      case 'pagination':
      case 'trash':
        if (value !== 'true' && value !== 'false') return bad(`${key} must be true or false.`)
        break
      case 'where':
      case 'select':
      case 'populate':
      case 'joins': {
        // The JSON form (`where={"title":{"equals":"x"}}`); the bracket form is parsed by Payload.
        let parsed: unknown
        try {
          parsed = JSON.parse(value)
        } catch {
          return bad(`${key} must be a JSON object or written as ${key}[field][operator]=value.`)
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          return bad(`${key} must be an object.`)
        }
        break
      }
    }
  }
  return undefined
}

/** Endpoints whose body may be plain text (a pasted CSV list), under the same size limit. */
const TEXT_BODY_PATHS = [/^\/api\/invitations\/import\/?$/]
const isTextBody = (request: Request, type: string) =>
  /^text\/(csv|plain)\b/.test(type) &&
  TEXT_BODY_PATHS.some((path) => path.test(new URL(request.url).pathname))

async function bodyRefusal(request: Request): Promise<Refusal | undefined> {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return undefined
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (type.startsWith('multipart/form-data')) {
    return /boundary=/.test(type)
      ? undefined
      : { status: 400, message: 'A multipart body needs its boundary in the Content-Type header.' }
  }
  // The admin panel sends long queries as a form-encoded POST with a method override.
  if (type.startsWith('application/x-www-form-urlencoded')) return undefined
  if (length > MAX_JSON_BYTES) {
    return { status: 413, message: `Send at most ${MAX_JSON_BYTES / 1024 / 1024} MB of JSON.` }
  }
  const text = await request.clone().text()
  if (text.length > MAX_JSON_BYTES) {
    return { status: 413, message: `Send at most ${MAX_JSON_BYTES / 1024 / 1024} MB of JSON.` }
  }
  if (text.trim() === '' || isTextBody(request, type)) return undefined
  if (!/^application\/([\w.+-]+\+)?json\b/.test(type)) {
    return {
      status: 415,
      message: 'Send JSON (Content-Type: application/json) or, with a file, a multipart form.',
    }
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { status: 400, message: 'The body is not valid JSON.' }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { status: 400, message: 'Send the body as a JSON object.' }
  }
  return undefined
}

/** REST: query parameters and body. */
export function guardRest<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const problem = queryRefusal(new URL(request.url).searchParams) ?? (await bodyRefusal(request))
    if (problem) return refusal(problem)
    return (await restLimitRefusal(request)) ?? handler(request, context)
  }
}

/** A fragment that spreads itself, directly or through others, would recurse without end. */
function fragmentCycle(document: DocumentNode): string | undefined {
  const spreads = new Map<string, string[]>()
  const collect = (node: unknown, into: string[]) => {
    if (!node || typeof node !== 'object') return
    if ((node as { kind?: string }).kind === Kind.FRAGMENT_SPREAD) {
      into.push((node as { name: { value: string } }).name.value)
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((child) => collect(child, into))
      else if (value && typeof value === 'object' && 'kind' in value) collect(value, into)
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const into: string[] = []
    collect(definition.selectionSet, into)
    spreads.set(definition.name.value, into)
  }
  const visiting = new Set<string>()
  const done = new Set<string>()
  const visit = (name: string): string | undefined => {
    if (visiting.has(name)) return name
    if (done.has(name)) return undefined
    visiting.add(name)
    for (const next of spreads.get(name) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    visiting.delete(name)
    done.add(name)
    return undefined
  }
  for (const name of spreads.keys()) {
    const cycle = visit(name)
    if (cycle) return cycle
  }
  return undefined
}

/** `limit: -1` or `page: 0` on any field, written inline or passed as a variable. */
function pagingProblem(document: DocumentNode, variables: Record<string, unknown>) {
  let problem: string | undefined
  const numberOf = (value: ValueNode): number | undefined => {
    if (value.kind === Kind.INT) return Number(value.value)
    if (value.kind === Kind.VARIABLE) {
      const given = variables[value.name.value]
      return typeof given === 'number' ? given : undefined
    }
    return undefined
  }
  const walk = (node: unknown) => {
    if (problem || !node || typeof node !== 'object') return
    const argument = node as { kind?: string; name?: { value: string }; value?: ValueNode }
    if (argument.kind === Kind.ARGUMENT && argument.value) {
      const number = numberOf(argument.value)
      const name = argument.name?.value
      if (name === 'limit' && number !== undefined && (number < 0 || number > MAX_LIMIT)) {
        problem = `limit must be from 0 to ${MAX_LIMIT}.`
      }
      if (name === 'page' && number !== undefined && number < 1) problem = 'page starts at 1.'
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(walk)
      else if (value && typeof value === 'object' && 'kind' in value) walk(value)
    }
  }
  walk(document)
  return problem
}

async function graphqlRefusal(request: Request): Promise<Refusal | undefined> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  if (!type.startsWith('application/json')) {
    return { status: 415, message: 'Send GraphQL requests as JSON: { "query": "…" }.' }
  }
  const text = await request.clone().text()
  if (text.length > MAX_JSON_BYTES) return { status: 413, message: 'The request is too large.' }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { status: 400, message: 'The body is not valid JSON.' }
  }
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown }
  if (typeof query !== 'string' || query.trim() === '') {
    return { status: 400, message: 'Send the GraphQL document as the "query" string.' }
  }
  if (query.length > MAX_GRAPHQL_QUERY) return { status: 413, message: 'The query is too long.' }
  if (variables !== undefined && variables !== null && typeof variables !== 'object') {
    return { status: 400, message: '"variables" must be an object.' }
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 10_000 })
  } catch (error) {
    return { status: 400, message: (error as Error).message }
  }
  const cycle = fragmentCycle(document)
  if (cycle) return { status: 400, message: `Fragment "${cycle}" spreads itself.` }
  const paging = pagingProblem(document, (variables ?? {}) as Record<string, unknown>)
  if (paging) return { status: 400, message: paging }
  return undefined
}

/** GraphQL: a JSON body with a document that parses and cannot recurse. */
export function guardGraphql<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    const problem =
      queryRefusal(new URL(request.url).searchParams) ?? (await graphqlRefusal(request))
    if (problem) return refusal(problem)
    return (await graphqlLimitRefusal(request)) ?? handler(request, context)
  }
}
