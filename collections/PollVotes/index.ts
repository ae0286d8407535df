import type { CollectionConfig } from 'payload'

import { forumMember } from '@/access/forums'
import { memberField, ownRows, setMember } from '@/forums/ownRows'

import { slugs } from '../slugs'

import { checkVote, keepVoteAfterClosing } from './hooks/checkVote'

/**
 * A member's vote in a discussion's poll: one per member and discussion (a unique index),
 * changeable until the poll closes. `choices` are ids of the poll's options.
 */
export const PollVotes: CollectionConfig<'poll-votes'> = {
  slug: slugs.pollVotes,
  admin: { group: 'Forums', hidden: true },
  access: { read: ownRows, create: forumMember, update: ownRows, delete: ownRows },
  hooks: { beforeValidate: [setMember, checkVote], beforeDelete: [keepVoteAfterClosing] },
  indexes: [{ fields: ['discussion', 'member'], unique: true }],
  fields: [
    {
      name: 'discussion',
      type: 'relationship',
      relationTo: slugs.discussions,
      required: true,
      index: true,
    },
    memberField,
    { name: 'choices', type: 'text', hasMany: true, required: true, maxRows: 20 },
  ],
}
