import type { CollectionConfig } from 'payload'

import { anyone } from '@/access'
import { isForumModeratorUser } from '@/access/forums'
import type { Person } from '@/access/roles'
import { forumEditor } from '@/forums/editor'
import { revalidatePages } from '@/hooks/revalidatePages'

import { slugs } from '../slugs'

const moderator = ({ req }: { req: { user: unknown } }) =>
  isForumModeratorUser(req.user as Person | null)

/**
 * A facilitator's summary of a closed discussion that a moderator made public. Its own
 * collection, read by anyone, so that making a summary public copies exactly the title and the
 * summary out of the members' forum and nothing else: the discussion itself stays members-only.
 * Written only by the moderators' action (src/forums/moderation.ts), which checks the theme.
 */
export const DiscussionSummaries: CollectionConfig<'discussion-summaries'> = {
  slug: slugs.discussionSummaries,
  admin: { group: 'Forums', useAsTitle: 'title' },
  defaultSort: '-publishedAt',
  access: { read: anyone, create: moderator, update: moderator, delete: moderator },
  // The theme pages that show it are cached: publishing, editing and withdrawing expire them.
  hooks: { afterChange: [revalidatePages], afterDelete: [revalidatePages] },
  fields: [
    {
      name: 'discussion',
      type: 'relationship',
      relationTo: slugs.discussions,
      required: true,
      unique: true,
      // The discussion is members-only; visitors get its id at most, never its contents.
    },
    { name: 'title', type: 'text', required: true, maxLength: 255 },
    { name: 'summary', type: 'richText', editor: forumEditor, required: true },
    { name: 'themes', type: 'relationship', relationTo: slugs.themes, hasMany: true, index: true },
    { name: 'crossTheme', type: 'checkbox', defaultValue: false },
    { name: 'language', type: 'text', maxLength: 8 },
    { name: 'publishedAt', type: 'date', index: true },
  ],
}
