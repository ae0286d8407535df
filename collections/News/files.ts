import type { FileCarrier } from '@/uploads/fileAudience'

/**
 * A news item's picture is shown on its page. News has no members-only items: every published
 * one is for everyone (drafts and proposals waiting for review are no one's but editors'), so
 * its picture is opened to visitors.
 */
export const newsFiles: FileCarrier<'news'> = {
  collection: 'news',
  fileFields: ['image'],
  opensFilesTo: () => 'public',
}
