import { proposeOrganisationProfile } from '@/account/submissionActions'
import { CountryOptions } from '@/components/forms/Choices'
import type { ProfileField } from '@collections/Organisations/profile'
import type { OrganisationProfile } from '@/data/profileProposals'
import type { InLanguages } from '@/data/translations'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Country } from '@/payload-types'

import { PROFILE_LABEL } from './ProfileChanges'

/**
 * The organisation's profile as the directory shows it now, to change and send for a manager's
 * approval. A plain form: it works without JavaScript.
 */
export function OrganisationProfileForm({
  locale,
  profile,
  countries,
  invalid,
}: {
  locale: Locale
  profile: OrganisationProfile
  countries: InLanguages<Country, 'name'>[]
  invalid: ReadonlySet<ProfileField>
}) {
  const t = (key: UiKey) => translate(locale, key)
  const mark = (name: ProfileField) => (invalid.has(name) ? { 'aria-invalid': true } : {})
  return (
    <form action={proposeOrganisationProfile} className="account-form">
      <input type="hidden" name="locale" value={locale} />
      <label>
        {t(PROFILE_LABEL.name)}
        <input name="name" maxLength={200} required defaultValue={profile.name} {...mark('name')} />
      </label>
      <label>
        {t(PROFILE_LABEL.acronym)}
        <input
          name="acronym"
          maxLength={40}
          defaultValue={profile.acronym ?? ''}
          {...mark('acronym')}
        />
      </label>
      <label>
        {t(PROFILE_LABEL.country)}
        <select name="country" defaultValue={profile.country ?? ''} {...mark('country')}>
          <option value="">{t('chooseOne')}</option>
          <CountryOptions locale={locale} countries={countries} />
        </select>
      </label>
      <label>
        {t(PROFILE_LABEL.website)}
        <input
          name="website"
          type="url"
          defaultValue={profile.website ?? ''}
          {...mark('website')}
        />
      </label>
      <button type="submit">{t('submissionSend')}</button>
    </form>
  )
}
