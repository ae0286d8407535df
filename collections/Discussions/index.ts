import type { CollectionConfig } from 'payload'

import { isManager } from '@/access'
import { forumMember, forumModeratorField } from '@/access/forums'
import { forumEditor } from '@/forums/editor'
import { mergeEndpoint } from './endpoints/merge'
import { removeThread } from '@/forums/removal'
import { removePublicSummary } from '@/forums/summaries'
import { DISCUSSION_STATUS_OPTIONS } from '@/forums/options'
import { LOCALES } from '@/i18n/languages'

import { slugs } from '../slugs'

import { canEditDiscussion } from './access'
import { pollResultsEndpoint } from './endpoints/pollResults'
import { expireForumCounts } from './hooks/expireForumCounts'
import { guardAnswerAndPoll } from './hooks/guardAnswerAndPoll'
import { guardDiscussion } from './hooks/guardDiscussion'
import { prepareDiscussion } from './hooks/prepareDiscussion'
import { recordModeration } from './hooks/recordModeration'
import { startWithFirstPost } from './hooks/startWithFirstPost'
import { queueThreadIndexing } from './search'

const serverOnly = { create: () => false, update: () => false }

/**
 * A forum thread. `POST /api/discussions` with a title, themes (or `crossTheme: true`) and a
 * `body` creates the discussion and its first post in one transaction (`startWithFirstPost`);
 * replies are `posts`. Everything here is for approved members: visitors learn only how many
 * discussions a theme has, and read a facilitator's summary once a moderator publishes it as a
 * `discussion-summaries` entry.
 */
export const Discussions: CollectionConfig<'discussions'> = {
  slug: slugs.discussions,
  admin: {
    group: 'Forums',
    useAsTitle: 'title',
    defaultColumns: ['title', 'themes', 'author', 'status', 'pinned', 'lastPostAt'],
  },
  defaultSort: '-lastPostAt',
  access: {
    read: forumMember,
    create: forumMember,
    update: canEditDiscussion,
    delete: isManager,
  },
  hooks: {
    beforeValidate: [prepareDiscussion],
    beforeChange: [guardDiscussion, guardAnswerAndPoll],
    afterChange: [startWithFirstPost, recordModeration, queueThreadIndexing, expireForumCounts],
    beforeDelete: [removePublicSummary, removeThread],
    afterDelete: [queueThreadIndexing, expireForumCounts],
  },
  // A moderator merges a duplicate into another discussion (pin, lock and move are plain
  // updates, guarded by `guardDiscussion` and audited by `recordModeration`);
  // GET /api/discussions/:id/poll gives the poll's counts to those who may see them.
  endpoints: [mergeEndpoint, pollResultsEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      // Set once from the title and a short random key (titles repeat, and many are in scripts
      // without Latin letters); the address never changes after.
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Input only: the first post's text, stored as that post (`startWithFirstPost`).
      name: 'body',
      type: 'richText',
      editor: forumEditor,
      virtual: true,
      admin: { condition: (_data, _sibling, { operation }) => operation === 'create' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'themes', type: 'relationship', relationTo: slugs.themes, hasMany: true, index: true },
    {
      name: 'crossTheme',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { description: 'Across themes: from recruitment to reintegration.' },
    },
    { name: 'tags', type: 'text', hasMany: true, maxRows: 5 },
    {
      name: 'language',
      type: 'select',
      options: LOCALES.map((value) => ({ value, label: value })),
      admin: { position: 'sidebar', description: 'The language it was started in.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: DISCUSSION_STATUS_OPTIONS,
      admin: { position: 'sidebar' },
    },
    { name: 'pinned', type: 'checkbox', defaultValue: false, index: true },
    {
      name: 'firstPost',
      type: 'relationship',
      relationTo: slugs.posts,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'answer',
      type: 'relationship',
      relationTo: slugs.posts,
      admin: { description: 'The reply the author or a facilitator marked as the answer.' },
    },
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: slugs.discussions,
      admin: { readOnly: true, description: 'Set when a moderator merged this duplicate.' },
    },
    // Kept by the posts' hooks, so the forum home sorts by latest activity without reading the
    // posts.
    {
      name: 'replyCount',
      type: 'number',
      defaultValue: 0,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'lastPostAt',
      type: 'date',
      index: true,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'lastPoster',
      type: 'relationship',
      relationTo: slugs.users,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'lastPost',
      type: 'relationship',
      relationTo: slugs.posts,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'facilitation',
      type: 'group',
      admin: { description: 'A facilitated period, its facilitator and their summary.' },
      fields: [
        { name: 'facilitator', type: 'relationship', relationTo: slugs.users },
        { name: 'opensAt', type: 'date' },
        { name: 'closesAt', type: 'date' },
        { name: 'summary', type: 'richText', editor: forumEditor },
        {
          name: 'summaryPublic',
          type: 'checkbox',
          defaultValue: false,
          access: { read: forumModeratorField },
          admin: { description: 'Published on the theme pages as a discussion summary.' },
        },
      ],
    },
    {
      name: 'poll',
      type: 'group',
      admin: { description: 'A facilitator’s poll; members vote once and may change their vote.' },
      fields: [
        { name: 'question', type: 'text', maxLength: 255 },
        { name: 'multiple', type: 'checkbox', defaultValue: false },
        {
          name: 'options',
          type: 'array',
          maxRows: 20,
          fields: [{ name: 'label', type: 'text', required: true, maxLength: 200 }],
        },
        { name: 'closesAt', type: 'date' },
      ],
    },
  ],
}
