import type { CollectionConfig } from 'payload'

import { anyone, canDeleteContent, isStaff } from '@/access'
import { sourceField } from '@/fields/common'

import { validateLink } from '../Resources/validateEditions'
import { slugs } from '../slugs'
import { revalidatePages } from '@/hooks/revalidatePages'

export const Organisations: CollectionConfig<'organisations'> = {
  slug: slugs.organisations,
  hooks: { afterChange: [revalidatePages], afterDelete: [revalidatePages] },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'acronym', 'kind', 'country'] },
  defaultSort: 'name',
  access: { read: anyone, create: isStaff, update: isStaff, delete: canDeleteContent },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'acronym', type: 'text' },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { label: 'ILO', value: 'ilo' },
        { label: 'UN agency', value: 'un' },
        { label: 'Government', value: 'government' },
        { label: 'Trade union', value: 'trade-union' },
        { label: 'Employers’ organisation', value: 'employers' },
        { label: 'Civil society', value: 'civil-society' },
        { label: 'Academic', value: 'academic' },
        { label: 'Donor', value: 'donor' },
        { label: 'Regional body', value: 'regional-body' },
        { label: 'Other', value: 'other' },
      ],
    },
    { name: 'country', type: 'relationship', relationTo: slugs.countries },
    { name: 'website', type: 'text', validate: validateLink },
    sourceField,
  ],
}
