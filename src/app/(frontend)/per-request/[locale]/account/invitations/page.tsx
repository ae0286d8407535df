import {
  accountLocale,
  accountMetadata,
  accountParam,
  signedInManager,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { InvitationsForm } from '@/components/account/members/InvitationsForm'
import { OUTCOME_LABEL } from '@/components/account/members/labels'
import { SentInvitations } from '@/components/account/members/SentInvitations'
import { listInvitations } from '@/data/members'
import { EDITION_LANGUAGES, LOCALES } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import { INVITE_OUTCOMES } from '@/membership/inviteMembers'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'invitationsTitle')

/** Managers invite a list of people and see the invitations sent; anyone else gets a 404. */
export default async function InvitationsPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await signedInManager(locale, `/${locale}/account/invitations`)
  const t = (key: UiKey) => translate(locale, key)
  const invitations = await listInvitations({ user })
  const failed = Boolean(await accountParam(searchParams, 'error'))
  const revoked = Boolean(await accountParam(searchParams, 'saved'))
  const words = {
    text: t('invitationsText'),
    list: t('invitationsList'),
    file: t('invitationsFile'),
    language: t('invitationsDefaultLanguage'),
    send: t('invitationsSend'),
    results: t('invitationsResults'),
    line: t('invitationsLine'),
    name: t('membersName'),
    email: t('emailAddress'),
    outcome: t('invitationsOutcome'),
    empty: t('invitationsEmpty'),
    tooMany: t('invitationsTooMany'),
    unreadable: t('invitationsUnreadable'),
    outcomes: Object.fromEntries(
      INVITE_OUTCOMES.map((outcome) => [outcome, t(OUTCOME_LABEL[outcome])]),
    ) as Record<(typeof INVITE_OUTCOMES)[number], string>,
    languages: LOCALES.map((value) => ({ value, label: EDITION_LANGUAGES[value].native })),
  }
  return (
    <main className="account members-admin">
      <h1>{t('invitationsTitle')}</h1>
      <p>
        <a href={`/${locale}/account/members`}>{t('membersTitle')}</a>
      </p>
      <FormMessage locale={locale} message={failed ? 'membersErrorFailed' : undefined} isError />
      <FormMessage locale={locale} message={revoked && !failed ? 'membersSaved' : undefined} />
      <InvitationsForm locale={locale} words={words} />
      <h2>{t('invitationsSent')}</h2>
      <SentInvitations locale={locale} invitations={invitations} />
    </main>
  )
}
