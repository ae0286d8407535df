import type { CollectionConfig } from 'payload'

import { anyone, canDeleteContent, isStaff } from '@/access'
import { sourceField, yearField } from '@/fields/common'

import { REGIONS } from '../Countries'
import { slugs } from '../slugs'
import { keyObservation } from './hooks/keyObservation'
import { revalidatePages } from '@/hooks/revalidatePages'

export const INDICATORS = [
  { label: 'International migrant workers', value: 'migrant-workers' },
  { label: 'Remittance inflows', value: 'remittance-inflows' },
  { label: 'Remittance outflows', value: 'remittance-outflows' },
  { label: 'International migrant stock', value: 'migrant-stock' },
  { label: 'Workers deployed abroad in the year', value: 'workers-deployed' },
  { label: 'Workers abroad', value: 'workers-abroad' },
]

export const UNITS = [
  'millions of persons',
  'persons',
  'USD millions',
  'USD billions',
  'percent of GDP',
  'percent',
]

/** One observation: indicator × country-or-region × year × sex. */
export const Statistics: CollectionConfig<'statistics'> = {
  slug: slugs.statistics,
  labels: { singular: 'Statistic', plural: 'Statistics' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['indicator', 'country', 'region', 'year', 'sex', 'value', 'unit'],
  },
  defaultSort: '-year',
  access: { read: anyone, create: isStaff, update: isStaff, delete: canDeleteContent },
  hooks: {
    beforeValidate: [keyObservation],
    afterChange: [revalidatePages],
    afterDelete: [revalidatePages],
  },
  fields: [
    { name: 'indicator', type: 'select', required: true, index: true, options: INDICATORS },
    {
      type: 'row',
      fields: [
        { name: 'country', type: 'relationship', relationTo: slugs.countries, index: true },
        {
          name: 'region',
          type: 'select',
          // ILO statistics use groupings of their own beside the country regions.
          options: [
            ...REGIONS,
            { label: 'South-East Asia and the Pacific', value: 'south-east-asia-pacific' },
            { label: 'Asia and the Pacific', value: 'asia-pacific' },
            { label: 'World', value: 'world' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { ...yearField('year'), required: true, index: true },
        {
          name: 'sex',
          type: 'select',
          required: true,
          defaultValue: 'total',
          options: [
            { label: 'Total', value: 'total' },
            { label: 'Men', value: 'male' },
            { label: 'Women', value: 'female' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', required: true },
        { name: 'unit', type: 'select', required: true, options: UNITS },
      ],
    },
    { name: 'note', type: 'text', localized: true },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'indicator | place | year | sex' },
    },
    sourceField,
  ],
}
