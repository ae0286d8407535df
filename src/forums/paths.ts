import type { Locale } from '@/i18n/languages'

/** Addresses of the forums' pages (under `/<locale>`), shared by pages, mails and search. */
export const forumsPath = (locale: Locale) => `/${locale}/forums`

export const discussionPath = (locale: Locale, slug: string) => `/${locale}/forums/${slug}`

/**
 * A deep link to one post: the thread page finds the page the post is on (`?post=`) and the
 * browser scrolls to its anchor.
 */
export const postPath = (locale: Locale, slug: string, postId: number | string) =>
  `${discussionPath(locale, slug)}?post=${postId}#post-${postId}`
