import { Link } from '@/components/layout/Link'
import type { DiscussionCounts } from '@/data/forums'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Theme } from '@/payload-types'

/** Who is shown the invitation instead of the forums, and what they are told. */
export type OutsideForums = 'visitor' | 'pending' | 'closed'

/**
 * What a visitor (or an account not yet approved) sees at any forum address: that the forums
 * exist, how many discussions each theme has, and how to join. Numbers only, never a title or a
 * post: this is the page a search engine or a stranger gets.
 */
export function ForumInvitation({
  locale,
  themes,
  counts,
  who,
  back,
}: {
  locale: Locale
  themes: Pick<Theme, 'id' | 'title'>[]
  counts: DiscussionCounts
  who: OutsideForums
  /** The address to come back to after signing in. */
  back: string
}) {
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  return (
    <main className="forums forum-invitation">
      <h1>{t('forums')}</h1>
      <p className="lead">{t('forumsIntro')}</p>
      {who === 'visitor' ? (
        <>
          <p>{t('forumsInvitation')}</p>
          <p className="forum-invitation-actions">
            <Link className="button" href={`/${locale}/account/join`}>
              {t('forumsJoin')}
            </Link>
            <Link href={`/${locale}/account/sign-in?next=${encodeURIComponent(back)}`}>
              {t('signIn')}
            </Link>
          </p>
        </>
      ) : (
        <p className="notice">{t(who === 'pending' ? 'forumsPending' : 'forumsNoAccess')}</p>
      )}
      <section aria-labelledby="forum-counts-heading">
        <h2 id="forum-counts-heading">{t('forumsCountHeading')}</h2>
        <ul className="forum-counts">
          {themes.map((theme) => (
            <li key={theme.id}>
              <span>{theme.title}</span>{' '}
              <span className="count">
                {t('forumsDiscussionCount', { count: counts.byTheme.get(String(theme.id)) ?? 0 })}
              </span>
            </li>
          ))}
          <li>
            <span>{t('forumsCrossTheme')}</span>{' '}
            <span className="count">
              {t('forumsDiscussionCount', { count: counts.crossTheme })}
            </span>
          </li>
        </ul>
      </section>
    </main>
  )
}
