import { proposeOrganisationForm } from '@/account/profileActions'
import type { DirectoryEntry } from '@/data/organisations'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { User } from '@/payload-types'

/**
 * The member's organisation as it stands, any change waiting for a manager, and the form to ask
 * for one: a directory entry, or a name of their own.
 */
export function OrganisationForm({
  locale,
  profile,
  organisations,
}: {
  locale: Locale
  profile: User
  organisations: DirectoryEntry[]
}) {
  const t = (key: UiKey, values?: Record<string, string>) => translate(locale, key, values)
  const waiting = profile.proposedOrganisation?.name
  return (
    <section aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">{t('organisation')}</h2>
      <p>{t('profileOrganisationNow', { organisation: profile.organisation || '—' })}</p>
      {waiting ? (
        <p className="notice" role="status">
          {t('profileOrganisationWaiting', { organisation: waiting })}
        </p>
      ) : null}
      <form action={proposeOrganisationForm} className="account-form">
        <input type="hidden" name="locale" value={locale} />
        <p className="muted">{t('profileOrganisationHelp')}</p>
        <label>
          {t('profileOrganisationChange')}
          <select name="organisation" defaultValue="">
            <option value="">{t('chooseOne')}</option>
            {organisations.map(({ id, name, acronym }) => (
              <option key={id} value={id}>
                {acronym && acronym !== name ? `${name} (${acronym})` : name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('organisationNotListed')}
          <input name="organisationName" autoComplete="organization" maxLength={200} />
        </label>
        <button type="submit">{t('profileOrganisationSend')}</button>
      </form>
    </section>
  )
}
