export type Id = number | string

/**
 * The id a relationship value holds, whether it was populated (a document) or not (the id
 * itself). Reads at any `depth` give one or the other; an empty value passes through as it is.
 */
export const relationId = (value: unknown): Id =>
  (typeof value === 'object' && value !== null ? (value as { id: Id }).id : value) as Id
