import { redirect } from 'next/navigation'

import type { MembershipStatus } from '@/access/roles'
import {
  accountLocale,
  accountMetadata,
  accountParam,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { SignOutButton } from '@/components/account/SignOutButton'
import { Link } from '@/components/layout/Link'
import { currentVisitor } from '@/data/payload'
import { translate, type UiKey } from '@/i18n/ui'

const STATUS: Record<MembershipStatus, UiKey> = {
  pending: 'membershipPending',
  approved: 'membershipApproved',
  rejected: 'membershipRejected',
  suspended: 'membershipSuspended',
}

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'yourAccount')

/**
 * Who is signed in and where their membership stands. Pending and rejected people can sign in
 * only to see this; signed out, the sign-in form, which brings them back here.
 */
export default async function AccountPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await currentVisitor()
  if (!user) redirect(`/${locale}/account/sign-in?next=/${locale}/account`)
  const t = (key: UiKey) => translate(locale, key)
  const changed = Boolean(await accountParam(searchParams, 'passwordChanged'))
  return (
    <main className="account">
      <h1>{t('yourAccount')}</h1>
      <FormMessage locale={locale} message={changed ? 'passwordChanged' : undefined} />
      <dl className="facts">
        <dt>{t('emailAddress')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('membership')}</dt>
        <dd>{t(STATUS[user.membershipStatus] ?? 'membershipPending')}</dd>
      </dl>
      <p>
        <Link href={`/${locale}/account/notifications`}>{t('followingTitle')}</Link>
      </p>
      <SignOutButton locale={locale} />
    </main>
  )
}
