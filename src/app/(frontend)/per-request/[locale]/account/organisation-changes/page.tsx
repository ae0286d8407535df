import { decideOrganisationChangeForm } from '@/account/profileActions'
import {
  accountLocale,
  accountMetadata,
  accountParam,
  signedInManager,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { organisationProposals } from '@/data/profile'
import { translate, type UiKey } from '@/i18n/ui'
import { MEMBER_GROUP_LABEL, MEMBER_GROUPS } from '@/people/memberGroups'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'orgChangesTitle')

/**
 * For managers: members' changes of organisation waiting to be confirmed (with the group, which
 * the manager may correct) or declined. Anyone else: not found, as if the page did not exist.
 */
export default async function OrganisationChangesPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await signedInManager(locale, `/${locale}/account/organisation-changes`)
  const t = (key: UiKey, values?: Record<string, string>) => translate(locale, key, values)
  const waiting = await organisationProposals({ user })
  const isDone = Boolean(await accountParam(searchParams, 'saved'))
  const hasFailed = Boolean(await accountParam(searchParams, 'error'))
  return (
    <main className="account">
      <h1>{t('orgChangesTitle')}</h1>
      <FormMessage locale={locale} message={isDone ? 'orgChangesDone' : undefined} />
      <FormMessage locale={locale} message={hasFailed ? 'orgChangesFailed' : undefined} isError />
      {waiting.length === 0 ? <p className="muted">{t('orgChangesNone')}</p> : null}
      <ul className="member-list">
        {waiting.map((person) => (
          <li key={person.id}>
            <p>
              {t('orgChangesFromTo', {
                member: person.name,
                from: person.organisation || '—',
                to: person.proposedOrganisation?.name ?? '—',
              })}
            </p>
            <form action={decideOrganisationChangeForm} className="account-form">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="member" value={person.id} />
              <label>
                {t('memberGroup')}
                <select name="memberGroup" defaultValue={person.memberGroup ?? ''}>
                  <option value="">{t('chooseOne')}</option>
                  {MEMBER_GROUPS.map((group) => (
                    <option key={group} value={group}>
                      {t(MEMBER_GROUP_LABEL[group])}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" name="decision" value="confirm">
                {t('orgChangesConfirm')}
              </button>
              <button type="submit" name="decision" value="decline">
                {t('orgChangesDecline')}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </main>
  )
}
