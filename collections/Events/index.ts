import type { CollectionConfig } from 'payload'

import { canDeleteContent, canEditThemedContent } from '@/access'
import { sourceField } from '@/fields/common'
import { slugField } from '@/fields/slug'
import { REGION_TIME_ZONES } from '@/fields/timezones'
import { EVENT_KIND_OPTIONS, EVENT_MODE_OPTIONS } from '@/events/kinds'
import { limitToModeratedThemes } from '@/hooks/limitToModeratedThemes'
import { localizedText, localizedTextarea } from '@/fields/localized'
import { queueIndexing } from '@/search/hooks'
import { convertZawgyi } from '@/hooks/convertZawgyi'

import { validateLink } from '../Resources/validateEditions'
import {
  canCreateOrSubmit,
  canEditOrRevise,
  publishedEditorOrSubmitter,
} from '@/access/submissions'
import { reviewedThemesField, submissionFields } from '@/fields/submission'
import { announceSubmission, decideSubmission, prepareSubmission } from '@/submissions/hooks'

import { slugs } from '../slugs'
import { validateSchedule } from './hooks/validateSchedule'
import { noteDraftSave } from '@/hooks/drafts'
import { revalidatePages } from '@/hooks/revalidatePages'
import {
  firstPublishedAtField,
  queueFollowerNotices,
  stampFirstPublication,
} from '@/following/firstPublication'

const timezone = {
  supportedTimezones: REGION_TIME_ZONES.map((tz) => ({ label: tz, value: tz })),
  required: true,
}
const when = { pickerAppearance: 'dayAndTime' as const, timeIntervals: 15 }

export const Events: CollectionConfig<'events'> = {
  slug: slugs.events,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', 'country', '_status', 'submissionStatus'],
  },
  defaultSort: 'start',
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
    beforeValidate: [convertZawgyi, validateSchedule],
    beforeChange: [decideSubmission, limitToModeratedThemes, stampFirstPublication],
    afterChange: [announceSubmission, queueIndexing, revalidatePages, queueFollowerNotices],
    afterDelete: [queueIndexing, revalidatePages],
  },
  fields: [
    localizedText({ name: 'title', required: true }),
    slugField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: EVENT_KIND_OPTIONS,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          index: true,
          timezone,
          admin: { date: when },
        },
        { name: 'end', type: 'date', required: true, timezone, admin: { date: when } },
      ],
    },
    {
      name: 'mode',
      type: 'select',
      required: true,
      defaultValue: 'in-person',
      options: EVENT_MODE_OPTIONS,
    },
    { name: 'place', type: 'text', localized: true },
    { name: 'onlineUrl', label: 'Online link', type: 'text', validate: validateLink },
    {
      name: 'country',
      type: 'relationship',
      relationTo: slugs.countries,
      index: true,
      admin: { position: 'sidebar', description: 'Leave empty for a regional event.' },
    },
    { name: 'isRegional', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    reviewedThemesField,
    localizedTextarea({ name: 'summary', required: true, maxLength: 600 }),
    { name: 'description', type: 'richText', localized: true },
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
