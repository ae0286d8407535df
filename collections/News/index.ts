import type { CollectionConfig } from 'payload'

import { canDeleteContent, canEditThemedContent } from '@/access'
import { countriesField, sourceField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { limitToModeratedThemes } from '@/hooks/limitToModeratedThemes'
import { localizedText, localizedTextarea } from '@/fields/localized'
import { queueIndexing } from '@/search/hooks'
import { convertZawgyi } from '@/hooks/convertZawgyi'

import { NEWS_KIND_OPTIONS } from '@/news/kinds'

import {
  canCreateOrSubmit,
  canEditOrRevise,
  publishedEditorOrSubmitter,
} from '@/access/submissions'
import { reviewedThemesField, submissionFields } from '@/fields/submission'
import { announceSubmission, decideSubmission, prepareSubmission } from '@/submissions/hooks'

import { slugs } from '../slugs'
import { noteDraftSave } from '@/hooks/drafts'
import { revalidatePages } from '@/hooks/revalidatePages'
import {
  closeFilesOfDeletedDocument,
  notePublishedFiles,
  syncFileVisibility,
} from '@/uploads/hooks'
import {
  firstPublishedAtField,
  queueFollowerNotices,
  stampFirstPublication,
} from '@/following/firstPublication'

export const News: CollectionConfig<'news'> = {
  slug: slugs.news,
  labels: { singular: 'News item', plural: 'News' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', '_status', 'submissionStatus'],
  },
  defaultSort: '-date',
  versions: { drafts: true, maxPerDoc: 25 },
  access: {
    read: publishedEditorOrSubmitter,
    readVersions: canEditThemedContent,
    create: canCreateOrSubmit,
    update: canEditOrRevise,
    delete: canDeleteContent,
  },
  hooks: {
    beforeOperation: [noteDraftSave, prepareSubmission],
    beforeValidate: [convertZawgyi],
    beforeChange: [
      decideSubmission,
      limitToModeratedThemes,
      stampFirstPublication,
      notePublishedFiles,
    ],
    afterChange: [
      announceSubmission,
      queueIndexing,
      syncFileVisibility,
      revalidatePages,
      queueFollowerNotices,
    ],
    afterDelete: [queueIndexing, closeFilesOfDeletedDocument, revalidatePages],
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
    // Opened to visitors while a published item shows it (collections/News/files.ts).
    { name: 'image', type: 'upload', relationTo: slugs.media },
    reviewedThemesField,
    countriesField,
    {
      name: 'project',
      type: 'relationship',
      relationTo: slugs.projects,
      admin: { position: 'sidebar' },
    },
    sourceField,
    ...submissionFields,
    firstPublishedAtField,
  ],
}
