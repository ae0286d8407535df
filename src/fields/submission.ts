import type { Field, FieldAccess, RelationshipField } from 'payload'
import { relationship, type RelationshipFieldManyValidation } from 'payload/shared'

import { editorOrSubmitterField } from '@/access/submissions'
import { themesField } from '@/fields/common'
import { selectOptions } from '@/fields/options'
import { SUBMISSION_STATUSES } from '@/submissions/status'
import { slugs } from '@collections/slugs'

/** Set by the server alone (`decideSubmission`), whatever a request sends. */
const serverSet: FieldAccess = () => false

/**
 * What a member's proposal carries (`src/submissions/`): where it stands, who sent it and, once
 * rejected, why. Editors' own content leaves them empty. Reviewers decide by setting
 * `submissionStatus`; the hooks check who may, publish or explain, mail and record.
 */
export const submissionFields: Field[] = [
  {
    name: 'submissionStatus',
    type: 'select',
    index: true,
    options: selectOptions(SUBMISSION_STATUSES, {
      submitted: 'Submitted, waiting for review',
      approved: 'Approved',
      rejected: 'Rejected',
    }),
    access: { read: editorOrSubmitterField },
    admin: {
      position: 'sidebar',
      condition: (data) => Boolean(data?.submissionStatus),
      description: 'A member’s proposal: approve to publish it, or reject it with a reason.',
    },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: slugs.users,
    index: true,
    access: { read: editorOrSubmitterField, create: serverSet, update: serverSet },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Boolean(data?.submittedBy),
    },
  },
  {
    name: 'rejectionReason',
    type: 'textarea',
    maxLength: 1000,
    access: { read: editorOrSubmitterField },
    admin: {
      position: 'sidebar',
      condition: (data) => Boolean(data?.submissionStatus),
      description: 'Required when rejecting; mailed to the member who submitted it.',
    },
  },
]

/**
 * Themes, required of a submission: its reviewers are the moderators of its themes. Checked with
 * the other fields (one 400 names every missing answer), after Payload's own check that each
 * theme exists.
 */
export const reviewedThemesField: RelationshipField = {
  ...themesField,
  hasMany: true,
  validate: ((value, options) => {
    const isEmpty = !Array.isArray(value) || value.length === 0
    const status = (options.siblingData as { submissionStatus?: unknown }).submissionStatus
    if (isEmpty && status === 'submitted') {
      return 'Choose at least one theme, so that its moderators can review it.'
    }
    return relationship(value, options)
  }) satisfies RelationshipFieldManyValidation,
}
