import { moderatesDiscussion } from '@/access/forums'
import type { Person } from '@/access/roles'
import { listThemes } from '@/data/themes'
import { moderateDiscussion, moderatePost, type ModerationCode } from '@/forums/moderationActions'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Discussion, Post, User } from '@/payload-types'
import { richTextToPlain } from '@/search/text'

import { ModerationForm } from './ModerationForm'
import { relationId } from '@/fields/relationId'

const wordsOf = (locale: Locale): Record<ModerationCode, string> => ({
  done: translate(locale, 'modDone'),
  reason: translate(locale, 'modErrorReason'),
  forbidden: translate(locale, 'modErrorForbidden'),
  invalid: translate(locale, 'modErrorInvalid'),
  failed: translate(locale, 'modErrorFailed'),
})

/** The fields every moderation form carries: which discussion, its address, the language. */
function Which({ locale, discussion }: { locale: Locale; discussion: Discussion }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={discussion.id} />
      <input type="hidden" name="slug" value={discussion.slug ?? ''} />
    </>
  )
}

/**
 * The moderators' tools at the top of a thread (pin, lock, move, merge, the facilitator's
 * summary and whether it is public). Drawn for a moderator of the discussion's themes (any
 * moderator for a cross-theme one) and managers; its facilitator gets the summary alone; anyone
 * else gets nothing. The server checks all of it again, whatever the form sends.
 */
export async function DiscussionModeration({
  discussion,
  viewer,
  locale,
}: {
  discussion: Discussion
  viewer: User
  locale: Locale
}) {
  const moderates = moderatesDiscussion(viewer as unknown as Person, discussion)
  const facilitates =
    discussion.facilitation?.facilitator !== undefined &&
    discussion.facilitation?.facilitator !== null &&
    String(relationId(discussion.facilitation.facilitator)) === String(viewer.id)
  if ((!moderates && !facilitates) || discussion.mergedInto) return null
  const t = (key: UiKey) => translate(locale, key)
  const words = wordsOf(locale)
  const which = <Which locale={locale} discussion={discussion} />
  const summaryForm = (
    <ModerationForm action={moderateDiscussion} words={words} className="moderation-summary">
      {which}
      <input type="hidden" name="act" value="summary" />
      <label>
        {t('modSummary')}
        <textarea
          name="summary"
          rows={6}
          maxLength={32000}
          defaultValue={richTextToPlain(discussion.facilitation?.summary)}
        />
      </label>
      {moderates ? (
        <label className="checkbox">
          <input type="hidden" name="summaryPublicShown" value="1" />
          <input
            type="checkbox"
            name="summaryPublic"
            defaultChecked={Boolean(discussion.facilitation?.summaryPublic)}
          />
          {t('modSummaryPublic')}
        </label>
      ) : null}
      <button type="submit">{t('modSaveSummary')}</button>
    </ModerationForm>
  )
  if (!moderates) {
    return (
      <section className="moderation" aria-labelledby="moderation-heading">
        <h2 id="moderation-heading">{t('modSummary')}</h2>
        {summaryForm}
      </section>
    )
  }

  const themes = await listThemes({ user: viewer, locale })
  const current = new Set((discussion.themes ?? []).map((theme) => String(relationId(theme))))
  const toggle = (act: string, label: UiKey) => (
    <ModerationForm action={moderateDiscussion} words={words} className="moderation-action">
      {which}
      <input type="hidden" name="act" value={act} />
      <button type="submit">{t(label)}</button>
    </ModerationForm>
  )
  return (
    <details className="moderation" id="moderation">
      <summary>{t('modTools')}</summary>
      {discussion.pinned ? toggle('unpin', 'modUnpin') : toggle('pin', 'modPin')}
      {discussion.status === 'locked' ? toggle('unlock', 'modUnlock') : toggle('lock', 'modLock')}
      <ModerationForm action={moderateDiscussion} words={words} className="moderation-move">
        {which}
        <input type="hidden" name="act" value="move" />
        <fieldset>
          <legend>{t('modThemes')}</legend>
          {themes.map((theme) => (
            <label key={theme.id} className="checkbox">
              <input
                type="checkbox"
                name="themes"
                value={theme.id}
                defaultChecked={current.has(String(theme.id))}
              />
              {theme.title}
            </label>
          ))}
          <label className="checkbox">
            <input
              type="checkbox"
              name="crossTheme"
              defaultChecked={Boolean(discussion.crossTheme)}
            />
            {t('modCrossTheme')}
          </label>
        </fieldset>
        <button type="submit">{t('modMove')}</button>
      </ModerationForm>
      <ModerationForm action={moderateDiscussion} words={words} className="moderation-merge">
        {which}
        <input type="hidden" name="act" value="merge" />
        <label>
          {t('modMergeInto')}
          <input type="text" name="into" required maxLength={300} />
        </label>
        <button type="submit">{t('modMerge')}</button>
      </ModerationForm>
      {summaryForm}
    </details>
  )
}

/**
 * Beside each post, for a moderator of its discussion: hide it with a reason (the author is
 * mailed it), or show a hidden or flag-hidden one again. Nothing for anyone else, nor for a post
 * its author deleted.
 */
export function PostModeration({
  post,
  discussion,
  viewer,
  locale,
}: {
  post: Post
  discussion: Discussion
  viewer: User
  locale: Locale
}) {
  if (!moderatesDiscussion(viewer as unknown as Person, discussion)) return null
  if (post.state === 'deleted') return null
  const t = (key: UiKey) => translate(locale, key)
  const which = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={post.id} />
      <input type="hidden" name="slug" value={discussion.slug ?? ''} />
    </>
  )
  if (post.state === 'hidden' || post.state === 'flagged') {
    return (
      <ModerationForm action={moderatePost} words={wordsOf(locale)} className="post-moderation">
        {which}
        <input type="hidden" name="act" value="show" />
        <button type="submit">{t('modShow')}</button>
      </ModerationForm>
    )
  }
  return (
    <details className="post-moderation">
      <summary>{t('modHide')}</summary>
      <ModerationForm action={moderatePost} words={wordsOf(locale)}>
        {which}
        <input type="hidden" name="act" value="hide" />
        <label>
          {t('modHideReason')}
          <textarea name="reason" rows={3} maxLength={1000} required />
        </label>
        <button type="submit">{t('modHide')}</button>
      </ModerationForm>
    </details>
  )
}
