import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminUser, nobody, type Person } from '@/access'

import { slugs } from '../slugs'

/**
 * One row per item a member was told about, by an immediate notification or a digest, written in
 * the transaction that queues the mail (src/following/deliver.ts). The unique index makes a
 * rerun, a second scheduled run or a concurrent one fail on the insert and roll back its mail, so
 * no item ever reaches a member twice. Personal data: admins alone read it; an admin may delete
 * rows to let items be sent again.
 */
export const NoticesSent: CollectionConfig<'notices-sent'> = {
  slug: slugs.noticesSent,
  labels: { singular: 'Notice sent', plural: 'Notices sent' },
  admin: {
    group: 'System',
    defaultColumns: ['member', 'itemCollection', 'itemId', 'createdAt'],
    hidden: ({ user }) => !isAdminUser(user as unknown as Person),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  indexes: [{ fields: ['member', 'itemCollection', 'itemId'], unique: true }],
  fields: [
    {
      name: 'member',
      type: 'relationship',
      relationTo: slugs.users,
      // Not required: deleting a member sets it to null (the foreign key) instead of failing.
      index: true,
    },
    { name: 'itemCollection', type: 'text', required: true, maxLength: 50 },
    { name: 'itemId', type: 'text', required: true, maxLength: 50 },
    {
      name: 'mailKey',
      type: 'text',
      maxLength: 200,
      admin: { description: 'The mail that told them (see Mail deliveries).' },
    },
  ],
}
