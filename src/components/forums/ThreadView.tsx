import { Link } from '@/components/layout/Link'
import { Pagination } from '@/components/layout/Pagination'
import type { ThreadPage } from '@/data/forumThread'
import { replyAction } from '@/forums/actions'
import { discussionPath, forumsPath, postPath } from '@/forums/paths'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Discussion, Theme, User } from '@/payload-types'

import { attachmentField } from './attachmentField'
import { ForumForm } from './ForumForm'
import { DiscussionModeration } from './Moderation'
import { PollBox } from './PollBox'
import { PostBody } from './PostBody'
import { PostItem } from './PostItem'
import { REPLY_BOX_ID } from './QuoteLink'
import { WatchLevel } from './WatchLevel'
import { relationKey } from '@/fields/relationId'

const nameOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? ((value as User).name ?? '') : ''

/**
 * A thread page: title, themes, status; the facilitator and their summary; the poll; the
 * moderators' tools and the member's watch level; the posts of this page; the reply form (with a
 * quoted post when `?quote=` asked for one).
 */
export function ThreadView({
  locale,
  viewer,
  discussion,
  thread,
  quote,
}: {
  locale: Locale
  viewer: User
  discussion: Discussion
  thread: ThreadPage
  /** The reply box's starting text and the post it replies to, from `?quote=`. */
  quote?: { text: string; postId: string }
}) {
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const slug = discussion.slug ?? ''
  const themes = (discussion.themes ?? []).filter(
    (theme): theme is Theme => typeof theme === 'object',
  )
  const isLocked = discussion.status === 'locked'
  const mayReply = !isLocked || thread.moderates
  const facilitator = discussion.facilitation?.facilitator
  const mayMarkAnswer =
    thread.moderates ||
    relationKey(discussion.author) === String(viewer.id) ||
    relationKey(facilitator) === String(viewer.id)
  const answerId = relationKey(discussion.answer)
  const firstPostId = relationKey(discussion.firstPost)
  return (
    <main className="forums thread">
      <p>
        <Link href={forumsPath(locale)}>{t('forumsBackToForums')}</Link>
      </p>
      <h1>{discussion.title}</h1>
      <p className="discussion-entry-tags">
        {discussion.pinned ? <span className="tag tag-pinned">{t('forumsPinned')}</span> : null}
        <span className="tag">
          {t('forumsStatus')}: {isLocked ? t('forumsLocked') : t('forumsOpen')}
        </span>
        {discussion.crossTheme ? <span className="tag">{t('forumsCrossTheme')}</span> : null}
        {themes.map((theme) => (
          <Link key={theme.id} className="tag" href={`${forumsPath(locale)}?theme=${theme.slug}`}>
            {theme.title}
          </Link>
        ))}
      </p>
      {facilitator || discussion.facilitation?.summary ? (
        <section className="forum-box facilitation" aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('forumsSummary')}</h2>
          {facilitator ? (
            <p className="muted">{t('forumsFacilitatedBy', { name: nameOf(facilitator) })}</p>
          ) : null}
          {discussion.facilitation?.summary ? (
            <PostBody body={discussion.facilitation.summary} />
          ) : null}
        </section>
      ) : null}
      <PollBox
        locale={locale}
        discussion={discussion}
        vote={thread.vote}
        results={thread.results}
      />
      <DiscussionModeration discussion={discussion} viewer={viewer} locale={locale} />
      <WatchLevel scope={{ discussion }} viewer={viewer} locale={locale} />
      {thread.firstUnread ? (
        <p>
          <a href={postPath(locale, slug, thread.firstUnread)}>{t('forumsJumpUnread')}</a>
        </p>
      ) : null}
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading" className="visually-hidden">
          {t('forumsPosts')}
        </h2>
        {thread.posts.map((post) => (
          <PostItem
            key={post.id}
            locale={locale}
            viewer={viewer}
            discussion={discussion}
            post={post}
            isFirst={String(post.id) === firstPostId}
            isAnswer={String(post.id) === answerId}
            mayMarkAnswer={mayMarkAnswer}
            mayReply={mayReply}
          />
        ))}
      </section>
      <Pagination
        locale={locale}
        path={discussionPath(locale, slug)}
        params={{}}
        page={thread.page}
        totalPages={thread.totalPages}
      />
      <section id="reply" aria-labelledby="reply-heading">
        <h2 id="reply-heading">{t('forumsReplyHeading')}</h2>
        {mayReply ? (
          <ForumForm
            action={replyAction}
            hidden={{
              locale,
              slug,
              discussion: String(discussion.id),
              replyTo: quote?.postId ?? '',
            }}
            fields={[
              {
                kind: 'textarea',
                name: 'body',
                id: REPLY_BOX_ID,
                label: t('forumsBodyLabel'),
                hint: t('forumsBodyHint'),
                defaultValue: quote?.text ?? '',
                rows: 8,
                required: true,
              },
              attachmentField(locale),
            ]}
            submit={t('forumsReply')}
          />
        ) : (
          <p className="notice">{t('forumsLockedNotice')}</p>
        )}
      </section>
    </main>
  )
}
