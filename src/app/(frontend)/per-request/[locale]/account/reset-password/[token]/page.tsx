import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { resetPassword } from '@/account/actions'
import { MIN_PASSWORD_LENGTH } from '@/account/passwords'
import { accountMetadata, accountParam } from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { NewPasswordFields } from '@/components/account/NewPasswordFields'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

type Props = {
  params: Promise<{ locale: string; token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ERRORS: Record<string, UiKey> = {
  short: 'passwordTooShort',
  differ: 'passwordsDiffer',
  invalid: 'resetLinkInvalid',
}

export const generateMetadata = ({ params }: Props) => accountMetadata(params, 'chooseNewPassword')

/** The page the reset mail links to: a new password, twice, for the token in the address. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale, token } = await params
  if (!isLocale(locale)) notFound()
  const t = (key: UiKey, values?: Record<string, number>) => translate(locale, key, values)
  const error = ERRORS[(await accountParam(searchParams, 'error')) ?? '']
  return (
    <main className="account">
      <h1>{t('chooseNewPassword')}</h1>
      <FormMessage locale={locale} message={error} isError values={{ min: MIN_PASSWORD_LENGTH }} />
      {error === 'resetLinkInvalid' ? (
        <p>
          <Link href={`/${locale}/account/forgot-password`}>{t('forgotPassword')}</Link>
        </p>
      ) : null}
      <form action={resetPassword} className="account-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <NewPasswordFields
          label={t('newPassword', { min: MIN_PASSWORD_LENGTH })}
          repeatLabel={t('repeatPassword')}
        />
        <button type="submit">{t('savePassword')}</button>
      </form>
    </main>
  )
}
