import {
  accountLocale,
  accountMetadata,
  accountParam,
  signedInManager,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { ApplicantCard } from '@/components/account/members/ApplicantCard'
import { MEMBERS_ERROR } from '@/components/account/members/labels'
import { MemberRights } from '@/components/account/members/MemberRights'
import { listApplicants, listMembers } from '@/data/members'
import { listOrganisations } from '@/data/organisations'
import { listThemes } from '@/data/themes'
import { translate, type UiKey } from '@/i18n/ui'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'membersTitle')

/**
 * The managers' page: applications waiting for a decision, oldest first, and the members with
 * their roles and rights. Anyone else gets a 404, as if it did not exist.
 */
export default async function MembersPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await signedInManager(locale, `/${locale}/account/members`)
  const t = (key: UiKey) => translate(locale, key)
  const query = (await accountParam(searchParams, 'q')) ?? ''
  const error = await accountParam(searchParams, 'error')
  const saved = await accountParam(searchParams, 'saved')
  const [applicants, { members }, directory, themes] = await Promise.all([
    listApplicants({ user, locale }),
    listMembers({ user, query }),
    listOrganisations({ user }),
    listThemes({ user, locale }),
  ])
  return (
    <main className="account members-admin">
      <h1>{t('membersTitle')}</h1>
      <p>
        <a href={`/${locale}/account/invitations`}>{t('invitationsTitle')}</a>
      </p>
      <FormMessage
        locale={locale}
        message={error ? (MEMBERS_ERROR[error] ?? 'membersErrorFailed') : undefined}
        isError
      />
      <FormMessage locale={locale} message={saved && !error ? 'membersSaved' : undefined} />
      <section aria-labelledby="applicants">
        <h2 id="applicants">{t('membersApplicants')}</h2>
        {applicants.length === 0 ? <p>{t('membersNoApplicants')}</p> : null}
        {applicants.map((applicant) => (
          <ApplicantCard
            key={applicant.id}
            locale={locale}
            applicant={applicant}
            directory={directory}
          />
        ))}
      </section>
      <section aria-labelledby="members">
        <h2 id="members">{t('membersList')}</h2>
        <form method="get" role="search" className="account-form">
          <label>
            {t('membersSearchLabel')}
            <input name="q" type="search" defaultValue={query} maxLength={100} />
          </label>
          <button type="submit">{t('search')}</button>
        </form>
        {members.length === 0 ? <p>{t('membersNoneFound')}</p> : null}
        {members.map((member) => (
          <MemberRights
            key={member.id}
            locale={locale}
            member={member}
            themes={themes}
            isSelf={String(member.id) === String(user.id)}
          />
        ))}
      </section>
    </main>
  )
}
