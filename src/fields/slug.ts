import type { TextField } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Lower-case ASCII words joined by hyphens; empty when the text has no Latin letters or digits. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}

/**
 * The URL key of a document. Filled from the English title when left empty, so editors rarely
 * type one; titles in scripts without Latin letters fall back to a short unique key.
 */
export function slugField({ from = 'title' }: { from?: string } = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { position: 'sidebar', description: 'Part of the page address. Filled from the title.' },
    hooks: {
      beforeValidate: [
        ({ value, data, originalDoc }) => {
          if (typeof value === 'string' && value.trim()) return value.trim()
          if (originalDoc?.slug) return originalDoc.slug
          const title = data?.[from]
          const text = typeof title === 'string' ? title : (title?.en ?? '')
          return slugify(text) || `item-${Date.now().toString(36)}`
        },
      ],
    },
    validate: (value: unknown) => {
      if (typeof value !== 'string' || !SLUG_PATTERN.test(value)) {
        return 'Use lower-case letters, digits and single hyphens only, for example "domestic-workers".'
      }
      return true
    },
  }
}
