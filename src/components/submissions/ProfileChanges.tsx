import type { ProfileField } from '@collections/Organisations/profile'
import type { ProfileChange } from '@/data/profileProposals'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

export const PROFILE_LABEL: Record<ProfileField, UiKey> = {
  name: 'submissionFieldOrgName',
  acronym: 'submissionFieldAcronym',
  country: 'filterCountry',
  website: 'submissionFieldWebsite',
}

/** What a proposed organisation profile would change: each field, from its value now to the new. */
export function ProfileChanges({ locale, changes }: { locale: Locale; changes: ProfileChange[] }) {
  if (changes.length === 0) return null
  return (
    <dl className="profile-changes">
      {changes.map(({ field, from, to }) => (
        <div key={field}>
          <dt>{translate(locale, PROFILE_LABEL[field])}</dt>
          <dd>
            <del>{from || '—'}</del> → <ins>{to || '—'}</ins>
          </dd>
        </div>
      ))}
    </dl>
  )
}
