import { requestPasswordReset } from '@/account/actions'
import {
  accountLocale,
  accountMetadata,
  accountParam,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { translate, type UiKey } from '@/i18n/ui'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'forgotPassword')

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so
 * the form tells a stranger nothing about who is a member.
 */
export default async function ForgotPasswordPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const t = (key: UiKey) => translate(locale, key)
  const isSent = Boolean(await accountParam(searchParams, 'sent'))
  const isLimited = (await accountParam(searchParams, 'error')) === 'limited'
  const retry = Number(await accountParam(searchParams, 'retry')) || 15
  return (
    <main className="account">
      <h1>{t('forgotPassword')}</h1>
      <FormMessage locale={locale} message={isSent ? 'resetLinkSent' : undefined} />
      <FormMessage
        locale={locale}
        message={isLimited ? 'tooManyAttempts' : undefined}
        isError
        values={{ minutes: retry }}
      />
      <p>{t('forgotPasswordIntro')}</p>
      <form action={requestPasswordReset} className="account-form">
        <input type="hidden" name="locale" value={locale} />
        <label>
          {t('emailAddress')}
          <input name="email" type="email" autoComplete="email" required />
        </label>
        <button type="submit">{t('sendResetLink')}</button>
      </form>
    </main>
  )
}
