import type { PayloadRequest } from 'payload'

import { approveSubmission, rejectSubmission } from './decisions'
import {
  eventFromForm,
  newsFromForm,
  refusedFormFields,
  resourceFromForm,
  type FormCollection,
} from './form'
import type { Reviewable } from './status'

/**
 * What the site's forms do, apart from reading the session and redirecting (the server actions
 * in `src/account/submissionActions.ts`): each takes the signed-in person's `req` and answers
 * with the codes the page shows, so it is tested without a browser.
 */
export type Outcome = { ok: true; id?: number } | { ok: false; codes: string[] }

type Refusal = { data?: { errors?: { path?: unknown }[] } } | null
const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

/**
 * A proposal from one of the forms, through the same rules as `POST /api/<collection>`. A
 * resource's file is stored first, through the media rules (its bytes checked, kept for editors
 * until the work is published); if the work is then refused, the file goes too.
 */
export async function proposeFromForm({
  req,
  collection,
  form,
}: {
  req: PayloadRequest
  collection: FormCollection
  form: FormData
}): Promise<Outcome> {
  const idType = req.payload.db.defaultIDType
  let fileId: number | null = null
  try {
    if (collection === 'resources') {
      const upload = form.get('file')
      if (upload instanceof File && upload.size > 0) {
        const stored = await req.payload.create({
          collection: 'media',
          data: { alt: String(form.get('title') ?? ''), visibility: 'editors' },
          file: {
            data: Buffer.from(await upload.arrayBuffer()),
            mimetype: upload.type || 'application/octet-stream',
            name: upload.name,
            size: upload.size,
          },
          overrideAccess: false,
          req,
        })
        fileId = stored.id
      }
    }
    const data =
      collection === 'events'
        ? eventFromForm(form, idType)
        : collection === 'news'
          ? newsFromForm(form, idType)
          : resourceFromForm(form, idType, fileId)
    const doc = await req.payload.create({
      collection,
      data: data as never,
      overrideAccess: false,
      req,
    })
    return { ok: true, id: doc.id }
  } catch (error) {
    if (fileId !== null) {
      await req.payload.delete({ collection: 'media', id: fileId, overrideAccess: true, req })
    }
    return { ok: false, codes: refusalCodes(req, collection, error, fileId === null) }
  }
}

function refusalCodes(
  req: PayloadRequest,
  collection: FormCollection,
  error: unknown,
  isFileStep: boolean,
): string[] {
  const status = statusOf(error)
  if (status === 403) return ['forbidden']
  const fields = refusedFormFields(collection, error)
  if (fields.length > 0) return fields
  // The media rules refuse a file with a 400 of their own, naming no field.
  if (status === 400 && collection === 'resources' && isFileStep) return ['file']
  req.payload.logger.error({ err: error, msg: 'submissions: a proposal could not be stored' })
  return ['failed']
}

const namesReason = (error: unknown) =>
  ((error as Refusal)?.data?.errors ?? []).some(({ path }) => path === 'rejectionReason')

/** A decision from the review page's buttons, through `approveSubmission`/`rejectSubmission`. */
export async function decideFromForm({
  req,
  collection,
  id,
  decision,
  reason,
}: {
  req: PayloadRequest
  collection: Reviewable
  id: number
  decision: 'approve' | 'reject'
  reason: string
}): Promise<Outcome> {
  try {
    if (decision === 'approve') await approveSubmission({ req, collection, id })
    else await rejectSubmission({ req, collection, id, reason })
    return { ok: true }
  } catch (error) {
    const status = statusOf(error)
    // A rejection without its reason, or an approval the directory refuses (a proposed
    // organisation name another entry has): the reviewer is told which.
    if (status === 400) return { ok: false, codes: [namesReason(error) ? 'reason' : 'invalid'] }
    if (status === 403 || status === 404) return { ok: false, codes: ['forbidden'] }
    req.payload.logger.error({ err: error, msg: 'submissions: a decision could not be stored' })
    return { ok: false, codes: ['failed'] }
  }
}
