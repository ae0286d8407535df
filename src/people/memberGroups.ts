import { isOneOf, selectOptions } from '@/fields/options'
import type { UiKey } from '@/i18n/ui'

/** The member groups named in the product brief (002), in its order. */
export const MEMBER_GROUPS = [
  'ilo-technical',
  'ilo-country-office',
  'government',
  'trade-union',
  'employers',
  'civil-society',
  'un-working-group',
  'other',
] as const
export type MemberGroup = (typeof MEMBER_GROUPS)[number]
export const isMemberGroup = isOneOf(MEMBER_GROUPS)

export const MEMBER_GROUP_OPTIONS = selectOptions(MEMBER_GROUPS, {
  'ilo-technical': 'ILO technical staff',
  'ilo-country-office': 'ILO country office',
  government: 'Government',
  'trade-union': 'Trade union',
  employers: 'Employers / business',
  'civil-society': 'Civil society, academia or media',
  'un-working-group': 'UN thematic working group',
  other: 'Other',
})

/** Interface-string keys for each group, for the site's forms (the admin panel reads the above). */
export const MEMBER_GROUP_LABEL: Record<MemberGroup, UiKey> = {
  'ilo-technical': 'groupIloTechnical',
  'ilo-country-office': 'groupIloCountryOffice',
  government: 'groupGovernment',
  'trade-union': 'groupTradeUnion',
  employers: 'groupEmployers',
  'civil-society': 'groupCivilSociety',
  'un-working-group': 'groupUnWorkingGroup',
  other: 'groupOther',
}

/**
 * The constituency a group belongs to, for the badge beside a member's name: the ILO's three
 * (governments, workers, employers), the UN family, civil society. Distinct at a glance, by word
 * and colour; `other` gets the plain member badge.
 */
export const CONSTITUENCIES = [
  'government',
  'workers',
  'employers',
  'un',
  'civil-society',
  'other',
] as const
export type Constituency = (typeof CONSTITUENCIES)[number]

export const CONSTITUENCY_OF: Record<MemberGroup, Constituency> = {
  'ilo-technical': 'un',
  'ilo-country-office': 'un',
  government: 'government',
  'trade-union': 'workers',
  employers: 'employers',
  'civil-society': 'civil-society',
  'un-working-group': 'un',
  other: 'other',
}

export const CONSTITUENCY_LABEL: Record<Constituency, UiKey> = {
  government: 'badgeGovernment',
  workers: 'badgeWorkers',
  employers: 'badgeEmployers',
  un: 'badgeUn',
  'civil-society': 'badgeCivilSociety',
  other: 'badgeOther',
}
