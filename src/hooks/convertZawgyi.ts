import type { CollectionBeforeValidateHook } from 'payload'

import { toUnicodeBurmese } from '@/search/text'

/** Every string in a value, Zawgyi-encoded Burmese converted to Unicode, the rest untouched. */
function convert(value: unknown): unknown {
  if (typeof value === 'string') return toUnicodeBurmese(value)
  if (Array.isArray(value)) return value.map(convert)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]))
  }
  return value
}

/**
 * Burmese typed on a phone with a Zawgyi keyboard looks right to its writer and garbled to
 * everyone on Unicode. Content is stored in Unicode whatever the writer's keyboard was.
 */
export const convertZawgyi: CollectionBeforeValidateHook = ({ data }) =>
  data ? (convert(data) as typeof data) : data
