import { Link } from '@/components/layout/Link'
import { redirect } from 'next/navigation'

import { signIn } from '@/account/actions'
import {
  accountLocale,
  accountMetadata,
  accountParam,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { currentVisitor } from '@/data/payload'
import { translate, type UiKey } from '@/i18n/ui'

const ERRORS: Record<string, UiKey> = {
  failed: 'signInFailed',
  unverified: 'unverifiedAddress',
  limited: 'tooManyAttempts',
}

export const generateMetadata = ({ params }: AccountPageProps) => accountMetadata(params, 'signIn')

/** Sign in with e-mail address and password; already signed in, the account page. */
export default async function SignInPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  if (await currentVisitor()) redirect(`/${locale}/account`)
  const t = (key: UiKey) => translate(locale, key)
  const error = ERRORS[(await accountParam(searchParams, 'error')) ?? '']
  const next = (await accountParam(searchParams, 'next')) ?? ''
  const retry = Number(await accountParam(searchParams, 'retry')) || 15
  return (
    <main className="account">
      <h1>{t('signIn')}</h1>
      <FormMessage locale={locale} message={error} isError values={{ minutes: retry }} />
      <FormMessage
        locale={locale}
        message={(await accountParam(searchParams, 'signedOut')) ? 'signedOut' : undefined}
      />
      <form action={signIn} className="account-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="next" value={next} />
        <label>
          {t('emailAddress')}
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit">{t('signIn')}</button>
      </form>
      <p>
        <Link href={`/${locale}/account/forgot-password`}>{t('forgotPassword')}</Link>
      </p>
      <p>
        {t('notMemberYet')} <Link href={`/${locale}/account/join`}>{t('joinTitle')}</Link>
      </p>
    </main>
  )
}
