import { signOut } from '@/account/actions'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/** Signing out changes state, so it is a form's POST, never a link another site could embed. */
export function SignOutButton({ locale }: { locale: Locale }) {
  return (
    <form action={signOut} className="sign-out">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit">{translate(locale, 'signOut')}</button>
    </form>
  )
}
