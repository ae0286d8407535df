import type { Person } from '@/access/roles'
import { payloadClient } from '@/data/payload'
import { discussionPath, forumsPath } from '@/forums/paths'
import { WATCH_LEVELS, type WatchLevel as Level } from '@/forums/options'
import { saveWatchLevel } from '@/forums/watchLevelAction'
import { canWatch, effectiveLevel, ownLevel, scopeKey, type WatchScope } from '@/forums/watching'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Discussion, Theme, User } from '@/payload-types'

const LEVEL_LABEL: Record<Level, UiKey> = {
  watching: 'watchLevelWatching',
  tracking: 'watchLevelTracking',
  normal: 'watchLevelNormal',
  muted: 'watchLevelMuted',
}

/**
 * The member's notification level (watching, tracking, normal, muted) for one discussion, one
 * theme's forum or the cross-theme forum, as a small form: a select and a button posting to
 * `saveWatchLevel` (no client JavaScript). A discussion shows the level that counts for it (its
 * own, else its forums'); nothing for someone who cannot take part in the forums.
 */
export async function WatchLevel(props: {
  scope: { discussion?: Discussion; theme?: Theme; crossTheme?: boolean }
  viewer: User
  locale: Locale
}) {
  const { scope, viewer, locale } = props
  const person = viewer as unknown as Person
  if (!canWatch(person)) return null
  const payload = await payloadClient()
  const target: WatchScope | undefined = scope.discussion
    ? { discussion: scope.discussion.id }
    : scope.theme
      ? { theme: scope.theme.id }
      : scope.crossTheme
        ? { crossTheme: true }
        : undefined
  if (!target) return null
  const current = scope.discussion
    ? await effectiveLevel({ payload, memberId: viewer.id, discussion: scope.discussion })
    : ((await ownLevel({ payload, user: person, scope: target })) ?? 'normal')
  const back = scope.discussion?.slug
    ? discussionPath(locale, scope.discussion.slug)
    : forumsPath(locale)
  const t = (key: UiKey) => translate(locale, key)
  const id = `watch-level-${scopeKey(target).replace(/\W/g, '-')}`
  return (
    <form action={saveWatchLevel} className="watch-level">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="scope" value={scopeKey(target)} />
      <input type="hidden" name="back" value={back} />
      <label htmlFor={id}>{t('watchLevelLabel')}</label>{' '}
      <select id={id} name="level" defaultValue={current}>
        {WATCH_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(LEVEL_LABEL[level])}
          </option>
        ))}
      </select>{' '}
      <button type="submit">{t('watchLevelSave')}</button>
    </form>
  )
}
