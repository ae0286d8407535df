import type { CollectionConfig } from 'payload'

import { anyone, canCreateContent, canDeleteContent, canEditThemedContent } from '@/access'
import { countriesField, sourceField, themesField, yearField } from '@/fields/common'
import { limitToModeratedThemes } from '@/hooks/limitToModeratedThemes'
import { localizedText } from '@/fields/localized'
import { queueIndexing } from '@/search/hooks'
import { convertZawgyi } from '@/hooks/convertZawgyi'

import { REGIONS } from '../Countries'
import { slugs } from '../slugs'
import { revalidatePages } from '@/hooks/revalidatePages'

/** ILO technical cooperation projects. */
export const Projects: CollectionConfig<'projects'> = {
  slug: slugs.projects,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'code', 'startYear', 'endYear', 'status'],
  },
  defaultSort: '-startYear',
  access: {
    read: anyone,
    create: canCreateContent,
    update: canEditThemedContent,
    delete: canDeleteContent,
  },
  hooks: {
    beforeValidate: [convertZawgyi],
    beforeChange: [limitToModeratedThemes],
    afterChange: [queueIndexing, revalidatePages],
    afterDelete: [queueIndexing, revalidatePages],
  },
  fields: [
    localizedText({ name: 'title', required: true }),
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar', description: 'ILO project code or a short stable key.' },
    },
    { name: 'acronym', type: 'text', admin: { position: 'sidebar' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1500 },
    {
      type: 'row',
      fields: [
        yearField('startYear', 'Start year'),
        {
          ...yearField('endYear', 'End year'),
          validate: (value: unknown, { siblingData }: { siblingData: { startYear?: number } }) => {
            if (value == null) return true
            if (!Number.isInteger(value) || (value as number) < 1900 || (value as number) > 2100) {
              return 'Enter a four-digit year between 1900 and 2100.'
            }
            if (siblingData.startYear && (value as number) < siblingData.startYear) {
              return 'The project cannot end before it starts.'
            }
            return true
          },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'ongoing',
          options: [
            { label: 'Planned', value: 'planned' },
            { label: 'Ongoing', value: 'ongoing' },
            { label: 'Completed', value: 'completed' },
          ],
        },
      ],
    },
    countriesField,
    { name: 'regions', type: 'select', hasMany: true, options: REGIONS },
    themesField,
    { name: 'partners', type: 'text', hasMany: true },
    { name: 'donors', type: 'text', hasMany: true },
    sourceField,
  ],
}
