import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'
import { CONSTITUENCY_LABEL, CONSTITUENCY_OF, isMemberGroup } from '@/people/memberGroups'
import type { User } from '@/payload-types'

export type BadgeHolder = Pick<User, 'memberGroup' | 'organisation' | 'affiliationConfirmed'>

/**
 * The confirmed affiliation beside a member's name: their constituency (a short word, and a
 * colour per constituency in the stylesheet) and organisation. Only once a manager confirmed them
 * (`affiliationConfirmed`), and only what the reader may read: a group or organisation the member
 * chose not to show arrives empty (field rules) and is left out.
 */
export function MemberBadge({ locale, person }: { locale: Locale; person: BadgeHolder }) {
  if (!person.affiliationConfirmed) return null
  const group = isMemberGroup(person.memberGroup) ? person.memberGroup : undefined
  const organisation = person.organisation || undefined
  if (!group && !organisation) return null
  const constituency = group ? CONSTITUENCY_OF[group] : 'other'
  return (
    <span
      className={`member-badge member-badge-${constituency}`}
      title={translate(locale, 'badgeConfirmed')}
    >
      {group ? (
        <strong className="member-badge-group">
          {translate(locale, CONSTITUENCY_LABEL[constituency])}
        </strong>
      ) : null}
      {organisation ? <span className="member-badge-organisation">{organisation}</span> : null}
    </span>
  )
}
