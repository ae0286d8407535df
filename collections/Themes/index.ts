import type { CollectionConfig } from 'payload'

import { anyone, canDeleteContent, isStaffUser, moderatedThemeIds, type Person } from '@/access'
import { sourceField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { localizedText, localizedTextarea } from '@/fields/localized'

import { slugs } from '../slugs'
import { revalidatePages } from '@/hooks/revalidatePages'

import { queueThemeIndexing } from './search'

/** The five themes of the CoP; a moderator may edit the description of the themes they look after. */
export const Themes: CollectionConfig<'themes'> = {
  slug: slugs.themes,
  hooks: {
    afterChange: [queueThemeIndexing, revalidatePages],
    afterDelete: [queueThemeIndexing, revalidatePages],
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'order', 'isSpecialFocus'] },
  defaultSort: 'order',
  access: {
    read: anyone,
    create: ({ req }) => isStaffUser(req.user as Person),
    update: ({ req }) => {
      const user = req.user as Person
      if (isStaffUser(user)) return true
      const ids = moderatedThemeIds(user)
      return ids.length > 0 ? { id: { in: ids } } : false
    },
    delete: canDeleteContent,
  },
  fields: [
    localizedText({ name: 'title', required: true }),
    slugField(),
    localizedTextarea({ name: 'summary', required: true, maxLength: 1000 }),
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'keyQuestions',
      type: 'array',
      labels: { singular: 'Key question', plural: 'Key questions' },
      fields: [localizedText({ name: 'question', required: true })],
    },
    {
      name: 'curatedResources',
      type: 'relationship',
      relationTo: slugs.resources,
      hasMany: true,
      maxRows: 6,
      admin: {
        description: 'Shown first on the theme page, in this order; the newest works follow.',
      },
    },
    {
      name: 'isSpecialFocus',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'The CoP’s current special thematic focus.' },
    },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    sourceField,
  ],
}
