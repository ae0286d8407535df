import type { Discussion, Post, User } from '@/payload-types'
import type { Locale } from '@/i18n/languages'

/**
 * The moderators' tools shown on a thread page (pin, lock, move, merge, summary) and beside each
 * post (hide with a reason, show again). Rendered for everyone; they draw nothing for a reader
 * who moderates nothing here. Filled in by the moderation work (src/forums/moderation.ts).
 */
export function DiscussionModeration(props: {
  discussion: Discussion
  viewer: User
  locale: Locale
}) {
  void props
  return null
}

export function PostModeration(props: {
  post: Post
  discussion: Discussion
  viewer: User
  locale: Locale
}) {
  void props
  return null
}
