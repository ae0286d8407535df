import type { CollectionConfig } from 'payload'

import { forumMember } from '@/access/forums'
import { WATCH_LEVEL_OPTIONS } from '@/forums/options'
import { memberField, ownRows, setMember } from '@/forums/ownRows'

import { slugs } from '../slugs'

/**
 * A member's notification level for one discussion, one theme's forum, or the cross-theme
 * forum: watching, tracking, normal or muted. `scope` names the one thing it is about
 * (`discussion:<id>`, `theme:<id>` or `cross-theme`), so the unique index on member and scope
 * allows one level per member and thing on every database.
 */
export const ForumSubscriptions: CollectionConfig<'forum-subscriptions'> = {
  slug: slugs.forumSubscriptions,
  admin: { group: 'Forums', hidden: true },
  access: { read: ownRows, create: forumMember, update: ownRows, delete: ownRows },
  hooks: { beforeValidate: [setMember] },
  indexes: [{ fields: ['member', 'scope'], unique: true }],
  fields: [
    memberField,
    { name: 'scope', type: 'text', required: true, index: true },
    { name: 'discussion', type: 'relationship', relationTo: slugs.discussions, index: true },
    { name: 'theme', type: 'relationship', relationTo: slugs.themes, index: true },
    { name: 'crossTheme', type: 'checkbox', defaultValue: false },
    { name: 'level', type: 'select', required: true, options: WATCH_LEVEL_OPTIONS },
    {
      // The last immediate mail about this discussion: at most one per 10 minutes.
      name: 'lastMailedAt',
      type: 'date',
      access: { create: () => false, update: () => false },
    },
  ],
}
