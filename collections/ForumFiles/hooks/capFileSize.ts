import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Forum attachments are for a report or a photo, not an archive: at most 10 MB each. */
export const FORUM_FILE_MAX_BYTES = 10 * 1024 * 1024

/**
 * Refuses a forum file over the cap (the portal's own upload limit, for the library, is
 * larger) before its bytes are checked or written. A 413 with the sizes in words; it carries
 * the name of Payload's ValidationError so it is logged as the expected refusal it is.
 */
export const capFileSize: CollectionBeforeOperationHook<'forum-files'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const size = req.file?.size ?? req.file?.data?.length ?? 0
  if (size > FORUM_FILE_MAX_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1)
    const error = new APIError(
      `A forum attachment is at most 10 MB; this file is ${megabytes} MB.`,
      413,
      undefined,
      true,
    )
    error.name = 'ValidationError'
    throw error
  }
  return args
}
