import { notFound } from 'next/navigation'

import { unsubscribeByLink } from '@/account/following'
import { accountMetadata, accountParam } from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { Link } from '@/components/layout/Link'
import { payloadClient } from '@/data/payload'
import { readUnsubscribeToken, type UnsubscribePurpose } from '@/following/unsubscribeToken'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

type Props = {
  params: Promise<{ locale: string; token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** What the button will stop, as the link's purpose says (a bad link: the general words). */
const INTRO: Record<UnsubscribePurpose, UiKey> = {
  notifications: 'unsubscribeIntro',
  thread: 'unsubscribeThreadIntro',
  forum: 'unsubscribeForumIntro',
  digest: 'unsubscribeDigestIntro',
}

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'unsubscribeTitle')

/**
 * The page a notification mail's "stop" link opens. Opening it changes nothing (mail scanners
 * and link previews open links); the button, a form posting to `unsubscribeByLink`, does. Mail
 * programs use the one-click `POST /api/unsubscribe/<token>` of the List-Unsubscribe header.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale, token } = await params
  if (!isLocale(locale)) notFound()
  const t = (key: UiKey) => translate(locale, key)
  const isDone = Boolean(await accountParam(searchParams, 'done'))
  const isInvalid = (await accountParam(searchParams, 'error')) === 'invalid'
  const { secret } = await payloadClient()
  const purpose = readUnsubscribeToken({ secret, token: decodeURIComponent(token) })?.purpose
  return (
    <main className="account">
      <h1>{t('unsubscribeTitle')}</h1>
      <FormMessage locale={locale} message={isDone ? 'unsubscribeDone' : undefined} />
      <FormMessage locale={locale} message={isInvalid ? 'unsubscribeInvalid' : undefined} isError />
      {isDone || isInvalid ? (
        <p>
          <Link href={`/${locale}/account/notifications`}>{t('followingTitle')}</Link>
        </p>
      ) : (
        <>
          <p>{t(purpose ? INTRO[purpose] : 'unsubscribeIntro')}</p>
          <form action={unsubscribeByLink} className="account-form">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
            <button type="submit">{t('unsubscribeButton')}</button>
          </form>
        </>
      )}
    </main>
  )
}
