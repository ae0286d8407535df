import { saveFollowing } from '@/account/following'
import type { FollowChoice, FollowingSettings } from '@/data/following'
import { NOTIFICATION_SETTINGS, type NotificationSetting } from '@/following/settings'
import { FORUM_MAIL_REASONS } from '@/following/settingsForm'
import { FORUM_MAIL_SETTINGS, type ForumMailSetting } from '@/forums/options'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

const SETTING_LABEL: Record<NotificationSetting, UiKey> = {
  immediate: 'followingImmediate',
  daily: 'followingDaily',
  weekly: 'followingWeekly',
  none: 'followingNone',
}

const FORUM_SETTING_LABEL: Record<ForumMailSetting, UiKey> = {
  immediate: 'forumMailImmediate',
  daily: 'followingDaily',
  weekly: 'followingWeekly',
  none: 'followingNone',
}
const FORUM_REASON_LABEL: Record<(typeof FORUM_MAIL_REASONS)[number], UiKey> = {
  participating: 'forumMailParticipating',
  mentions: 'forumMailMentions',
  watching: 'forumMailWatching',
}

function Choices({
  name,
  legend,
  choices,
}: {
  name: string
  legend: string
  choices: FollowChoice[]
}) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.id}>
          <input type="checkbox" name={name} value={choice.id} defaultChecked={choice.isFollowed} />
          <span lang={choice.lang}>{choice.name}</span>
        </label>
      ))}
    </fieldset>
  )
}

/** How often, and which themes and countries: one form, one save (`saveFollowing`). */
export function FollowingForm({
  locale,
  settings,
}: {
  locale: Locale
  settings: FollowingSettings
}) {
  const t = (key: UiKey) => translate(locale, key)
  return (
    <form action={saveFollowing} className="account-form">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="choices">
        <legend>{t('followingHowOften')}</legend>
        {NOTIFICATION_SETTINGS.map((setting) => (
          <label key={setting}>
            <input
              type="radio"
              name="notifications"
              value={setting}
              defaultChecked={settings.setting === setting}
            />
            {t(SETTING_LABEL[setting])}
          </label>
        ))}
      </fieldset>
      <Choices name="themes" legend={t('followingThemes')} choices={settings.themes} />
      <Choices name="countries" legend={t('followingCountries')} choices={settings.countries} />
      <fieldset className="choices">
        <legend>{t('forumMailHeading')}</legend>
        {FORUM_MAIL_REASONS.map((reason) => (
          <label key={reason}>
            {t(FORUM_REASON_LABEL[reason])}{' '}
            <select name={`forumMail.${reason}`} defaultValue={settings.forumMail[reason]}>
              {FORUM_MAIL_SETTINGS.map((setting) => (
                <option key={setting} value={setting}>
                  {t(FORUM_SETTING_LABEL[setting])}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('followingSave')}</button>
    </form>
  )
}
