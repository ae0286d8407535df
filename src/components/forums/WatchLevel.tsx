import type { Discussion, Theme, User } from '@/payload-types'
import type { Locale } from '@/i18n/languages'

/**
 * The member's notification level (watching, tracking, normal, muted) for one discussion, one
 * theme's forum or the cross-theme forum, as a small form. Filled in by the following work
 * (src/forums/watching.ts).
 */
export function WatchLevel(props: {
  scope: { discussion?: Discussion; theme?: Theme; crossTheme?: boolean }
  viewer: User
  locale: Locale
}) {
  void props
  return null
}
