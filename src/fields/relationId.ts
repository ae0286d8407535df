export type Id = number | string

/**
 * The id a relationship value holds, whether it was populated (a document) or not (the id
 * itself). Reads at any `depth` give one or the other; an empty value passes through as it is.
 */
export const relationId = (value: unknown): Id =>
  (typeof value === 'object' && value !== null ? (value as { id: Id }).id : value) as Id

/** The id of an optional relationship, or null when it is empty (the value Payload stores). */
export const optionalRelationId = (value: unknown): Id | null =>
  value === null || value === undefined || value === '' ? null : relationId(value)

/**
 * The id as text, or undefined when empty: for comparing ids, which SQLite gives as numbers and
 * MongoDB as strings, and for keying maps and sets by them.
 */
export const relationKey = (value: unknown): string | undefined => {
  const id = optionalRelationId(value)
  return id === null ? undefined : String(id)
}
