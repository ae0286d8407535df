import { currentVisitor } from '@/data/payload'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/**
 * The header's account state: who is signed in. Only pages rendered per request have a session
 * to show (the visitors' cached pages read no cookie, so there it renders nothing and the cached
 * copy stays the same for everyone). The membership issue puts sign-in, sign-out and the account
 * page here; on a cached page it will need a small client island, which reads `/api/users/me`
 * after the page has loaded, so the page itself stays cached.
 */
export async function AccountState({ locale }: { locale: Locale }) {
  const user = await currentVisitor()
  if (!user) return null
  return <p className="account-state">{translate(locale, 'signedInAs', { name: user.name })}</p>
}
