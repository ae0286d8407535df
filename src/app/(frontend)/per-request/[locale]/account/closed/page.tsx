import {
  accountLocale,
  accountMetadata,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { translate } from '@/i18n/ui'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'profileCloseTitle')

/** Where closing an account ends: the session is gone, and the page says what happened. */
export default async function AccountClosedPage({ params }: AccountPageProps) {
  const locale = await accountLocale(params)
  return (
    <main className="account">
      <h1>{translate(locale, 'profileCloseTitle')}</h1>
      <FormMessage locale={locale} message="profileClosed" />
    </main>
  )
}
