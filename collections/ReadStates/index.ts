import type { CollectionConfig } from 'payload'

import { forumMember } from '@/access/forums'
import { memberField, ownRows, setMember } from '@/forums/ownRows'

import { slugs } from '../slugs'

/**
 * How far a member has read a discussion: unread counts are its posts created after
 * `lastReadAt`. One row per member and discussion (a unique index).
 */
export const ReadStates: CollectionConfig<'read-states'> = {
  slug: slugs.readStates,
  admin: { group: 'Forums', hidden: true },
  access: { read: ownRows, create: forumMember, update: ownRows, delete: ownRows },
  hooks: { beforeValidate: [setMember] },
  indexes: [{ fields: ['member', 'discussion'], unique: true }],
  fields: [
    memberField,
    {
      name: 'discussion',
      type: 'relationship',
      relationTo: slugs.discussions,
      required: true,
      index: true,
    },
    { name: 'lastReadAt', type: 'date', required: true },
    { name: 'lastReadPost', type: 'relationship', relationTo: slugs.posts },
  ],
}
