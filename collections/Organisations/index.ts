import type { CollectionConfig } from 'payload'

import { anyone, canDeleteContent, isStaff } from '@/access'
import { sourceField } from '@/fields/common'

import { revalidatePages } from '@/hooks/revalidatePages'

import { slugs } from '../slugs'

import { profileFields } from './profile'

export const Organisations: CollectionConfig<'organisations'> = {
  slug: slugs.organisations,
  hooks: { afterChange: [revalidatePages], afterDelete: [revalidatePages] },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'acronym', 'kind', 'country'] },
  defaultSort: 'name',
  access: { read: anyone, create: isStaff, update: isStaff, delete: canDeleteContent },
  fields: [
    { ...profileFields.name, unique: true },
    profileFields.acronym,
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
    profileFields.country,
    profileFields.website,
    sourceField,
  ],
}
