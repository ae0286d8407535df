import type { FlattenedField } from 'payload'

import { isRealDate } from './dates'

export type Problem = { path: string; message: string }
/** A relation the write points at; whether it exists is checked against the database after. */
export type Reference = { path: string; collection: string; id: number | string }

/**
 * Length ceilings for fields that set none, enforced on drafts too (Payload validates drafts
 * only if asked, and a draft is where a 1 MB summary would otherwise slip in).
 */
export const MAX_LENGTH = {
  text: 5_000,
  textarea: 50_000,
  code: 100_000,
  email: 254,
  password: 256,
  /** Serialised size of a rich-text or JSON value. */
  structured: 2_000_000,
} as const
const MAX_ROWS = 500

type Context = {
  idType: 'number' | 'text'
  problems: Problem[]
  references: Reference[]
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const describe = (value: unknown): string => {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'empty'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'text'
  return `a ${typeof value}`
}

/** A record id as the database keeps it: a positive whole number on SQLite, an ObjectId on MongoDB. */
export function asRecordId(value: unknown, idType: 'number' | 'text'): number | string | undefined {
  if (idType === 'number') {
    const id = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value
    return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : undefined
  }
  return typeof value === 'string' && /^[a-f0-9]{24}$/i.test(value) ? value : undefined
}

const optionValues = (field: { options: readonly (string | { value: string })[] }) =>
  field.options.map((option) => (typeof option === 'string' ? option : option.value))

/**
 * Checks that every value a write sends has the type its field stores, before Payload's own
 * hooks or the database meet it: text is text, selects hold one of their options, dates are
 * real dates, relations are ids. Only the keys sent are checked (a PATCH is partial, a draft
 * may be incomplete); whether required fields are present stays Payload's check.
 */
export function checkShape({
  fields,
  data,
  idType,
  path = '',
}: {
  fields: FlattenedField[]
  data: Record<string, unknown>
  idType: 'number' | 'text'
  path?: string
}): { problems: Problem[]; references: Reference[] } {
  const context: Context = { idType, problems: [], references: [] }
  checkFields(fields, data, path, context)
  return { problems: context.problems, references: context.references }
}

function checkFields(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  path: string,
  context: Context,
) {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (value === undefined) continue
    if (value === null) {
      // A group or named tab holds its fields' columns, an array or blocks field its rows:
      // there is no null of them to store.
      const at = path ? `${path}.${field.name}` : field.name
      if (field.type === 'group' || field.type === 'tab') {
        context.problems.push({ path: at, message: 'Send an object here, not empty.' })
      }
      if (field.type === 'array' || field.type === 'blocks') {
        context.problems.push({ path: at, message: 'Send a list of rows here ([] for none).' })
      }
      // Every record has both timestamps; the database keeps them, never empty.
      if (!path && (field.name === 'createdAt' || field.name === 'updatedAt')) {
        context.problems.push({ path: at, message: 'Leave this out: the server keeps it.' })
      }
      continue
    }
    checkField(field, value, path ? `${path}.${field.name}` : field.name, context)
  }
}

function checkField(field: FlattenedField, value: unknown, path: string, context: Context) {
  const problem = (message: string) => context.problems.push({ path, message })
  const hasMany = 'hasMany' in field && field.hasMany === true

  if (hasMany && field.type !== 'relationship' && field.type !== 'upload') {
    if (!Array.isArray(value)) return problem(`Send a list here, not ${describe(value)}.`)
    value.forEach((item, index) => checkSingle(field, item, `${path}.${index}`, context))
    return
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    if (hasMany) {
      if (!Array.isArray(value)) return problem(`Send a list of ids here, not ${describe(value)}.`)
      value.forEach((item, index) => checkRelation(field, item, `${path}.${index}`, context))
      return
    }
    return checkRelation(field, value, path, context)
  }
  checkSingle(field, value, path, context)
}

