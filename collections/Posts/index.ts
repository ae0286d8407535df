import type { CollectionConfig } from 'payload'

import { isManager } from '@/access'
import { forumMember, forumModeratorField } from '@/access/forums'
import { forumEditor } from '@/forums/editor'
import { dismissFlagsEndpoint, hideEndpoint, showEndpoint } from './endpoints/moderate'
import { POST_STATE_OPTIONS } from '@/forums/options'
import { removePostRows } from '@/forums/removal'
import { LOCALES } from '@/i18n/languages'

import { slugs } from '../slugs'

import { canEditPost } from './access'
import { deletePostEndpoint } from './endpoints/deletePost'
import { guardModeration } from './hooks/guardModeration'
import { guardPostEdit } from './hooks/guardPostEdit'
import { preparePost } from './hooks/preparePost'
import { queueForumNotices } from './hooks/queueForumNotices'
import { recordActivity } from './hooks/recordActivity'
import { postWordsReadable } from './moderationAccess'
import { MAX_ATTACHMENTS } from '@/forums/attachments'
import { queuePostIndexing } from './search'
import { watchWhatYouWrite } from './hooks/watchWhatYouWrite'

const serverOnly = { create: () => false, update: () => false }

/**
 * A post in a discussion: the first one is written with the discussion, replies through
 * `POST /api/posts` with `discussion`, `body` and an optional `replyTo`. Authors edit their own
 * posts (the earlier versions stay in `history`, for moderators) and delete them softly
 * (`DELETE /api/posts/:id` or `state: 'deleted'`): the post stays as a "deleted" placeholder so
 * replies to it still make sense; managers alone delete for good.
 */
export const Posts: CollectionConfig<'posts'> = {
  slug: slugs.posts,
  admin: {
    group: 'Forums',
    defaultColumns: ['discussion', 'author', 'state', 'createdAt'],
  },
  defaultSort: 'createdAt',
  // A thread's posts, by discussion and state in the order written: the thread page, its search
  // document and its notices read them so. Without it SQLite (which keeps no statistics here)
  // took the index on `state` for `discussion IN (…) AND state = …`, reading every visible post
  // of the forum: 110–220 ms for each reply's search sync at 200,000 posts, against 0.3 ms.
  indexes: [{ fields: ['discussion', 'state', 'createdAt'] }],
  access: {
    read: forumMember,
    create: forumMember,
    update: canEditPost,
    delete: isManager,
  },
  hooks: {
    beforeValidate: [guardPostEdit, preparePost],
    beforeChange: [guardModeration],
    afterChange: [recordActivity, queuePostIndexing, watchWhatYouWrite, queueForumNotices],
    beforeDelete: [removePostRows],
    afterDelete: [queuePostIndexing],
  },
  // The author's soft delete; moderators' actions: hide with a reason (the author is told),
  // show, dismiss the flags.
  endpoints: [deletePostEndpoint, hideEndpoint, showEndpoint, dismissFlagsEndpoint],
  fields: [
    {
      name: 'discussion',
      type: 'relationship',
      relationTo: slugs.discussions,
      required: true,
      index: true,
    },
    {
      name: 'body',
      type: 'richText',
      editor: forumEditor,
      required: true,
      access: { read: postWordsReadable },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: serverOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'replyTo', type: 'relationship', relationTo: slugs.posts },
    {
      name: 'language',
      type: 'select',
      options: LOCALES.map((value) => ({ value, label: value })),
      admin: { position: 'sidebar' },
    },
    {
      // The body's text, kept for length and duplicate checks, search and mail.
      name: 'text',
      type: 'textarea',
      access: { ...serverOnly, read: postWordsReadable },
      admin: { hidden: true },
    },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: slugs.users,
      hasMany: true,
      // Who a deleted or hidden post mentioned is part of its words.
      access: { ...serverOnly, read: postWordsReadable },
      admin: { readOnly: true },
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: slugs.forumFiles,
      hasMany: true,
      access: { read: postWordsReadable },
      maxRows: MAX_ATTACHMENTS,
    },
    { name: 'editedAt', type: 'date', access: serverOnly, admin: { readOnly: true } },
    {
      name: 'history',
      type: 'array',
      access: { read: forumModeratorField, create: () => false, update: () => false },
      admin: { readOnly: true, description: 'Earlier versions, before each edit.' },
      fields: [
        { name: 'body', type: 'json' },
        { name: 'editedAt', type: 'date' },
        { name: 'editedBy', type: 'relationship', relationTo: slugs.users },
      ],
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'visible',
      index: true,
      options: POST_STATE_OPTIONS,
      admin: { position: 'sidebar' },
    },
    {
      // The reason a moderator hid it: for its author and the moderators; other members see
      // only that a moderator hid it (its `state`).
      name: 'moderation',
      type: 'group',
      access: { read: postWordsReadable },
      admin: { position: 'sidebar' },
      fields: [
        { name: 'reason', type: 'textarea', maxLength: 1000 },
        {
          name: 'by',
          type: 'relationship',
          relationTo: slugs.users,
          access: { read: forumModeratorField },
        },
        { name: 'at', type: 'date' },
      ],
    },
    { name: 'flagCount', type: 'number', defaultValue: 0, access: serverOnly },
    { name: 'helpfulCount', type: 'number', defaultValue: 0, access: serverOnly },
    {
      name: 'mergedFrom',
      type: 'relationship',
      relationTo: slugs.discussions,
      access: serverOnly,
      admin: { readOnly: true, description: 'The duplicate discussion it came from.' },
    },
  ],
}
