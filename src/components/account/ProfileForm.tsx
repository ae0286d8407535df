import { saveProfileForm } from '@/account/profileActions'
import { CountryOptions, ThemeChoices } from '@/components/forms/Choices'
import type { InLanguages } from '@/data/translations'
import { EDITION_LANGUAGES, LOCALES, type Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import { DIRECTORY_OPT_INS, type DirectoryOptIn } from '@/people/directory'
import type { Country, Theme, User } from '@/payload-types'
import { relationId } from '@/fields/relationId'

const OPT_IN_LABEL: Record<DirectoryOptIn, UiKey> = {
  listed: 'profileListed',
  showOrganisation: 'profileShowOrganisation',
  showGroup: 'profileShowGroup',
  showCountry: 'profileShowCountry',
  showThemes: 'profileShowThemes',
}

/**
 * What a member edits of themselves, as a plain HTML form posting to `saveProfileForm`: name,
 * country, themes, language and what the member directory shows. The organisation has its own
 * form (a manager confirms it); notification settings live elsewhere.
 */
export function ProfileForm({
  locale,
  profile,
  countries,
  themes,
}: {
  locale: Locale
  profile: User
  countries: InLanguages<Country, 'name'>[]
  themes: Theme[]
}) {
  const t = (key: UiKey) => translate(locale, key)
  const chosenThemes = new Set((profile.themesOfInterest ?? []).map(relationId))
  return (
    <form action={saveProfileForm} className="account-form">
      <input type="hidden" name="locale" value={locale} />
      <label>
        {t('yourName')}
        <input
          name="name"
          autoComplete="name"
          maxLength={120}
          required
          defaultValue={profile.name}
        />
      </label>
      <label>
        {t('filterCountry')}
        <select name="country" defaultValue={String(relationId(profile.country) ?? '')}>
          <option value="">{t('chooseOne')}</option>
          <CountryOptions locale={locale} countries={countries} />
        </select>
      </label>
      <ThemeChoices
        legend={t('themesOfInterest')}
        name="themesOfInterest"
        themes={themes}
        checked={chosenThemes}
      />
      <label>
        {t('preferredLanguage')}
        <select
          name="preferredLanguage"
          className="language-name"
          defaultValue={profile.preferredLanguage ?? locale}
        >
          {LOCALES.map((language) => (
            <option key={language} value={language} lang={language}>
              {EDITION_LANGUAGES[language].native}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="choices">
        <legend>{t('profileDirectory')}</legend>
        <p className="muted">{t('profileDirectoryHelp')}</p>
        {DIRECTORY_OPT_INS.map((optIn) => (
          <label key={optIn}>
            <input
              type="checkbox"
              name={`directory.${optIn}`}
              defaultChecked={Boolean(profile.directory?.[optIn])}
            />
            {t(OPT_IN_LABEL[optIn])}
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('profileSave')}</button>
    </form>
  )
}
