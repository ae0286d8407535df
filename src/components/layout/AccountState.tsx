import { SignOutButton } from '@/components/account/SignOutButton'
import { Link } from '@/components/layout/Link'
import { currentVisitor } from '@/data/payload'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/**
 * The header's account state. Anyone with a session cookie gets pages rendered for them (the
 * rewrites of `src/routing/pageTrees.ts`), which show who is signed in, a link to their account
 * and the sign-out button. The visitors' cached pages read no cookie: there it is the sign-in
 * link (and the small one to join), which is the right state for everyone those pages are
 * served to, so they stay cached.
 */
export async function AccountState({ locale }: { locale: Locale }) {
  const user = await currentVisitor()
  if (!user) {
    return (
      <p className="account-state">
        <Link href={`/${locale}/account/sign-in`}>{translate(locale, 'signIn')}</Link>
        <Link href={`/${locale}/account/join`}>{translate(locale, 'join')}</Link>
      </p>
    )
  }
  return (
    <div className="account-state">
      <Link href={`/${locale}/account`}>
        {translate(locale, 'signedInAs', { name: user.name })}
      </Link>
      <SignOutButton locale={locale} />
    </div>
  )
}
