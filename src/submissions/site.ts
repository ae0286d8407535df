import type { PayloadRequest } from 'payload'

import { approveSubmission, rejectSubmission } from './decisions'
import { eventFromForm, newsFromForm, refusedFormFields, type FormCollection } from './form'
import type { Submittable } from './status'

/**
 * What the site's forms do, apart from reading the session and redirecting (the server actions
 * in `src/account/submissionActions.ts`): each takes the signed-in person's `req` and answers
 * with the codes the page shows, so it is tested without a browser.
 */
export type Outcome = { ok: true; id?: number } | { ok: false; codes: string[] }

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

/** A proposal from the event or news form, through the same rules as `POST /api/<collection>`. */
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
  const data = collection === 'events' ? eventFromForm(form, idType) : newsFromForm(form, idType)
  try {
    const doc = await req.payload.create({
      collection,
      data: data as never,
      overrideAccess: false,
      req,
    })
    return { ok: true, id: doc.id }
  } catch (error) {
    if (statusOf(error) === 403) return { ok: false, codes: ['forbidden'] }
    const fields = refusedFormFields(collection, error)
    if (fields.length > 0) return { ok: false, codes: fields }
    req.payload.logger.error({ err: error, msg: 'submissions: a proposal could not be stored' })
    return { ok: false, codes: ['failed'] }
  }
}

/** A decision from the review page's buttons, through `approveSubmission`/`rejectSubmission`. */
export async function decideFromForm({
  req,
  collection,
  id,
  decision,
  reason,
}: {
  req: PayloadRequest
  collection: Submittable
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
    if (status === 400) return { ok: false, codes: ['reason'] }
    if (status === 403 || status === 404) return { ok: false, codes: ['forbidden'] }
    req.payload.logger.error({ err: error, msg: 'submissions: a decision could not be stored' })
    return { ok: false, codes: ['failed'] }
  }
}
