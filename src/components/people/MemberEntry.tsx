import type { MemberCard } from '@/data/directory'
import type { Locale } from '@/i18n/languages'

import { MemberBadge } from './MemberBadge'
import { relationId } from '@/fields/relationId'

/**
 * One member in the directory: their name and badge, then the country and themes they chose to
 * show (absent otherwise: the field rules never sent them). An organisation nobody confirmed yet
 * is shown as plain text, without the badge.
 */
export function MemberEntry({
  locale,
  member,
  countryNames,
  themeTitles,
}: {
  locale: Locale
  member: MemberCard
  countryNames: Map<unknown, string>
  themeTitles: Map<unknown, string>
}) {
  const country = member.country ? countryNames.get(relationId(member.country)) : undefined
  const themes = (member.themesOfInterest ?? [])
    .map((theme) => themeTitles.get(relationId(theme)))
    .filter(Boolean)
  return (
    <li>
      <strong>{member.name}</strong>
      <MemberBadge locale={locale} person={member} />
      {!member.affiliationConfirmed && member.organisation ? (
        <span className="muted">, {member.organisation}</span>
      ) : null}
      {country || themes.length ? (
        <p className="muted">{[country, themes.join(', ')].filter(Boolean).join(' · ')}</p>
      ) : null}
    </li>
  )
}
