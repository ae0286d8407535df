import type { FlattenedField, Payload, Where } from 'payload'

import { LOCALES } from '@/i18n/languages'

import { asRecordId, type Problem } from './shape'

type Kind = 'id' | 'number' | 'date' | 'checkbox' | 'other'
type Resolved = { kind: Kind; idType: 'number' | 'text' }

const COMPARISONS = ['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than']
const ORDERED = [...COMPARISONS, 'less_than_equal']
const LISTS = ['in', 'not_in', 'all']
const SINGLE_VALUED = [...ORDERED, 'like', 'not_like', 'contains', 'exists']

/**
 * Finds what a `where` path points at: a field of this collection, of a group or array in it,
 * or, across a relationship, of the related collection (`themes.slug`). Paths it cannot follow
 * are left to Payload, which refuses unknown paths itself.
 */
function resolvePath(
  fields: FlattenedField[],
  segments: string[],
  payload: Payload,
): Kind | undefined {
  const [name, ...rest] = segments
  if (name === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field) return undefined
  const next = field.localized && LOCALES.includes(rest[0] as never) ? rest.slice(1) : rest
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      return next.length > 0 ? resolvePath(field.flattenedFields, next, payload) : 'other'
    case 'relationship':
    case 'upload': {
      if (next.length === 0) return Array.isArray(field.relationTo) ? 'other' : 'id'
      if (Array.isArray(field.relationTo)) return undefined
      const related = payload.collections[field.relationTo]?.config.flattenedFields
      return related ? resolvePath(related, next, payload) : undefined
    }
    case 'number':
      return next.length === 0 ? 'number' : undefined
    case 'date':
      return next.length === 0 ? 'date' : undefined
    case 'checkbox':
      return next.length === 0 ? 'checkbox' : undefined
    default:
      return 'other'
  }
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]

const isNullish = (value: unknown) => value === null || value === 'null'

function valueProblem(resolved: Resolved, operator: string, value: unknown): string | undefined {
  if (operator === 'exists') {
    return [true, false, 'true', 'false'].includes(value as never)
      ? undefined
      : 'exists takes true or false.'
  }
  const values = LISTS.includes(operator)
    ? listOf(value)
    : ORDERED.includes(operator)
      ? [value]
      : []
  for (const item of values) {
    if (isNullish(item) && !LISTS.includes(operator)) continue
    switch (resolved.kind) {
      case 'id':
        if (asRecordId(item, resolved.idType) === undefined) {
          return `${JSON.stringify(item)} is not a record id.`
        }
        break
      case 'number':
        if (item === '' || !Number.isFinite(Number(item)) || typeof item === 'object') {
          return `${JSON.stringify(item)} is not a number.`
        }
        break
      case 'date':
        if (typeof item !== 'string' || Number.isNaN(Date.parse(item))) {
          return `${JSON.stringify(item)} is not a date.`
        }
        break
      case 'checkbox':
        if (![true, false, 'true', 'false'].includes(item as never)) return 'Use true or false.'
        break
    }
  }
  return undefined
}

/**
 * Checks the values of a query against the types of the fields they filter, so that
 * `where[id][in]=1,x` is a 400 that names the mistake instead of a database error.
 */
export function checkWhere({
  fields,
  where,
  payload,
  path = 'where',
}: {
  fields: FlattenedField[]
  where: unknown
  payload: Payload
  path?: string
}): Problem[] {
  if (where === undefined || where === null) return []
  if (typeof where !== 'object' || Array.isArray(where)) {
    return [{ path, message: 'A query is an object of field conditions.' }]
  }
  const problems: Problem[] = []
  const idType = payload.db.defaultIDType
  for (const [key, condition] of Object.entries(where as Where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(condition) ? condition : Object.values(condition ?? {})
      list.forEach((inner, index) =>
        problems.push(
          ...checkWhere({ fields, where: inner, payload, path: `${path}[${key}][${index}]` }),
        ),
      )
      continue
    }
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
      problems.push({
        path: `${path}[${key}]`,
        message: 'Name an operator, as in where[year][equals]=2024.',
      })
      continue
    }
    const kind = resolvePath(fields, key.split('.'), payload)
    for (const [operator, value] of Object.entries(condition)) {
      // `?where[x][equals]=a&where[x][equals]=b` arrives as a list where one value belongs.
      const scalar = value === null || ['string', 'number', 'boolean'].includes(typeof value)
      if (SINGLE_VALUED.includes(operator) && !scalar) {
        problems.push({
          path: `${path}[${key}][${operator}]`,
          message: `${operator} takes one value.`,
        })
        continue
      }
      const message =
        kind && kind !== 'other' ? valueProblem({ kind, idType }, operator, value) : undefined
      if (message) problems.push({ path: `${path}[${key}][${operator}]`, message })
    }
  }
  return problems
}
