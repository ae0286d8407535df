import fs from 'node:fs/promises'

import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkUpload } from '@/uploads/checkUpload'
import { UPLOAD_KINDS } from '@/uploads/kinds'

/**
 * A 400 whose message is for the person who chose the file. It carries the name of Payload's
 * own `ValidationError` so the error handler logs it as the expected refusal it is (info), not
 * as a server fault; as a plain APIError the admin panel shows its message as it is.
 */
class RefusedFile extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'ValidationError'
  }
}

/**
 * Refuses an upload whose bytes are not what the portal accepts, or not what its name says, and
 * records the true type as the file's `mimeType` (Payload would keep the type the browser
 * declared). It runs in `beforeOperation`, the first step of a create or update, where
 * `req.file` holds the upload and nothing is written yet: Payload reads the bytes, writes the
 * file to the uploads folder and then the row, all later, so a refusal here leaves neither.
 */
export const checkFileContent: CollectionBeforeOperationHook<'media'> = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) {
    // Without a file Payload would fetch one itself from `url` in the data, past this check.
    const isDuplicating = Boolean((args as { duplicateFromID?: unknown }).duplicateFromID)
    if (operation === 'create' && !overrideAccess && !isDuplicating) {
      throw new RefusedFile(
        'Choose a file to upload: the portal does not fetch files from web addresses.',
      )
    }
    return args
  }
  // With `useTempFiles` Payload keeps the upload on disk and leaves `data` empty.
  const bytes =
    file.data.length === 0 && file.tempFilePath ? await fs.readFile(file.tempFilePath) : file.data
  const verdict = await checkUpload({ filename: file.name, bytes })
  if (!verdict.isAccepted) throw new RefusedFile(verdict.reason)
  req.file = { ...file, mimetype: UPLOAD_KINDS[verdict.kind].mime }
  return args
}
