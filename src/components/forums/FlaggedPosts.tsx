import { Link } from '@/components/layout/Link'
import type { FlaggedPost } from '@/data/forumFlags'
import { decideOnFlags } from '@/forums/moderationActions'
import { postPath } from '@/forums/paths'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

/**
 * The review page's "Flagged posts", beside the submissions: each post members flagged in the
 * discussions the viewer moderates, with the flags' reasons and two plain forms: uphold (the post
 * is hidden with the moderator's reason, which its author is told) or dismiss (a post the flags
 * hid shows again).
 */
export function FlaggedPosts({ locale, posts }: { locale: Locale; posts: FlaggedPost[] }) {
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  return (
    <section aria-labelledby="flagged-heading" className="flagged-posts">
      <h2 id="flagged-heading">{t('flaggedTitle')}</h2>
      {posts.length === 0 ? (
        <p>{t('flaggedNone')}</p>
      ) : (
        <ol className="review-queue">
          {posts.map((post) => {
            const hidden = (
              <>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="id" value={post.id} />
              </>
            )
            const href = postPath(
              locale,
              post.discussion.slug ?? String(post.discussion.id),
              post.id,
            )
            return (
              <li key={post.id}>
                <h3>
                  <Link href={href}>
                    {t('flaggedIn', {
                      author: post.author ?? '—',
                      title: post.discussion.title,
                      count: post.reasons.length,
                    })}
                  </Link>
                </h3>
                {post.state === 'flagged' ? <p className="notice">{t('flaggedHidden')}</p> : null}
                {post.excerpt ? <blockquote>{post.excerpt}</blockquote> : null}
                <p>{t('flaggedReasons')}</p>
                <ul>
                  {post.reasons.map((reason, index) => (
                    <li key={index}>{reason}</li>
                  ))}
                </ul>
                <form action={decideOnFlags}>
                  {hidden}
                  <input type="hidden" name="decision" value="uphold" />
                  <label>
                    {t('modHideReason')}
                    <textarea name="reason" rows={3} maxLength={1000} required />
                  </label>
                  <button type="submit">{t('flagUphold')}</button>
                </form>
                <form action={decideOnFlags}>
                  {hidden}
                  <input type="hidden" name="decision" value="dismiss" />
                  <button type="submit">{t('flagDismiss')}</button>
                </form>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
