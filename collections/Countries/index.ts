import type { CollectionConfig } from 'payload'

import { anyone, canDeleteContent, isStaff } from '@/access'
import { sourceField } from '@/fields/common'
import { localizedText } from '@/fields/localized'
import { queueIndexing } from '@/search/hooks'
import { convertZawgyi } from '@/hooks/convertZawgyi'

import { slugs } from '../slugs'
import { revalidatePages } from '@/hooks/revalidatePages'

export const REGIONS = [
  { label: 'South-East Asia', value: 'south-east-asia' },
  { label: 'East Asia', value: 'east-asia' },
  { label: 'South Asia', value: 'south-asia' },
  { label: 'Pacific', value: 'pacific' },
  { label: 'Central Asia', value: 'central-asia' },
  { label: 'Arab States', value: 'arab-states' },
  { label: 'Europe', value: 'europe' },
  { label: 'Africa', value: 'africa' },
  { label: 'Americas', value: 'americas' },
]

export const CONVENTIONS = ['C87', 'C97', 'C98', 'C143', 'C181', 'C189'] as const

const yesNoUnknown = [
  { label: 'Yes', value: 'yes' },
  { label: 'No', value: 'no' },
  { label: 'Not stated', value: 'not-stated' },
]

export const Countries: CollectionConfig<'countries'> = {
  slug: slugs.countries,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'iso', 'region', 'role'] },
  defaultSort: 'iso',
  access: { read: anyone, create: isStaff, update: isStaff, delete: canDeleteContent },
  hooks: {
    beforeValidate: [convertZawgyi],
    afterChange: [queueIndexing, revalidatePages],
    afterDelete: [queueIndexing, revalidatePages],
  },
  fields: [
    localizedText({ name: 'name', required: true }),
    {
      name: 'iso',
      label: 'ISO code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { position: 'sidebar', description: 'ISO 3166-1 alpha-2, e.g. TH.' },
      hooks: {
        beforeValidate: [
          ({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
        ],
      },
      validate: (value: unknown) =>
        (typeof value === 'string' && /^[A-Z]{2}$/.test(value)) ||
        'Enter the two-letter ISO 3166-1 code, for example TH.',
    },
    { name: 'region', type: 'select', required: true, options: REGIONS, index: true },
    {
      name: 'role',
      label: 'Migration role',
      type: 'select',
      required: true,
      options: [
        { label: 'Country of origin', value: 'origin' },
        { label: 'Country of destination', value: 'destination' },
        { label: 'Origin and destination', value: 'origin-and-destination' },
      ],
    },
    { name: 'profile', type: 'richText', localized: true },
    {
      name: 'ratifications',
      type: 'array',
      admin: { description: 'Key ILO Conventions on labour migration and workers’ rights.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'convention', type: 'select', required: true, options: [...CONVENTIONS] },
            {
              name: 'status',
              type: 'select',
              required: true,
              options: [
                { label: 'Ratified', value: 'ratified' },
                { label: 'Not ratified', value: 'not-ratified' },
                { label: 'Denounced', value: 'denounced' },
              ],
            },
            { name: 'year', type: 'number', min: 1919, max: 2100 },
          ],
        },
        {
          name: 'note',
          type: 'text',
          localized: true,
          admin: { description: 'e.g. “only Sabah”' },
        },
      ],
    },
    {
      name: 'nationalLaws',
      label: 'National laws on migrant workers’ union rights',
      type: 'array',
      fields: [
        localizedText({ name: 'title', required: true }),
        { name: 'year', type: 'number', min: 1900, max: 2100 },
        {
          type: 'row',
          fields: [
            { name: 'mayJoin', label: 'May join a union', type: 'select', options: yesNoUnknown },
            { name: 'mayForm', label: 'May form a union', type: 'select', options: yesNoUnknown },
            {
              name: 'mayHoldOffice',
              label: 'May hold union office',
              type: 'select',
              options: yesNoUnknown,
            },
          ],
        },
        { name: 'note', type: 'textarea', localized: true },
      ],
    },
    sourceField,
  ],
}
