import type { NumberField, RelationshipField, TextField } from 'payload'

import { slugs } from '@collections/slugs'

/** Every record carried from a source document names it, so facts can be checked. */
export const sourceField: TextField = {
  name: 'source',
  type: 'text',
  admin: {
    position: 'sidebar',
    description: 'Where the facts come from: document, table or page.',
  },
}

export const themesField: RelationshipField = {
  name: 'themes',
  type: 'relationship',
  relationTo: slugs.themes,
  hasMany: true,
  index: true,
  admin: { position: 'sidebar' },
}

export const countriesField: RelationshipField = {
  name: 'countries',
  type: 'relationship',
  relationTo: slugs.countries,
  hasMany: true,
  index: true,
  admin: { position: 'sidebar' },
}

export const yearField = (name: string, label?: string): NumberField => ({
  name,
  label,
  type: 'number',
  min: 1900,
  max: 2100,
  admin: { step: 1 },
  validate: (value: unknown) =>
    value === null ||
    value === undefined ||
    (Number.isInteger(value) && (value as number) >= 1900 && (value as number) <= 2100) ||
    'Enter a four-digit year between 1900 and 2100.',
})
