import type { CollectionBeforeChangeHook, FlattenedField } from 'payload'

type Data = Record<string, unknown>
const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Array and block rows are stored by their id, which must be unique across all documents: a
 * client that copies a record and posts it back (ids included) would collide with the rows of
 * the original. A row keeps its id only if it is already one of this document's rows and not
 * used twice in the same write; otherwise the id is dropped and Payload gives the row a new one.
 */
export const replaceForeignRowIds: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
}) => {
  if (isObject(data)) scrub(collection.flattenedFields, data, originalDoc, new Set())
  return data
}

function scrub(fields: FlattenedField[], data: Data, original: unknown, seen: Set<string>) {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const before = isObject(original) ? original[field.name] : undefined
    if ((field.type === 'group' || field.type === 'tab') && isObject(value)) {
      scrub(field.flattenedFields, value, before, seen)
      continue
    }
    if ((field.type !== 'array' && field.type !== 'blocks') || !Array.isArray(value)) continue
    const ownRows = new Map(
      (Array.isArray(before) ? before : [])
        .filter(isObject)
        .map((row) => [String(row.id), row] as const),
    )
    for (const row of value) {
      if (!isObject(row)) continue
      const id = typeof row.id === 'string' ? row.id : undefined
      const own = id !== undefined && ownRows.has(id) && !seen.has(id)
      if (own) seen.add(id)
      else delete row.id
      const rowFields =
        field.type === 'array'
          ? field.flattenedFields
          : field.blocks.find((block) => block.slug === row.blockType)?.flattenedFields
      if (rowFields) scrub(rowFields, row, own ? ownRows.get(id) : undefined, seen)
    }
  }
}
