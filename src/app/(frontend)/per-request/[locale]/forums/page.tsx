import {
  accountLocale,
  accountMetadata,
  accountParam,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { CROSS_THEME, ForumHome } from '@/components/forums/ForumHome'
import { ForumInvitationPage, outsideForums } from '@/components/forums/forumPage'
import { countDiscussions, listDiscussions, type ForumFilter } from '@/data/forums'
import { pageNumber } from '@/data/params'
import { currentVisitor } from '@/data/payload'
import { listThemes } from '@/data/themes'
import { forumsPath } from '@/forums/paths'

export const generateMetadata = ({ params }: AccountPageProps) => accountMetadata(params, 'forums')

/**
 * The forum home (`?theme=<slug>` or `?theme=cross-theme`, `?page=`). Rendered per request for
 * everyone (ACCOUNT_SECTIONS): members get the discussions, anyone else the invitation.
 */
export default async function ForumsPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await currentVisitor()
  const who = outsideForums(user)
  if (who || !user) {
    return <ForumInvitationPage locale={locale} who={who ?? 'visitor'} back={forumsPath(locale)} />
  }
  const themes = await listThemes({ user, locale })
  const wanted = await accountParam(searchParams, 'theme')
  const theme = themes.find((entry) => entry.slug === wanted)
  const filter: ForumFilter = theme ? { theme } : wanted === CROSS_THEME ? { crossTheme: true } : {}
  const [counts, listing] = await Promise.all([
    countDiscussions({ themes }),
    listDiscussions({
      user,
      filter,
      page: pageNumber(await accountParam(searchParams, 'page')),
    }),
  ])
  return (
    <ForumHome
      locale={locale}
      viewer={user}
      themes={themes}
      counts={counts}
      filter={filter}
      listing={listing!}
    />
  )
}
