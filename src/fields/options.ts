/**
 * Select options from one `as const` list and its English names for the admin panel. The names
 * are a `Record` over the list, so adding a value without its name fails to compile; the
 * collection, the edge validation (which reads the collection's options), the page filters and
 * the interface labels all derive from the same list.
 */
export const selectOptions = <Value extends string>(
  values: readonly Value[],
  names: Record<Value, string>,
) => values.map((value) => ({ value, label: names[value] }))

/** A guard for one of the list's values (query strings, imported data). */
export const isOneOf =
  <Value extends string>(values: readonly Value[]) =>
  (value: unknown): value is Value =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
