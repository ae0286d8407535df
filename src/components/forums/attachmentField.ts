import { FORUM_FILE_MAX_BYTES } from '@collections/ForumFiles/hooks/capFileSize'

import { FORM_FILES_MAX_BYTES, MAX_ATTACHMENTS } from '@/forums/attachments'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'
import { UPLOAD_KINDS } from '@/uploads/kinds'

import type { ForumField } from './ForumForm'

/** The kinds a forum file may be, by type and by extension (some phones send no type). */
const ACCEPT = Object.values(UPLOAD_KINDS)
  .flatMap((kind) => [kind.mime, ...kind.extensions.map((extension) => `.${extension}`)])
  .join(',')

/** The file input of the reply and new-discussion forms, with its limits said before sending. */
export const attachmentField = (locale: Locale): ForumField => ({
  kind: 'files',
  name: 'attachments',
  label: translate(locale, 'forumsAttachLabel'),
  hint: translate(locale, 'forumsAttachHint'),
  accept: ACCEPT,
  maxFiles: MAX_ATTACHMENTS,
  maxFileBytes: FORUM_FILE_MAX_BYTES,
  maxTotalBytes: FORM_FILES_MAX_BYTES,
  tooMany: translate(locale, 'forumsAttachTooMany'),
  tooLarge: translate(locale, 'forumsAttachTooLarge'),
})
