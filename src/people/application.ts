/** The longest statement of interest an application may carry (the users collection's limit). */
export const MAX_STATEMENT_LENGTH = 1000

/**
 * The application's fields the join form can name in an error (`?error=organisation,country`),
 * in the form's order: each has a sentence of its own on the page.
 */
export const JOIN_FIELDS = [
  'name',
  'email',
  'password',
  'organisation',
  'memberGroup',
  'country',
  'themesOfInterest',
  'statement',
  'preferredLanguage',
] as const
export type JoinField = (typeof JOIN_FIELDS)[number]
