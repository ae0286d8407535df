import type { CollectionConfig } from 'payload'

import { forumMember, forumModeratorField } from '@/access/forums'
import { FLAG_STATUS_OPTIONS } from '@/forums/options'
import { memberField, setMember } from '@/forums/ownRows'

import { slugs } from '../slugs'

import { flaggerOrModerator } from './access'
import { hideWhenFlagged } from './hooks/hideWhenFlagged'
import { prepareFlag } from './hooks/prepareFlag'

/**
 * A member's flag on a post, with a reason: one per member and post (a unique index). Flags
 * wait in the review queue of the moderators of the discussion's themes (copied here, so the
 * queue is one query); enough of them hide the post until a moderator decides.
 */
export const PostFlags: CollectionConfig<'post-flags'> = {
  slug: slugs.postFlags,
  admin: { group: 'Forums', defaultColumns: ['post', 'member', 'reason', 'status', 'createdAt'] },
  defaultSort: 'createdAt',
  access: {
    read: flaggerOrModerator,
    create: forumMember,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    beforeValidate: [setMember],
    beforeChange: [prepareFlag],
    afterChange: [hideWhenFlagged],
  },
  indexes: [{ fields: ['post', 'member'], unique: true }],
  fields: [
    { name: 'post', type: 'relationship', relationTo: slugs.posts, required: true, index: true },
    memberField,
    { name: 'reason', type: 'textarea', required: true, maxLength: 1000 },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: FLAG_STATUS_OPTIONS,
      access: { create: () => false, update: () => false },
    },
    {
      name: 'themes',
      type: 'relationship',
      relationTo: slugs.themes,
      hasMany: true,
      index: true,
      access: { create: () => false, update: () => false },
    },
    {
      name: 'crossTheme',
      type: 'checkbox',
      defaultValue: false,
      access: { create: () => false, update: () => false },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: slugs.users,
      access: { read: forumModeratorField, create: () => false, update: () => false },
    },
    { name: 'decidedAt', type: 'date', access: { create: () => false, update: () => false } },
  ],
}
