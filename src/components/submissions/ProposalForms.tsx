import { proposeEvent, proposeNews, proposeResource } from '@/account/submissionActions'
import { CountryOptions, ThemeChoices } from '@/components/forms/Choices'
import type { InLanguages } from '@/data/translations'
import { KIND_LABEL as EVENT_KIND_LABEL, MODE_LABEL } from '@/events/labels'
import { EVENT_KINDS, EVENT_MODES } from '@/events/kinds'
import { REGION_TIME_ZONES } from '@/fields/timezones'
import { EDITION_LANGUAGES, LOCALES, type Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import { RESOURCE_KIND_LABEL, RESOURCE_KINDS } from '@/library/kinds'
import { NEWS_KIND_LABELS, NEWS_KINDS } from '@/news/kinds'
import type { Country, Theme } from '@/payload-types'
import type { FormField } from '@/submissions/form'

export type ProposalChoices = { countries: InLanguages<Country, 'name'>[]; themes: Theme[] }
type FormProps = { locale: Locale; choices: ProposalChoices; invalid: ReadonlySet<FormField> }

/** The fields both forms share: title, summary, themes (at least one), and the language. */
function sharedParts({ locale, choices, invalid }: FormProps) {
  const t = (key: UiKey) => translate(locale, key)
  const mark = (name: FormField) => (invalid.has(name) ? { 'aria-invalid': true } : {})
  const choose = <option value="">{t('chooseOne')}</option>
  const countryOptions = <CountryOptions locale={locale} countries={choices.countries} />
  const head = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <label>
        {t('submissionFieldTitle')}
        <input name="title" maxLength={300} required {...mark('title')} />
      </label>
    </>
  )
  const tail = (
    <>
      <ThemeChoices
        legend={t('submissionFieldThemes')}
        name="themes"
        themes={choices.themes}
        isInvalid={invalid.has('themes')}
      />
      <label>
        {t('submissionFieldSummary')}
        <textarea name="summary" rows={5} maxLength={600} required {...mark('summary')} />
      </label>
      <button type="submit">{t('submissionSend')}</button>
    </>
  )
  return { t, mark, choose, countryOptions, head, tail }
}

/** Proposing an event: when (wall-clock times in the event's own time zone), where and how. */
export function EventProposalForm(props: FormProps) {
  const { t, mark, choose, countryOptions, head, tail } = sharedParts(props)
  return (
    <form action={proposeEvent} className="account-form">
      {head}
      <label>
        {t('eventKindFilter')}
        <select name="kind" required {...mark('kind')}>
          {choose}
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(EVENT_KIND_LABEL[kind])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('submissionFieldStart')}
        <input name="start" type="datetime-local" required {...mark('start')} />
      </label>
      <label>
        {t('submissionFieldEnd')}
        <input name="end" type="datetime-local" required {...mark('end')} />
      </label>
      <label>
        {t('submissionFieldTimezone')}
        <select name="timezone" required defaultValue="Asia/Bangkok" {...mark('timezone')}>
          {REGION_TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('eventFormat')}
        <select name="mode" required {...mark('mode')}>
          {EVENT_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(MODE_LABEL[mode])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('submissionFieldPlace')}
        <input name="place" maxLength={200} {...mark('place')} />
      </label>
      <label>
        {t('submissionFieldOnlineUrl')}
        <input name="onlineUrl" type="url" {...mark('onlineUrl')} />
      </label>
      <label>
        {t('filterCountry')}
        <select name="country" {...mark('country')}>
          {choose}
          {countryOptions}
        </select>
      </label>
      {tail}
    </form>
  )
}

/** Proposing a news item: its date, kind and countries. */
export function NewsProposalForm(props: FormProps) {
  const { t, mark, choose, countryOptions, head, tail } = sharedParts(props)
  return (
    <form action={proposeNews} className="account-form">
      {head}
      <label>
        {t('submissionFieldDate')}
        <input name="date" type="date" required {...mark('date')} />
      </label>
      <label>
        {t('filterKind')}
        <select name="kind" required {...mark('kind')}>
          {choose}
          {NEWS_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(NEWS_KIND_LABELS[kind])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('submissionFieldCountries')}
        <select name="countries" multiple {...mark('countries')}>
          {countryOptions}
        </select>
      </label>
      {tail}
    </form>
  )
}

/**
 * Proposing a resource: one edition, an uploaded file (checked by its bytes, as every upload)
 * or a link, in one language. More editions are added by editors.
 */
export function ResourceProposalForm(props: FormProps) {
  const { t, mark, choose, countryOptions, head, tail } = sharedParts(props)
  const languages = [
    ...LOCALES,
    ...Object.keys(EDITION_LANGUAGES).filter(
      (code) => !(LOCALES as readonly string[]).includes(code),
    ),
  ] as (keyof typeof EDITION_LANGUAGES)[]
  return (
    <form action={proposeResource} className="account-form" encType="multipart/form-data">
      {head}
      <label>
        {t('filterKind')}
        <select name="kind" required {...mark('kind')}>
          {choose}
          {RESOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(RESOURCE_KIND_LABEL[kind])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('submissionFieldLanguage')}
        <select
          name="language"
          className="language-name"
          required
          defaultValue={props.locale}
          {...mark('language')}
        >
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {EDITION_LANGUAGES[code].native}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('submissionFieldFile')}
        <input name="file" type="file" {...mark('file')} />
      </label>
      <label>
        {t('submissionFieldLink')}
        <input name="externalUrl" type="url" {...mark('externalUrl')} />
      </label>
      <label>
        {t('submissionFieldCountries')}
        <select name="countries" multiple {...mark('countries')}>
          {countryOptions}
        </select>
      </label>
      {tail}
    </form>
  )
}
