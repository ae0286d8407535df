import type { CollectionConfig } from 'payload'

import { anyone, isManager, nobody } from '@/access'
import { forumEditor } from '@/forums/editor'
import { revalidatePages } from '@/hooks/revalidatePages'

import { slugs } from '../slugs'

/**
 * A facilitator's summary of a closed discussion that a moderator made public. Its own
 * collection, read by anyone, so that making a summary public copies exactly the title and the
 * summary out of the members' forum and nothing else: the discussion itself stays members-only.
 * Written only through the discussion: a moderator of its themes sets `facilitation.summaryPublic`
 * (`guardDiscussion` checks who, `syncPublicSummary` copies it here with authority), so no one,
 * not even a moderator of another theme, writes an entry of their own through the API. Managers
 * may delete one outright (withdrawing it from the discussion does the same).
 */
export const DiscussionSummaries: CollectionConfig<'discussion-summaries'> = {
  slug: slugs.discussionSummaries,
  admin: { group: 'Forums', useAsTitle: 'title' },
  defaultSort: '-publishedAt',
  access: { read: anyone, create: nobody, update: nobody, delete: isManager },
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
