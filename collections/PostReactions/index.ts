import type { CollectionConfig } from 'payload'

import { forumMember } from '@/access/forums'
import { REACTION_KIND_OPTIONS } from '@/forums/options'
import { memberField, ownRows, setMember } from '@/forums/ownRows'

import { slugs } from '../slugs'

import { checkReaction } from './hooks/checkReaction'
import { countHelpfulAfterChange, countHelpfulAfterDelete } from './hooks/countHelpful'

/**
 * A member's "helpful" on someone else's post: one per member, post and kind (a unique index),
 * taken back by deleting it; the post's `helpfulCount` follows.
 */
export const PostReactions: CollectionConfig<'post-reactions'> = {
  slug: slugs.postReactions,
  admin: { group: 'Forums', hidden: true },
  access: { read: ownRows, create: forumMember, update: () => false, delete: ownRows },
  hooks: {
    beforeValidate: [setMember, checkReaction],
    afterChange: [countHelpfulAfterChange],
    afterDelete: [countHelpfulAfterDelete],
  },
  indexes: [{ fields: ['post', 'member', 'kind'], unique: true }],
  fields: [
    { name: 'post', type: 'relationship', relationTo: slugs.posts, required: true, index: true },
    memberField,
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'helpful',
      options: REACTION_KIND_OPTIONS,
    },
  ],
}
