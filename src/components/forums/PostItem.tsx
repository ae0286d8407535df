import { fileFacts } from '@/components/library/fileFacts'
import { MemberBadge } from '@/components/people/MemberBadge'
import type { ThreadPost } from '@/data/forumThread'
import {
  deletePostAction,
  editPostAction,
  flagPostAction,
  helpfulAction,
  markAnswerAction,
} from '@/forums/actions'
import { discussionPath, postPath } from '@/forums/paths'
import { lexicalToPlain } from '@/forums/plainToLexical'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Discussion, User } from '@/payload-types'

import { ForumForm } from './ForumForm'
import { forumTime } from './forumTime'
import { PostModeration } from './Moderation'
import { PostBody } from './PostBody'
import { QuoteLink } from './QuoteLink'

const PLACEHOLDER: Record<string, UiKey> = {
  deleted: 'forumsDeleted',
  hidden: 'forumsHidden',
  flagged: 'forumsFlagged',
}

/**
 * One post of a thread, with its anchor (`#post-<id>`, what deep links and mails point at): its
 * author and badge, the post it replies to as a short quote, its body (or the placeholder of a
 * deleted or hidden one), and what the reader may do with it.
 */
export function PostItem({
  locale,
  viewer,
  discussion,
  post,
  isFirst,
  isAnswer,
  mayMarkAnswer,
  mayReply,
}: {
  locale: Locale
  viewer: User
  discussion: Discussion
  post: ThreadPost
  isFirst: boolean
  isAnswer: boolean
  mayMarkAnswer: boolean
  mayReply: boolean
}) {
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const slug = discussion.slug ?? ''
  const id = String(post.id)
  const author = post.authorCard?.name ?? ''
  const hidden = { locale, slug, post: id, discussion: String(discussion.id) }
  const placeholder = PLACEHOLDER[post.state ?? 'visible']
  const isActive = post.state === 'visible'
  return (
    <article
      id={`post-${id}`}
      className={`post post-${post.state}${isAnswer ? ' is-answer' : ''}`}
      aria-labelledby={`post-${id}-author`}
    >
      <header className="post-header">
        <strong id={`post-${id}-author`} className="post-author">
          {author}
        </strong>
        {post.authorCard ? <MemberBadge locale={locale} person={post.authorCard} /> : null}
        <a className="post-time" href={postPath(locale, slug, id)} title={t('forumsPostedAt')}>
          <time dateTime={post.createdAt}>{forumTime(locale, post.createdAt)}</time>
        </a>
        {post.editedAt ? <span className="post-edited">({t('forumsEdited')})</span> : null}
        {isAnswer ? <span className="tag tag-answered">{t('forumsTheAnswer')}</span> : null}
      </header>
      {post.quoted ? (
        <div className="post-quoted">
          <a href={postPath(locale, slug, post.quoted.id)}>
            {t('forumsInReplyTo', { name: post.quoted.author?.name ?? '' })}
          </a>
          <p>{post.quoted.excerpt ?? t('forumsQuotedUnavailable')}</p>
        </div>
      ) : null}
      {placeholder ? (
        <p className="post-placeholder">
          {t(placeholder)}
          {post.moderation?.reason && (post.isOwn || post.isBodyShown) ? (
            <> {t('forumsReason', { reason: post.moderation.reason })}</>
          ) : null}
        </p>
      ) : null}
      {post.isBodyShown ? <PostBody body={post.body} /> : null}
      {post.files.length > 0 ? (
        <ul className="post-files" aria-label={t('forumsAttachments')}>
          {post.files.map((file) => (
            <li key={file.url}>
              <a href={file.url} download={file.name}>
                {file.name}
              </a>{' '}
              <small>({fileFacts(locale, file.mimeType, file.bytes)})</small>
            </li>
          ))}
        </ul>
      ) : null}
      {isActive ? (
        <footer className="post-actions">
          {post.helpfulCount ? (
            <span className="helpful-count">
              {t('forumsHelpfulCount', { count: post.helpfulCount })}
            </span>
          ) : null}
          {!post.isOwn ? (
            <ForumForm
              action={helpfulAction}
              hidden={hidden}
              submit={post.isHelpfulByViewer ? t('forumsNotHelpful') : t('forumsHelpful')}
              className="inline-form"
            />
          ) : null}
          {mayMarkAnswer && !isFirst && !isAnswer ? (
            <ForumForm
              action={markAnswerAction}
              hidden={hidden}
              submit={t('forumsMarkAnswer')}
              className="inline-form"
            />
          ) : null}
          {mayReply ? (
            <QuoteLink
              href={`${discussionPath(locale, slug)}?quote=${id}#reply`}
              postId={id}
              author={author}
              label={t('forumsQuote')}
            />
          ) : null}
          {!post.isOwn ? (
            <details className="post-more">
              <summary>{t('forumsFlag')}</summary>
              <ForumForm
                action={flagPostAction}
                hidden={hidden}
                fields={[
                  { kind: 'textarea', name: 'reason', label: t('forumsFlagReason'), rows: 3 },
                ]}
                submit={t('forumsFlagSend')}
              />
            </details>
          ) : (
            <>
              <details className="post-more">
                <summary>{t('forumsEdit')}</summary>
                <ForumForm
                  action={editPostAction}
                  hidden={hidden}
                  fields={[
                    {
                      kind: 'textarea',
                      name: 'body',
                      label: t('forumsBodyLabel'),
                      hint: t('forumsBodyHint'),
                      defaultValue: lexicalToPlain(post.body),
                      rows: 8,
                      required: true,
                    },
                  ]}
                  submit={t('forumsSave')}
                />
              </details>
              <ForumForm
                action={deletePostAction}
                hidden={hidden}
                submit={t('forumsDelete')}
                className="inline-form"
              />
            </>
          )}
        </footer>
      ) : null}
      <PostModeration post={post} discussion={discussion} viewer={viewer} locale={locale} />
    </article>
  )
}
