import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { forumMember } from '@/access/forums'
import { memberField, ownRows, setMember } from '@/forums/ownRows'
import { ALLOWED_MIME_TYPES } from '@/uploads/kinds'

import { declareDisposition, forbidSniffing } from '../Media/downloadHeaders'
import { checkFileContent } from '../Media/hooks/checkFileContent'
import { slugs } from '../slugs'

import { capFileSize } from './hooks/capFileSize'

/**
 * Files attached to forum posts: the library's kinds (documents and pictures, checked by their
 * bytes, never SVG or HTML) up to 10 MB, read by forum members only, in a folder of their own so no route
 * that serves the library's files can serve them.
 */
export const ForumFiles: CollectionConfig<'forum-files'> = {
  slug: slugs.forumFiles,
  admin: { group: 'Forums', useAsTitle: 'filename' },
  access: { read: forumMember, create: forumMember, update: () => false, delete: ownRows },
  hooks: {
    beforeOperation: [capFileSize, checkFileContent as never],
    beforeValidate: [setMember],
  },
  upload: {
    staticDir: path.resolve(
      /* turbopackIgnore: true */ process.cwd(),
      process.env.UPLOADS_DIR ?? 'uploads',
      'forum',
    ),
    mimeTypes: ALLOWED_MIME_TYPES,
    handlers: [declareDisposition],
    modifyResponseHeaders: forbidSniffing,
  },
  fields: [memberField],
}
