import type { CollectionConfig } from 'payload'

import {
  canDeleteContent,
  canEditThemedContent,
  memberContentField,
  memberContentQueryField,
} from '@/access'
import { countriesField, sourceField, yearField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { limitToModeratedThemes } from '@/hooks/limitToModeratedThemes'
import { EDITION_LANGUAGE_OPTIONS } from '@/i18n/languages'
import { RESOURCE_KIND_OPTIONS } from '@/library/kinds'
import { localizedText, localizedTextarea } from '@/fields/localized'
import { queueIndexing } from '@/search/hooks'
import { convertZawgyi } from '@/hooks/convertZawgyi'

import {
  canCreateOrSubmit,
  canEditOrRevise,
  publishedEditorOrSubmitter,
} from '@/access/submissions'
import { reviewedThemesField, submissionFields } from '@/fields/submission'
import { announceSubmission, decideSubmission, prepareSubmission } from '@/submissions/hooks'

import { slugs } from '../slugs'
import { hideMemberContent, markMemberContent } from './hooks/hideMemberContent'
import { orderTitles, titleOrderField, titleOrderIndexes } from './hooks/orderTitles'
import { validateEditions, validateLink } from './validateEditions'
import { noteDraftSave } from '@/hooks/drafts'
import {
  closeFilesOfDeletedDocument,
  notePublishedFiles,
  syncFileVisibility,
} from '@/uploads/hooks'
import { revalidatePages } from '@/hooks/revalidatePages'
import {
  firstPublishedAtField,
  queueFollowerNotices,
  stampFirstPublication,
} from '@/following/firstPublication'

/** A work (publication, tool, manual…) and its editions, one per language. */
export const Resources: CollectionConfig<'resources'> = {
  slug: slugs.resources,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'year', 'visibility', '_status', 'submissionStatus'],
  },
  defaultSort: '-year',
  versions: { drafts: true, maxPerDoc: 25 },
  indexes: titleOrderIndexes,
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
      orderTitles,
      stampFirstPublication,
      notePublishedFiles,
    ],
    afterRead: [hideMemberContent],
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
    { name: 'kind', type: 'select', required: true, options: RESOURCE_KIND_OPTIONS, index: true },
    localizedTextarea({ name: 'summary', required: true, maxLength: 1000 }),
    {
      name: 'description',
      type: 'richText',
      localized: true,
      access: { read: memberContentQueryField },
      hooks: { afterRead: [markMemberContent] },
    },
    {
      name: 'editions',
      type: 'array',
      required: true,
      minRows: 1,
      validate: validateEditions,
      admin: { description: 'The same work in each language it exists in.' },
      fields: [
        { name: 'language', type: 'select', required: true, options: EDITION_LANGUAGE_OPTIONS },
        { name: 'title', type: 'text', required: true },
        { name: 'summary', type: 'textarea', maxLength: 1000 },
        {
          type: 'row',
          fields: [
            {
              name: 'file',
              type: 'upload',
              relationTo: slugs.media,
              access: { read: memberContentField },
            },
            {
              name: 'externalUrl',
              label: 'Link',
              type: 'text',
              validate: validateLink,
              access: { read: memberContentField },
            },
          ],
        },
      ],
    },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'public',
      index: true,
      options: [
        { label: 'Public', value: 'public' },
        { label: 'Members only', value: 'members' },
      ],
      admin: { position: 'sidebar' },
    },
    reviewedThemesField,
    countriesField,
    { name: 'publisher', type: 'text', admin: { position: 'sidebar' } },
    {
      name: 'isFeatured',
      label: 'Featured on the home page',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'isIloPublication',
      label: 'ILO publication',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    { ...yearField('year'), admin: { position: 'sidebar' } },
    {
      name: 'project',
      type: 'relationship',
      relationTo: slugs.projects,
      admin: { position: 'sidebar' },
    },
    sourceField,
    ...submissionFields,
    firstPublishedAtField,
    titleOrderField,
  ],
}
