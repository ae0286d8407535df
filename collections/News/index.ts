import type { CollectionConfig } from 'payload'

import {
  canCreateContent,
  canDeleteContent,
  canEditThemedContent,
  publishedOrEditor,
} from '@/access'
import { countriesField, sourceField, themesField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { limitToModeratedThemes } from '@/hooks/limitToModeratedThemes'
import { localizedText, localizedTextarea } from '@/fields/localized'
import { queueIndexing } from '@/search/hooks'
import { convertZawgyi } from '@/hooks/convertZawgyi'

import { NEWS_KIND_OPTIONS } from '@/news/kinds'

import { slugs } from '../slugs'
import { noteDraftSave } from '@/hooks/drafts'
import { revalidatePages } from '@/hooks/revalidatePages'
import {
  firstPublishedAtField,
  queueFollowerNotices,
  stampFirstPublication,
} from '@/following/firstPublication'

export const News: CollectionConfig<'news'> = {
  slug: slugs.news,
  labels: { singular: 'News item', plural: 'News' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'date', '_status'] },
  defaultSort: '-date',
  versions: { drafts: true, maxPerDoc: 25 },
  access: {
    read: publishedOrEditor,
    readVersions: canEditThemedContent,
    create: canCreateContent,
    update: canEditThemedContent,
    delete: canDeleteContent,
  },
  hooks: {
    beforeOperation: [noteDraftSave],
    beforeValidate: [convertZawgyi],
    beforeChange: [limitToModeratedThemes, stampFirstPublication],
    afterChange: [queueIndexing, revalidatePages, queueFollowerNotices],
    afterDelete: [queueIndexing, revalidatePages],
  },
  fields: [
    localizedText({ name: 'title', required: true }),
    slugField(),
    {
      name: 'date',
      type: 'date',
      required: true,
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: NEWS_KIND_OPTIONS,
      admin: { position: 'sidebar' },
    },
    localizedTextarea({ name: 'summary', required: true, maxLength: 600 }),
    { name: 'body', type: 'richText', localized: true },
    { name: 'image', type: 'upload', relationTo: slugs.media },
    themesField,
    countriesField,
    {
      name: 'project',
      type: 'relationship',
      relationTo: slugs.projects,
      admin: { position: 'sidebar' },
    },
    sourceField,
    firstPublishedAtField,
  ],
}