function checkSingle(field: FlattenedField, value: unknown, path: string, context: Context) {
  const problem = (message: string) => context.problems.push({ path, message })
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
    case 'email': {
      if (typeof value !== 'string') return problem(`Send text here, not ${describe(value)}.`)
      const ceiling = ('maxLength' in field ? field.maxLength : undefined) ?? MAX_LENGTH[field.type]
      if (value.length > ceiling) {
        return problem(`This is ${value.length} characters long; the most is ${ceiling}.`)
      }
      return
    }
    case 'number': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
      if (typeof number !== 'number' || !Number.isFinite(number)) {
        return problem(`Send a number here, not ${describe(value)}.`)
      }
      if (typeof field.min === 'number' && number < field.min) {
        return problem(`The smallest value allowed is ${field.min}.`)
      }
      if (typeof field.max === 'number' && number > field.max) {
        return problem(`The largest value allowed is ${field.max}.`)
      }
      return
    }
    case 'checkbox':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') {
        return problem(`Send true or false here, not ${describe(value)}.`)
      }
      return
    case 'select':
    case 'radio': {
      const allowed = optionValues(field)
      if (typeof value !== 'string' || !allowed.includes(value)) {
        const shown = allowed.length <= 12 ? `: ${allowed.join(', ')}` : ''
        return problem(`Choose one of the options${shown}.`)
      }
      return
    }
    case 'date':
      if (!isRealDate(value)) {
        return problem('Send a real date, such as 2026-03-05 or 2026-03-05T09:30:00.000Z.')
      }
      return
    case 'point':
      if (
        !Array.isArray(value) ||
        value.length !== 2 ||
        !value.every((n) => typeof n === 'number' && Number.isFinite(n))
      ) {
        return problem('Send a point as [longitude, latitude].')
      }
      return
    case 'richText':
      if (
        !isPlainObject(value) ||
        !isPlainObject(value.root) ||
        !Array.isArray(value.root.children)
      ) {
        return problem('Send rich text as the editor stores it: an object with a root node.')
      }
      return checkSize(value, path, context)
    case 'json':
      return checkSize(value, path, context)
    case 'group':
    case 'tab':
      if (!isPlainObject(value)) return problem(`Send an object here, not ${describe(value)}.`)
      return checkFields(field.flattenedFields, value, path, context)
    case 'array':
      return checkRows(value, path, context, () => field.flattenedFields)
    case 'blocks': {
      const blocks = new Map(
        (field.blocks ?? []).map((block) => [block.slug, block.flattenedFields] as const),
      )
      return checkRows(value, path, context, (row, rowPath) => {
        const found = typeof row.blockType === 'string' ? blocks.get(row.blockType) : undefined
        if (!found) context.problems.push({ path: rowPath, message: 'Unknown block type.' })
        return found
      })
    }
    default:
      // join and virtual fields are not written; Payload ignores what is sent for them.
      return
  }
}

function checkRows(
  value: unknown,
  path: string,
  context: Context,
  fieldsOf: (row: Record<string, unknown>, rowPath: string) => FlattenedField[] | undefined,
) {
  if (!Array.isArray(value)) {
    context.problems.push({ path, message: `Send a list of rows here, not ${describe(value)}.` })
    return
  }
  if (value.length > MAX_ROWS) {
    context.problems.push({ path, message: `At most ${MAX_ROWS} rows can be saved at once.` })
    return
  }
  value.forEach((row, index) => {
    const rowPath = `${path}.${index}`
    if (!isPlainObject(row)) {
      context.problems.push({ path: rowPath, message: `Send each row as an object.` })
      return
    }
    // A row's id is the server's to give (see replaceForeignRowIds), whatever is sent.
    const fields = fieldsOf(row, rowPath)?.filter((field) => field.name !== 'id')
    if (fields) checkFields(fields, row, rowPath, context)
  })
}

function checkRelation(
  field: Extract<FlattenedField, { type: 'relationship' | 'upload' }>,
  value: unknown,
  path: string,
  context: Context,
) {
  const problem = (message: string) => context.problems.push({ path, message })
  const targets: string[] = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
  let collection = targets[0]
  let raw = value
  if (Array.isArray(field.relationTo)) {
    if (!isPlainObject(value) || typeof value.relationTo !== 'string') {
      return problem(`Send { relationTo, value } naming one of: ${targets.join(', ')}.`)
    }
    if (!targets.includes(value.relationTo)) return problem(`Choose one of: ${targets.join(', ')}.`)
    collection = value.relationTo
    raw = value.value
  }
  // A populated document sent back as it was read (a copied record) carries its id.
  if (isPlainObject(raw) && 'id' in raw) raw = raw.id
  const id = asRecordId(raw, context.idType)
  if (id === undefined) return problem(`Send the id of a record in ${collection}.`)
  context.references.push({ path, collection, id })
}

function checkSize(value: unknown, path: string, context: Context) {
  let size = 0
  try {
    size = JSON.stringify(value)?.length ?? 0
  } catch {
    context.problems.push({ path, message: 'This value cannot be stored.' })
    return
  }
  if (size > MAX_LENGTH.structured) {
    context.problems.push({
      path,
      message: `This is ${size} characters long; the most is ${MAX_LENGTH.structured}.`,
    })
  }
}
