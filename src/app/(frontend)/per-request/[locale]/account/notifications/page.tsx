import { redirect } from 'next/navigation'

import {
  accountLocale,
  accountMetadata,
  accountParam,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FollowingForm } from '@/components/account/FollowingForm'
import { FormMessage } from '@/components/account/FormMessage'
import { readFollowingSettings } from '@/data/following'
import { currentVisitor } from '@/data/payload'
import { translate } from '@/i18n/ui'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'followingTitle')

/** What the signed-in person follows and how often they hear about it. */
export default async function NotificationsPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await currentVisitor()
  const page = `/${locale}/account/notifications`
  if (!user) redirect(`/${locale}/account/sign-in?next=${page}`)
  const settings = await readFollowingSettings({ user, locale })
  const isSaved = Boolean(await accountParam(searchParams, 'saved'))
  const isInvalid = (await accountParam(searchParams, 'error')) === 'invalid'
  return (
    <main className="account">
      <h1>{translate(locale, 'followingTitle')}</h1>
      <FormMessage locale={locale} message={isSaved ? 'followingSaved' : undefined} />
      <FormMessage locale={locale} message={isInvalid ? 'followingInvalid' : undefined} isError />
      <p>{translate(locale, 'followingIntro')}</p>
      {user.membershipStatus === 'approved' ? null : (
        <p className="notice">{translate(locale, 'followingOnceApproved')}</p>
      )}
      <FollowingForm locale={locale} settings={settings} />
    </main>
  )
}
