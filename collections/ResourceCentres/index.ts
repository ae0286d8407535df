import type { CollectionConfig } from 'payload'

import { anyone, canDeleteContent, isStaff } from '@/access'
import { sourceField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { localizedText } from '@/fields/localized'
import { queueIndexing } from '@/search/hooks'
import { convertZawgyi } from '@/hooks/convertZawgyi'

import { slugs } from '../slugs'
import { revalidatePages } from '@/hooks/revalidatePages'

/** The CLIENT services of trade union-led Migrant Worker Resource Centres (ILO 2022). */
export const CLIENT_SERVICES = [
  { label: 'Counselling', value: 'counselling' },
  { label: 'Legal aid', value: 'legal-aid' },
  { label: 'Information and education', value: 'information-education' },
  { label: 'Networking', value: 'networking' },
  { label: 'Trade union membership', value: 'union-membership' },
]

export const ResourceCentres: CollectionConfig<'resource-centres'> = {
  slug: slugs.resourceCentres,
  labels: { singular: 'Resource centre', plural: 'Resource centres' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'operator', 'country', 'place', 'modality'],
  },
  defaultSort: 'name',
  access: { read: anyone, create: isStaff, update: isStaff, delete: canDeleteContent },
  hooks: {
    beforeValidate: [convertZawgyi],
    afterChange: [queueIndexing, revalidatePages],
    afterDelete: [queueIndexing, revalidatePages],
  },
  fields: [
    localizedText({ name: 'name', required: true }),
    slugField({ from: 'name' }),
    { name: 'operator', type: 'text', required: true },
    { name: 'organisation', type: 'relationship', relationTo: slugs.organisations },
    {
      name: 'country',
      type: 'relationship',
      relationTo: slugs.countries,
      required: true,
      index: true,
    },
    localizedText({ name: 'place', required: true }),
    {
      name: 'modality',
      type: 'select',
      required: true,
      defaultValue: 'physical',
      options: [
        { label: 'Physical office', value: 'physical' },
        { label: 'Mobile', value: 'mobile' },
        { label: 'Virtual', value: 'virtual' },
      ],
    },
    { name: 'services', type: 'select', hasMany: true, options: CLIENT_SERVICES },
    { name: 'programme', type: 'text' },
    { name: 'contact', type: 'textarea', localized: true },
    sourceField,
  ],
}
