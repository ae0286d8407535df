import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminUser, nobody, type Person } from '@/access'

import { slugs } from '../slugs'

/**
 * One row per mail key the `sendMail` task has taken on (src/email/deliveries.ts): the claim
 * that lets one attempt send while others wait, then the proof that the SMTP server accepted
 * the message, so a job that runs again sends nothing. Who was mailed what is personal data:
 * admins alone read it. Nobody writes it through the API; an admin may delete a row to let a
 * message be sent again.
 */
export const MailDeliveries: CollectionConfig<'mail-deliveries'> = {
  slug: slugs.mailDeliveries,
  admin: {
    group: 'System',
    useAsTitle: 'key',
    defaultColumns: ['key', 'to', 'sentAt', 'claimedUntil'],
    hidden: ({ user }) => !isAdminUser(user as unknown as Person),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, maxLength: 200 },
    { name: 'to', type: 'text', maxLength: 320 },
    {
      name: 'sentAt',
      type: 'date',
      admin: { description: 'When the SMTP server accepted the message; empty while sending.' },
    },
    {
      name: 'claimedUntil',
      type: 'date',
      admin: { description: 'An attempt is sending until then; after it, another may take over.' },
    },
  ],
}
