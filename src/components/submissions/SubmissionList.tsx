import type { SubmissionItem } from '@/data/submissions'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Reviewable, SubmissionStatus } from '@/submissions/status'

import { ProfileChanges } from './ProfileChanges'

export const KIND_LABEL: Record<Reviewable, UiKey> = {
  events: 'submissionKindEvents',
  news: 'submissionKindNews',
  resources: 'submissionKindResources',
  'organisation-proposals': 'submissionKindOrganisation',
}
const STATUS_LABEL: Record<SubmissionStatus, UiKey> = {
  submitted: 'submissionStatusSubmitted',
  approved: 'submissionStatusApproved',
  rejected: 'submissionStatusRejected',
}

/** A member's own submissions: what each is, where it stands and, if rejected, why. */
export function SubmissionList({ locale, items }: { locale: Locale; items: SubmissionItem[] }) {
  const t = (key: UiKey, values?: Record<string, string>) => translate(locale, key, values)
  if (items.length === 0) return <p>{t('submissionsNone')}</p>
  return (
    <ul className="submissions">
      {items.map((item) => (
        <li key={`${item.collection}-${item.id}`}>
          <strong>{item.title}</strong> ({t(KIND_LABEL[item.collection])}):{' '}
          <span className={`submission-${item.status}`}>{t(STATUS_LABEL[item.status])}</span>
          {item.changes ? <ProfileChanges locale={locale} changes={item.changes} /> : null}
          {item.status === 'rejected' && item.reason ? (
            <p>{t('submissionReason', { reason: item.reason })}</p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
