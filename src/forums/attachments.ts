import { ValidationError, type Payload } from 'payload'

import type { Post, User } from '@/payload-types'

/** As many files as a post may carry (the posts' `attachments` field has this many rows). */
export const MAX_ATTACHMENTS = 5
/**
 * What one form may post in all: the server actions' body limit (next.config.ts) leaves room
 * for 25 MB of files; more goes through `POST /api/forum-files` one file at a time.
 */
export const FORM_FILES_MAX_BYTES = 25 * 1024 * 1024

/** The files chosen in a form's `attachments` input (a browser sends an empty one when none). */
const attachedFiles = (form: FormData): File[] =>
  form
    .getAll('attachments')
    .filter((value): value is File => value instanceof File && value.size > 0)

const refuse = (message: string) =>
  new ValidationError({ collection: 'posts', errors: [{ path: 'attachments', message }] })

/**
 * Stores a form's files as the member's forum files, through the same rules as
 * `POST /api/forum-files` (bytes checked, 10 MB each). All or none: when one is refused, those
 * stored before it are removed, and the refusal says which file.
 */
async function storeAttachments({
  payload,
  user,
  files,
}: {
  payload: Payload
  user: User
  files: File[]
}): Promise<Post['attachments'] & number[]> {
  if (files.length > MAX_ATTACHMENTS) {
    throw refuse(`Attach at most ${MAX_ATTACHMENTS} files to a post.`)
  }
  const total = files.reduce((sum, file) => sum + file.size, 0)
  if (total > FORM_FILES_MAX_BYTES) {
    throw refuse('The files together are over 25 MB: attach fewer or smaller files.')
  }
  const stored: number[] = []
  try {
    for (const file of files) {
      const doc = await payload
        .create({
          collection: 'forum-files',
          data: {} as never,
          file: {
            data: Buffer.from(await file.arrayBuffer()),
            mimetype: file.type || 'application/octet-stream',
            name: file.name,
            size: file.size,
          },
          depth: 0,
          user,
          overrideAccess: false,
        })
        .catch((error: unknown) => {
          // Payload's sentence names the problem but not the file; a post may carry five.
          const status = (error as { status?: number }).status
          const message = error instanceof Error ? error.message : ''
          if (status === 400 || status === 413) {
            const reason =
              (error as ValidationError).data?.errors?.find((entry) => entry.message)?.message ??
              message
            throw refuse(`“${file.name}”: ${reason}`)
          }
          throw error
        })
      stored.push(doc.id)
    }
    return stored
  } catch (error) {
    await discardAttachments(payload, stored)
    throw error
  }
}

/** Removes files stored for a post that was then refused: nothing of a failed post stays. */
async function discardAttachments(payload: Payload, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  await payload.delete({
    collection: 'forum-files',
    where: { id: { in: ids } },
    overrideAccess: true,
  })
}

/**
 * Stores the form's files, then runs the writing that carries them; when the writing is refused,
 * the files go too, so nothing of a refused post stays.
 */
export async function withFormAttachments<T>(
  { payload, user, form }: { payload: Payload; user: User; form: FormData },
  write: (attachments: number[]) => Promise<T>,
): Promise<T> {
  const attachments = await storeAttachments({ payload, user, files: attachedFiles(form) })
  try {
    return await write(attachments)
  } catch (error) {
    await discardAttachments(payload, attachments)
    throw error
  }
}
