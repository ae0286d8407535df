import { isForumMemberUser } from '@/access/forums'
import { countDiscussions } from '@/data/forums'
import { listThemes } from '@/data/themes'
import type { Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'

import { ForumInvitation, type OutsideForums } from './ForumInvitation'

/** Who stands outside the forums, and is shown the invitation: undefined for a member. */
export function outsideForums(user: User | null): OutsideForums | undefined {
  if (isForumMemberUser(user)) return undefined
  if (!user) return 'visitor'
  return user.membershipStatus === 'pending' ? 'pending' : 'closed'
}

/**
 * The page every forum address shows to someone outside the forums (visitors, pending and
 * closed accounts), whatever the address: the counts and how to join, never content. Whether a
 * discussion's address exists is not told either (it would confirm a title's words).
 */
export async function ForumInvitationPage({
  locale,
  who,
  back,
}: {
  locale: Locale
  who: OutsideForums
  back: string
}) {
  const themes = await listThemes({ user: null, locale })
  const counts = await countDiscussions({ themes })
  return <ForumInvitation locale={locale} themes={themes} counts={counts} who={who} back={back} />
}
