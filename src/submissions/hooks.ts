import {
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { Refused } from '@/access/refused'
import { isEditorUser, maySubmitUser, type Person } from '@/access/roles'
import { recordDecision } from '@/membership/audit'

import { queueDecisionMail, queueReviewRequests } from './mails'
import { assertReviewer } from './review'
import { idOf, titleOf, type Submittable } from './status'

type Submitter = (Person & { maySubmit?: boolean | null }) | null
const userOf = (req: PayloadRequest) => req.user as unknown as Submitter

/** A relationship's id as stored (a number on SQLite), whether populated or not. */
const storedId = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : (value ?? null)

const invalid = (req: PayloadRequest, collection: string, path: string, message: string) =>
  new ValidationError({ collection, errors: [{ path, message }], req }, req.t)

/**
 * Before any check: what a member sends is always a complete document saved as it stands (no
 * draft save, which would skip validation and leave the document itself behind), and so is a
 * decision, which must reach the document to publish it. A member's save changes nothing the
 * public sees, so it expires no page (`revalidatePages`).
 */
export function prepareSubmission<Args>({
  args,
  operation,
  req,
}: {
  args: Args
  operation: string
  req: PayloadRequest
}): Args {
  if (!['create', 'update', 'updateByID'].includes(operation)) return args
  const { data } = args as { data?: { submissionStatus?: unknown } }
  const status = data?.submissionStatus
  const deciding = operation !== 'create' && (status === 'approved' || status === 'rejected')
  const proposing = operation === 'create' && status === 'submitted'
  const member = Boolean(req.user) && !isEditorUser(userOf(req))
  if (!deciding && !member && !proposing) return args
  if (!deciding) req.context.savingDraft = true
  return { ...args, draft: false }
}

/**
 * The submission's life, whichever API changes it (REST, GraphQL, the admin panel, the site):
 * - a member's create is a submission: a draft, `submitted`, by them, whatever they sent;
 *   a moderator proposes the same way by sending `submissionStatus: 'submitted'`;
 * - the submitter may revise it while it waits, and it stays a waiting draft;
 * - setting `approved` (or publishing it) or `rejected` is a decision, for a reviewer only
 *   (`assertReviewer`): approval publishes, rejection needs a reason and keeps it a draft.
 * `submittedBy` and the reason are never taken from a request otherwise.
 */
export const decideSubmission: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = userOf(req)
  if (operation === 'create') {
    const proposing =
      Boolean(user) && (!isEditorUser(user) || data.submissionStatus === 'submitted')
    if (!proposing)
      return { ...data, submissionStatus: null, submittedBy: null, rejectionReason: null }
    if (!maySubmitUser(user)) {
      throw new Refused('Only members with the right to submit may propose content.')
    }
    return {
      ...data,
      _status: 'draft',
      submissionStatus: 'submitted',
      submittedBy: user!.id,
      rejectionReason: null,
    }
  }

  const before = originalDoc ?? {}
  const was = before.submissionStatus ?? null
  const kept = {
    submittedBy: storedId(before.submittedBy),
    rejectionReason: before.rejectionReason ?? null,
  }
  if (!was) return { ...data, ...kept, submissionStatus: null }

  const wanted = data.submissionStatus ?? was
  const publishing = data._status === 'published' && was === 'submitted'
  const decision = wanted !== was ? wanted : publishing ? 'approved' : null
  if (!decision && was === 'rejected' && data._status === 'published') {
    // A rejected submission never appears; an editor who wants it publishes a new document.
    throw new Refused('This submission was rejected: it cannot be published.')
  }
  if (!decision) {
    // A revision: the submitter's stays a waiting draft; an editor's edit keeps its status.
    const revising = was === 'submitted' && !isEditorUser(user)
    return { ...data, ...kept, submissionStatus: was, ...(revising ? { _status: 'draft' } : {}) }
  }
  if (was !== 'submitted' || (decision !== 'approved' && decision !== 'rejected')) {
    throw new Refused('This submission has already been decided.')
  }
  assertReviewer({ user, themes: before.themes, submitter: before.submittedBy })
  if (decision === 'approved') {
    return {
      ...data,
      ...kept,
      submissionStatus: 'approved',
      rejectionReason: null,
      _status: 'published',
    }
  }
  const reason = typeof data.rejectionReason === 'string' ? data.rejectionReason.trim() : ''
  if (!reason) {
    throw invalid(
      req,
      collection.slug,
      'rejectionReason',
      'Give the member the reason for rejecting their submission.',
    )
  }
  return {
    ...data,
    ...kept,
    submissionStatus: 'rejected',
    rejectionReason: reason,
    _status: 'draft',
  }
}

/**
 * What follows a submission, in the same transaction: a new one asks its reviewers to look at
 * it; a decision is recorded in the audit log (subject: the submitter) and mailed to the
 * submitter in their language.
 */
export const announceSubmission: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const slug = collection.slug as Submittable
  if (operation === 'create') {
    if (doc.submissionStatus === 'submitted') {
      await queueReviewRequests({ req, collection: slug, doc })
    }
    return doc
  }
  const decision = doc.submissionStatus
  if (previousDoc?.submissionStatus !== 'submitted') return doc
  if (decision !== 'approved' && decision !== 'rejected') return doc
  const submitter = Number(idOf(previousDoc.submittedBy))
  const reason = decision === 'rejected' ? doc.rejectionReason : null
  await recordDecision({
    req,
    action: decision === 'approved' ? 'submission-approved' : 'submission-rejected',
    subject: submitter,
    details: { collection: slug, id: doc.id, title: titleOf(doc) },
    reason,
  })
  await queueDecisionMail({ req, collection: slug, doc, submitter, decision, reason })
  return doc
}
