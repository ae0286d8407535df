import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'
import type { User } from '@/payload-types'

/** The name a closed account keeps (src/account/closure.ts); shown translated. */
export const FORMER_MEMBER = 'Former member'

type Credited = Partial<Pick<User, 'name' | 'organisation' | 'membershipStatus'>> | null | undefined

/**
 * Whom a contribution is credited to: the person while their account is open; once closed, the
 * organisation it was confirmed for, or "former member" in the reader's language. An author the
 * reader may not read (null) is a former member too.
 */
export function creditFor({ user, locale }: { user: Credited; locale: Locale }): string {
  if (!user) return translate(locale, 'profileFormerMember')
  // Other members cannot read the status: the name a closed account keeps says it too.
  const isClosed = user.membershipStatus === 'closed' || user.name === FORMER_MEMBER
  if (isClosed || !user.name) {
    return user.organisation || translate(locale, 'profileFormerMember')
  }
  return user.name
}
