import type { CollectionConfig, FieldHook } from 'payload'

import { isManager, isManagerUser, type Person } from '@/access'
import { EDITION_LANGUAGES, LOCALES } from '@/i18n/languages'
import { importInvitationsEndpoint } from '@/membership/importInvitations'
import { INVITATION_STATUS_OPTIONS } from '@/membership/invitations'
import { MEMBER_GROUP_OPTIONS } from '@/people/memberGroups'

import { slugs } from '../slugs'
import { issueInvitation } from './hooks/issueInvitation'
import { queueInvitationMail } from './hooks/queueInvitationMail'

/** A waiting invitation whose 14 days are over reads as expired; nothing has to store it. */
const showExpiry: FieldHook = ({ value, siblingData }) =>
  value === 'sent' && !(Date.parse(siblingData?.expiresAt ?? '') > Date.now()) ? 'expired' : value

const keptByServer = { readOnly: true, position: 'sidebar' } as const

/**
 * Invitations to join, for the participants of past ILO trainings and a core group: one per
 * address, mailed in the invitee's language with a link that fills in the join form and expires
 * after 14 days. Accepting one confirms the address (the mail proved it), nothing more: the
 * application waits for a manager like any other. Managers and admins alone read and write them,
 * through any API (`POST /api/invitations/import` takes a whole list).
 */
export const Invitations: CollectionConfig<'invitations'> = {
  slug: slugs.invitations,
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'language', 'status', 'expiresAt'],
    hidden: ({ user }) => !isManagerUser(user as unknown as Person),
  },
  access: { read: isManager, create: isManager, update: isManager, delete: isManager },
  defaultSort: '-createdAt',
  endpoints: [importInvitationsEndpoint],
  hooks: { beforeChange: [issueInvitation], afterChange: [queueInvitationMail] },
  fields: [
    { name: 'email', type: 'email', required: true, index: true },
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: LOCALES.map((locale) => ({
        label: EDITION_LANGUAGES[locale].native,
        value: locale,
      })),
      admin: { description: 'The language of the invitation mail and of the join form it opens.' },
    },
    {
      name: 'organisation',
      type: 'text',
      maxLength: 200,
      admin: { description: 'Fills in the join form; the applicant may change it.' },
    },
    { name: 'memberGroup', type: 'select', options: MEMBER_GROUP_OPTIONS },
    { name: 'note', type: 'textarea', maxLength: 1000, admin: { description: 'For managers.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'sent',
      index: true,
      options: INVITATION_STATUS_OPTIONS,
      hooks: { afterRead: [showExpiry] },
      admin: {
        position: 'sidebar',
        description: 'Revoke to end the link. Inviting the address again sends a new one.',
      },
    },
    { name: 'expiresAt', type: 'date', index: true, admin: keptByServer },
    { name: 'invitedBy', type: 'relationship', relationTo: slugs.users, admin: keptByServer },
    { name: 'acceptedUser', type: 'relationship', relationTo: slugs.users, admin: keptByServer },
    { name: 'tokenHash', type: 'text', hidden: true, index: true },
  ],
}
