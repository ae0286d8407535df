import { Link } from '@/components/layout/Link'
import { forumsPath } from '@/forums/paths'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'
import type { Theme } from '@/payload-types'

/**
 * A theme page's line about its forum: how many discussions it has (a number anyone may know),
 * then a link to the forum for a member, or the invitation to join for anyone else.
 */
export function ThemeForumLine({
  locale,
  theme,
  count,
  isMember,
}: {
  locale: Locale
  theme: Pick<Theme, 'slug'>
  count: number
  isMember: boolean
}) {
  return (
    <section className="theme-forum" aria-labelledby="theme-forum-heading">
      <h2 id="theme-forum-heading">{translate(locale, 'forums')}</h2>
      <p>
        {translate(locale, 'forumsThemeLine', { count })}{' '}
        {isMember ? (
          <Link href={`${forumsPath(locale)}?theme=${theme.slug}`}>
            {translate(locale, 'forumsThemeLink')}
          </Link>
        ) : (
          <>
            {translate(locale, 'forumsThemeInvite')}{' '}
            <Link href={`/${locale}/account/join`}>{translate(locale, 'forumsJoin')}</Link>
          </>
        )}
      </p>
    </section>
  )
}
