import {
  NotFound,
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'

import { isLocale } from '@/i18n/languages'

import { MalformedRequest } from './errors'
import { checkWhere } from './query'
import { asRecordId, checkShape, MAX_LENGTH, type Problem, type Reference } from './shape'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A 400 in Payload's own error shape, so clients read every refusal the same way. */
function refuse(collection: string, problems: Problem[], req: PayloadRequest): never {
  throw new ValidationError({ collection, errors: problems, req }, req.t)
}

/** Relations that point at records which do not exist (or no longer do). */
async function missingReferences(references: Reference[], req: PayloadRequest) {
  const problems: Problem[] = []
  const byCollection = new Map<string, Reference[]>()
  for (const reference of references) {
    byCollection.set(reference.collection, [
      ...(byCollection.get(reference.collection) ?? []),
      reference,
    ])
  }
  for (const [collection, wanted] of byCollection) {
    const ids = [...new Set(wanted.map((reference) => reference.id))]
    // The adapter itself, inside this write's transaction: no access rules or hooks to run.
    const { docs } = await req.payload.db.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } } as Where,
      limit: ids.length,
      pagination: false,
      req,
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    for (const reference of wanted) {
      if (found.has(String(reference.id))) continue
      problems.push({
        path: reference.path,
        message: `There is no record ${reference.id} in ${collection}.`,
      })
    }
  }
  return problems
}

/**
 * Every create and update, from REST, GraphQL or the Local API, is checked before Payload
 * touches it: one language at a time, a body that is an object, values of their fields' types,
 * lengths within bounds (drafts too), relations to records that exist.
 */
export const refuseMalformedWrites: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data: unknown = args.data
  if (req.locale === 'all' || (req.locale && !isLocale(req.locale))) {
    throw new MalformedRequest(
      'Save one language at a time: set locale to en, th, km, lo, my, vi or id.',
    )
  }
  if (!isPlainObject(data)) {
    throw new MalformedRequest('Send the record as a JSON object of its fields.')
  }
  const { problems, references } = checkShape({
    fields: collection.flattenedFields,
    data,
    idType: req.payload.db.defaultIDType,
  })
  if (collection.auth && data.password !== undefined && data.password !== null) {
    if (typeof data.password !== 'string') {
      problems.push({ path: 'password', message: 'Send the password as text.' })
    } else if (data.password.length > MAX_LENGTH.password) {
      problems.push({
        path: 'password',
        message: `A password can be at most ${MAX_LENGTH.password} characters long.`,
      })
    }
  }
  if (problems.length === 0) problems.push(...(await missingReferences(references, req)))
  if (problems.length > 0) refuse(collection.slug, problems, req)
  return args
}

/**
 * Queries whose values cannot match their fields' types are a 400 that names the mistake, and
 * an id that cannot be a record id (`/api/news/abc`) is simply not found.
 */
export const refuseMalformedQueries: CollectionBeforeOperationHook = ({
  args,
  collection,
  req,
}) => {
  const { id, where } = args as { id?: unknown; where?: unknown }
  if (id !== undefined && asRecordId(id, req.payload.db.defaultIDType) === undefined) {
    throw new NotFound(req.t)
  }
  if (where === undefined) return args
  const problems = checkWhere({ fields: collection.flattenedFields, where, payload: req.payload })
  if (problems.length > 0) {
    const said = problems.map((problem) => `${problem.path}: ${problem.message}`).join(' ')
    throw new MalformedRequest(`This query cannot be answered: ${said}`, problems)
  }
  return args
}
