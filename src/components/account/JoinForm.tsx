import { join } from '@/account/actions'
import { CountryOptions, ThemeChoices } from '@/components/forms/Choices'
import { MIN_PASSWORD_LENGTH } from '@/account/passwords'
import { NewPasswordFields } from '@/components/account/NewPasswordFields'
import type { DirectoryEntry } from '@/data/organisations'
import type { JoinPrefill as InvitedApplicant } from '@/data/invitations'
import type { InLanguages } from '@/data/translations'
import { EDITION_LANGUAGES, LOCALES, type Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import { MAX_STATEMENT_LENGTH, type JoinField } from '@/people/application'
import { MEMBER_GROUP_LABEL, MEMBER_GROUPS } from '@/people/memberGroups'
import type { Country, Theme } from '@/payload-types'

/** What an invitation fills in (src/data/invitations.ts), its organisation matched to the directory. */
export type JoinPrefill = Omit<InvitedApplicant, 'organisation'> & {
  organisationId: DirectoryEntry['id'] | null
  organisationName: string
  invitation: string
}

export type JoinChoices = {
  organisations: DirectoryEntry[]
  countries: InLanguages<Country, 'name'>[]
  themes: Theme[]
}

/**
 * The application, as a plain HTML form posting to the `join` action (it works without
 * JavaScript). The fields the last submission was refused for are marked invalid; what was typed
 * is not kept (the answer is a redirect), so the page says which field to look at instead.
 */
export function JoinForm({
  locale,
  choices,
  invalid,
  prefill,
}: {
  locale: Locale
  choices: JoinChoices
  invalid: ReadonlySet<JoinField>
  prefill?: JoinPrefill | null
}) {
  const t = (key: UiKey, values?: Record<string, number>) => translate(locale, key, values)
  const mark = (field: JoinField) => (invalid.has(field) ? { 'aria-invalid': true } : {})
  const choose = <option value="">{t('chooseOne')}</option>
  return (
    <form action={join} className="account-form">
      <input type="hidden" name="locale" value={locale} />
      {prefill ? <input type="hidden" name="invitation" value={prefill.invitation} /> : null}
      <label>
        {t('yourName')}
        <input
          name="name"
          autoComplete="name"
          maxLength={120}
          required
          defaultValue={prefill?.name}
          {...mark('name')}
        />
      </label>
      <label>
        {t('emailAddress')}
        <input
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={prefill?.email}
          {...mark('email')}
        />
      </label>
      <NewPasswordFields
        label={t('choosePassword', { min: MIN_PASSWORD_LENGTH })}
        repeatLabel={t('passwordAgain')}
        isInvalid={invalid.has('password')}
      />
      <label>
        {t('organisation')}
        <select
          name="organisation"
          defaultValue={prefill?.organisationId ?? ''}
          {...mark('organisation')}
        >
          {choose}
          {choices.organisations.map(({ id, name, acronym }) => (
            <option key={id} value={id}>
              {acronym && acronym !== name ? `${name} (${acronym})` : name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('organisationNotListed')}
        <input
          name="organisationName"
          autoComplete="organization"
          maxLength={200}
          defaultValue={prefill?.organisationName}
          {...mark('organisation')}
        />
      </label>
      <label>
        {t('memberGroup')}
        <select
          name="memberGroup"
          required
          defaultValue={prefill?.memberGroup ?? ''}
          {...mark('memberGroup')}
        >
          {choose}
          {MEMBER_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(MEMBER_GROUP_LABEL[group])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filterCountry')}
        <select name="country" {...mark('country')}>
          {choose}
          <CountryOptions locale={locale} countries={choices.countries} />
        </select>
      </label>
      <ThemeChoices
        legend={t('themesOfInterest')}
        name="themesOfInterest"
        themes={choices.themes}
      />
      <label>
        {t('statementLabel', { max: MAX_STATEMENT_LENGTH })}
        <textarea
          name="statement"
          rows={5}
          maxLength={MAX_STATEMENT_LENGTH}
          {...mark('statement')}
        />
      </label>
      <label>
        {t('preferredLanguage')}
        <select
          name="preferredLanguage"
          className="language-name"
          defaultValue={prefill?.language ?? locale}
          {...mark('preferredLanguage')}
        >
          {LOCALES.map((language) => (
            <option key={language} value={language} lang={language}>
              {EDITION_LANGUAGES[language].native}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('sendApplication')}</button>
    </form>
  )
}
