import type { Access, FieldAccess, Where } from 'payload'

import { idOf } from '@/submissions/status'

import { audienceOf } from './audience'
import { canEditThemedContent } from './index'
import { isActive, isEditorUser, maySubmitUser, type Person } from './roles'

const personOf = (user: unknown) => user as (Person & { maySubmit?: boolean | null }) | null

const published: Where = { _status: { equals: 'published' } }
const submittedBy = (user: Person): Where => ({ submittedBy: { equals: user.id } })

/**
 * Events, news and resources: published documents for everyone, drafts for editors, and a
 * member's own submissions for that member. The site's pages read through the Local API into a
 * data cache all approved members share (`src/data/cache.ts`), so there a member's own
 * submissions are read only when the read asks for them (`ownSubmissions` in the request
 * context, set by `src/data/submissions.ts`); one member's proposal can never enter a page
 * another member is served. REST and GraphQL answer each person alone and always include them.
 */
export const publishedEditorOrSubmitter: Access = ({ req }) => {
  const user = personOf(req.user)
  if (audienceOf(user) === 'editor') return true
  if (!user) return published
  const asksForOwn = req.payloadAPI !== 'local' || Boolean(req.context?.ownSubmissions)
  return asksForOwn ? { or: [published, submittedBy(user)] } : published
}

/** Editors create content; approved members with the right to submit propose it (see hooks). */
export const canCreateOrSubmit: Access = ({ req }) => {
  const user = personOf(req.user)
  return isEditorUser(user) || maySubmitUser(user)
}

/**
 * Editors within their scope, and a submitter revising their own submission while it waits for
 * review. What each may change (never their own decision) is `decideSubmission`'s business.
 */
export const canEditOrRevise: Access = (args) => {
  const editing = canEditThemedContent(args)
  const user = personOf(args.req.user)
  if (editing === true || !isActive(user)) return editing
  const own: Where = {
    and: [submittedBy(user), { submissionStatus: { equals: 'submitted' } }],
  }
  return editing === false ? own : { or: [editing as Where, own] }
}

/**
 * Who submitted a document and why it was rejected are for editors and the submitter. A query
 * (no document) is allowed to anyone signed in: the read rule already limits what it can match.
 */
export const editorOrSubmitterField: FieldAccess = ({ req, doc }) => {
  const user = personOf(req.user)
  if (isEditorUser(user)) return true
  if (!user) return false
  return doc === undefined || idOf(doc?.submittedBy) === String(user.id)
}
