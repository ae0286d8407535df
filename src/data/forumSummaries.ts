import type { Locale } from '@/i18n/languages'
import type { DiscussionSummary, User } from '@/payload-types'

import { cachedRead } from './cache'

export type PublicSummary = Pick<
  DiscussionSummary,
  'id' | 'title' | 'summary' | 'language' | 'publishedAt'
>

/**
 * The facilitators' summaries a moderator made public, newest first, for a theme page: those
 * of the theme's discussions and of the cross-theme ones. Public content, read as the visitor
 * (anyone may read `discussion-summaries`; nothing else of a discussion is in it), and cached
 * under the `discussion-summaries` tag, which publishing or withdrawing one expires.
 */
export async function listForumSummaries({
  user,
  locale,
  themeId,
  limit = 5,
}: {
  user: User | null
  locale: Locale
  themeId: number
  limit?: number
}): Promise<PublicSummary[]> {
  return cachedRead({ user, key: ['forumSummaries', locale, themeId, limit] }, async (payload) => {
    const { docs } = await payload.find({
      collection: 'discussion-summaries',
      where: { or: [{ themes: { contains: themeId } }, { crossTheme: { equals: true } }] },
      sort: '-publishedAt',
      limit,
      depth: 0,
      select: { title: true, summary: true, language: true, publishedAt: true },
      user,
      overrideAccess: false,
    })
    return docs as PublicSummary[]
  })
}
