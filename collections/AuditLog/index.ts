import type { CollectionConfig } from 'payload'

import { isManager, isManagerUser, nobody, type Person } from '@/access'
import { AUDIT_ACTION_OPTIONS } from '@/membership/auditActions'

import { slugs } from '../slugs'

/**
 * Who decided what about whom, when and why: every membership decision and change of rights,
 * written by the Users hooks (`recordMembershipChanges`) in the same transaction as the change,
 * whichever API made it. Managers and admins read it; nobody writes, edits or deletes it through
 * any API, so it cannot be forged or tidied up afterwards. Only server code with overrideAccess
 * writes it (`recordDecision`).
 */
export const AuditLog: CollectionConfig<'audit-log'> = {
  slug: slugs.auditLog,
  admin: {
    group: 'System',
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'action', 'subject', 'actor', 'reason'],
    hidden: ({ user }) => !isManagerUser(user as unknown as Person),
  },
  access: { read: isManager, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'actor',
      type: 'relationship',
      relationTo: slugs.users,
      admin: { description: 'Who made the change; empty when it was the applicant or the system.' },
    },
    { name: 'action', type: 'select', required: true, index: true, options: AUDIT_ACTION_OPTIONS },
    { name: 'subject', type: 'relationship', relationTo: slugs.users, index: true },
    { name: 'details', type: 'json', admin: { description: 'Values before and after.' } },
    { name: 'reason', type: 'textarea', maxLength: 1000 },
  ],
}
