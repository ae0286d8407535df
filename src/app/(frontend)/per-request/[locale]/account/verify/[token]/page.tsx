import { notFound } from 'next/navigation'

import { verifyAddress } from '@/account/actions'
import { accountMetadata, accountParam } from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { Link } from '@/components/layout/Link'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

type Props = {
  params: Promise<{ locale: string; token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'confirmAddress')

/**
 * The page the verification mail links to. Opening it confirms nothing: mail scanners and link
 * previews open links too. The person presses the button, a form posting to `verifyAddress`.
 */
export default async function VerifyAddressPage({ params, searchParams }: Props) {
  const { locale, token } = await params
  if (!isLocale(locale)) notFound()
  const t = (key: UiKey) => translate(locale, key)
  const isConfirmed = Boolean(await accountParam(searchParams, 'confirmed'))
  const isInvalid = (await accountParam(searchParams, 'error')) === 'invalid'
  return (
    <main className="account">
      <h1>{t('confirmAddress')}</h1>
      <FormMessage locale={locale} message={isConfirmed ? 'addressConfirmed' : undefined} />
      <FormMessage locale={locale} message={isInvalid ? 'verifyLinkInvalid' : undefined} isError />
      {isConfirmed || isInvalid ? (
        <p>
          <Link href={`/${locale}/account/sign-in`}>{t('signIn')}</Link>
        </p>
      ) : (
        <>
          <p>{t('confirmAddressIntro')}</p>
          <form action={verifyAddress} className="account-form">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
            <button type="submit">{t('confirmMyAddress')}</button>
          </form>
        </>
      )}
    </main>
  )
}
