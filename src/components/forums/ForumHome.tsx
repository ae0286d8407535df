import { Link } from '@/components/layout/Link'
import { Pagination } from '@/components/layout/Pagination'
import { MemberBadge } from '@/components/people/MemberBadge'
import type { DiscussionCounts, DiscussionRow, ForumFilter } from '@/data/forums'
import { discussionPath, forumsPath } from '@/forums/paths'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Theme, User } from '@/payload-types'

import { forumTime } from './forumTime'
import { WatchLevel } from './WatchLevel'

/** The `?theme=` value of the cross-theme forum. */
export const CROSS_THEME = 'cross-theme'

type Listing = { rows: DiscussionRow[]; page: number; totalPages: number; totalDocs: number }

/**
 * The forum home for a member: the forums by theme and cross-theme as a filter, the discussions
 * (pinned first, then by latest activity) with reply counts, last poster and time, and unread
 * counts; the member's watch level for the forum shown; a link to start a discussion.
 */
export function ForumHome({
  locale,
  viewer,
  themes,
  counts,
  filter,
  listing,
}: {
  locale: Locale
  viewer: User
  themes: Theme[]
  counts: DiscussionCounts
  filter: ForumFilter
  listing: Listing
}) {
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const home = forumsPath(locale)
  const current = 'theme' in filter ? filter.theme.slug : 'crossTheme' in filter ? CROSS_THEME : ''
  const heading =
    'theme' in filter
      ? filter.theme.title
      : 'crossTheme' in filter
        ? t('forumsCrossTheme')
        : t('forumsAll')
  const filters = [
    { value: '', label: t('forumsAll'), count: counts.total },
    ...themes.map((theme) => ({
      value: theme.slug ?? '',
      label: theme.title ?? '',
      count: counts.byTheme.get(String(theme.id)) ?? 0,
    })),
    { value: CROSS_THEME, label: t('forumsCrossTheme'), count: counts.crossTheme },
  ]
  return (
    <main className="forums">
      <h1>{t('forums')}</h1>
      <p className="lead">{t('forumsIntro')}</p>
      <p>
        <Link
          className="button"
          href={`${home}/new${'theme' in filter ? `?theme=${current}` : ''}`}
        >
          {t('forumsStart')}
        </Link>
      </p>
      <nav className="forum-filter" aria-label={t('forumsFilter')}>
        <ul>
          {filters.map((entry) => (
            <li key={entry.value || 'all'}>
              <Link
                href={entry.value ? `${home}?theme=${entry.value}` : home}
                aria-current={entry.value === current ? 'page' : undefined}
              >
                {entry.label} <span className="count">({entry.count})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="forum-list-heading">
        <h2 id="forum-list-heading">{heading}</h2>
        {'theme' in filter || 'crossTheme' in filter ? (
          <WatchLevel
            scope={'theme' in filter ? { theme: filter.theme } : { crossTheme: true }}
            viewer={viewer}
            locale={locale}
          />
        ) : null}
        {listing.rows.length === 0 ? (
          <p className="muted">{t('forumsEmpty')}</p>
        ) : (
          <ul className="discussion-list">
            {listing.rows.map((row) => (
              <DiscussionEntry key={row.id} locale={locale} row={row} themes={themes} />
            ))}
          </ul>
        )}
      </section>
      <Pagination
        locale={locale}
        path={home}
        params={{ theme: current || undefined }}
        page={listing.page}
        totalPages={listing.totalPages}
      />
    </main>
  )
}

function DiscussionEntry({
  locale,
  row,
  themes,
}: {
  locale: Locale
  row: DiscussionRow
  themes: Theme[]
}) {
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const themeIds = new Set(
    (row.themes ?? []).map((theme) => String(typeof theme === 'object' ? theme.id : theme)),
  )
  const named = themes.filter((theme) => themeIds.has(String(theme.id)))
  return (
    <li className={`discussion-entry${row.pinned ? ' is-pinned' : ''}`}>
      <h3 className="discussion-entry-title">
        <Link href={discussionPath(locale, row.slug ?? '')}>{row.title}</Link>
      </h3>
      <p className="discussion-entry-tags">
        {row.pinned ? <span className="tag tag-pinned">{t('forumsPinned')}</span> : null}
        {row.status === 'locked' ? <span className="tag">{t('forumsLocked')}</span> : null}
        {row.answer ? <span className="tag tag-answered">{t('forumsAnswered')}</span> : null}
        {row.crossTheme ? <span className="tag">{t('forumsCrossTheme')}</span> : null}
        {named.map((theme) => (
          <span key={theme.id} className="tag">
            {theme.title}
          </span>
        ))}
        {row.unread === null ? (
          <span className="tag tag-unread">{t('forumsNew')}</span>
        ) : row.unread > 0 ? (
          <span className="tag tag-unread">{t('forumsUnread', { count: row.unread })}</span>
        ) : null}
      </p>
      <p className="discussion-entry-meta">
        {row.author ? (
          <span>
            {t('forumsStartedBy', { name: row.author.name ?? '' })}{' '}
            <MemberBadge locale={locale} person={row.author} />
          </span>
        ) : null}
        <span className="replies">{t('forumsReplies', { count: row.replyCount ?? 0 })}</span>
        {row.lastPostAt ? (
          <span>
            {row.lastPoster ? t('forumsLastBy', { name: row.lastPoster.name ?? '' }) : null}{' '}
            <time dateTime={row.lastPostAt}>{forumTime(locale, row.lastPostAt)}</time>
          </span>
        ) : null}
      </p>
    </li>
  )
}
