import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { canCreateContent, canDeleteContent, filesForAudience } from '@/access'
import { canCreateOrSubmit } from '@/access/submissions'
import { revalidatePages } from '@/hooks/revalidatePages'
import { ALLOWED_MIME_TYPES } from '@/uploads/kinds'

import { slugs } from '../slugs'
import { declareDisposition, forbidSniffing } from './downloadHeaders'
import { checkFileContent } from './hooks/checkFileContent'
import { keepProposedFilesPrivate } from './hooks/keepProposedFilesPrivate'

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024

export const Media: CollectionConfig<'media'> = {
  slug: slugs.media,
  hooks: {
    beforeOperation: [checkFileContent],
    beforeChange: [keepProposedFilesPrivate],
    afterChange: [revalidatePages],
    afterDelete: [revalidatePages],
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'mimeType', 'filesize', 'visibility'],
  },
  access: {
    read: filesForAudience,
    // Members with the right to submit upload their proposals' files (keepProposedFilesPrivate).
    create: canCreateOrSubmit,
    update: canCreateContent,
    delete: canDeleteContent,
  },
  upload: {
    // Resolved at run time from the working directory; the ignore keeps Turbopack from tracing it.
    staticDir: path.resolve(
      /* turbopackIgnore: true */ process.cwd(),
      process.env.UPLOADS_DIR ?? 'uploads',
    ),
    // Payload's own check of the declared type and extension; checkFileContent reads the bytes.
    mimeTypes: ALLOWED_MIME_TYPES,
    handlers: [declareDisposition],
    modifyResponseHeaders: forbidSniffing,
  },
  fields: [
    { name: 'alt', label: 'Description', type: 'text', localized: true },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      // Until a document that carries it is published, a new file is for editors only.
      defaultValue: 'editors',
      index: true,
      options: [
        { label: 'Public', value: 'public' },
        { label: 'Members', value: 'members' },
        { label: 'Editors', value: 'editors' },
      ],
      admin: {
        position: 'sidebar',
        description: 'Set from the published resources and news that use the file.',
      },
    },
  ],
}
