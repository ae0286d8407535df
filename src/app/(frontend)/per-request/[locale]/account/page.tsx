import { isApprovedMemberUser, isManagerUser, type Person } from '@/access/roles'
import {
  accountLocale,
  accountMetadata,
  accountParam,
  signedInVisitor,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { MEMBERSHIP_LABEL } from '@/components/account/membershipLabel'
import { SignOutButton } from '@/components/account/SignOutButton'
import { Link } from '@/components/layout/Link'
import { MemberBadge } from '@/components/people/MemberBadge'
import { isReviewer } from '@/data/submissions'
import { translate, type UiKey } from '@/i18n/ui'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'yourAccount')

/**
 * Who is signed in and where their membership stands. Pending and rejected people can sign in
 * only to see this; signed out, the sign-in form, which brings them back here.
 */
export default async function AccountPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await signedInVisitor(locale, `/${locale}/account`)
  const t = (key: UiKey) => translate(locale, key)
  const changed = Boolean(await accountParam(searchParams, 'passwordChanged'))
  return (
    <main className="account">
      <h1>{t('yourAccount')}</h1>
      <FormMessage locale={locale} message={changed ? 'passwordChanged' : undefined} />
      <p>
        <strong>{user.name}</strong>
        <MemberBadge locale={locale} person={user} />
      </p>
      <dl className="facts">
        <dt>{t('emailAddress')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('membership')}</dt>
        <dd>{t(MEMBERSHIP_LABEL[user.membershipStatus] ?? 'membershipPending')}</dd>
      </dl>
      <ul className="actions">
        <li>
          <Link href={`/${locale}/account/profile`}>{t('profileEdit')}</Link>
        </li>
        {isApprovedMemberUser(user) ? (
          <li>
            <Link href={`/${locale}/members`}>{t('directoryTitle')}</Link>
          </li>
        ) : null}
        <li>
          <Link href={`/${locale}/account/notifications`}>{t('followingTitle')}</Link>
        </li>
        <li>
          <Link href={`/${locale}/account/submissions`}>{t('submissionsTitle')}</Link>
        </li>
        {isReviewer(user) ? (
          <li>
            <Link href={`/${locale}/account/review`}>{t('reviewQueueTitle')}</Link>
          </li>
        ) : null}
        {isManagerUser(user as unknown as Person) ? (
          <>
            <li>
              <Link href={`/${locale}/account/members`}>{t('membersTitle')}</Link>
            </li>
            <li>
              <Link href={`/${locale}/account/invitations`}>{t('invitationsTitle')}</Link>
            </li>
            <li>
              <Link href={`/${locale}/account/organisation-changes`}>{t('orgChangesTitle')}</Link>
            </li>
          </>
        ) : null}
      </ul>
      <SignOutButton locale={locale} />
    </main>
  )
}
