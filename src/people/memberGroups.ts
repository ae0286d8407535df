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
