import { approveApplicant, rejectApplicant } from '@/account/membersAdminActions'
import type { DirectoryEntry } from '@/data/organisations'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { User } from '@/payload-types'
import { MEMBER_GROUP_LABEL, MEMBER_GROUPS } from '@/people/memberGroups'

import { shortDate } from './labels'
import { relationId } from '@/fields/relationId'

const nameOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? String((value as { name?: string }).name ?? '') : ''
/**
 * One application: who, what they said, the organisation and group they gave; approving confirms
 * or corrects both, rejecting needs the reason the applicant is mailed.
 */
export function ApplicantCard({
  locale,
  applicant,
  directory,
}: {
  locale: Locale
  applicant: User
  directory: DirectoryEntry[]
}) {
  const t = (key: UiKey, values?: Record<string, string>) => translate(locale, key, values)
  const entryId = relationId(applicant.organisationEntry)
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={applicant.id} />
    </>
  )
  return (
    <article className="applicant" aria-labelledby={`applicant-${applicant.id}`}>
      <h3 id={`applicant-${applicant.id}`}>{applicant.name}</h3>
      <dl className="facts">
        <dt>{t('emailAddress')}</dt>
        <dd>{applicant.email}</dd>
        <dt>{t('organisation')}</dt>
        <dd>
          {applicant.organisation || '—'}
          {applicant.organisation && !entryId ? ` (${t('membersProposed')})` : ''}
        </dd>
        <dt>{t('memberGroup')}</dt>
        <dd>{applicant.memberGroup ? t(MEMBER_GROUP_LABEL[applicant.memberGroup]) : '—'}</dd>
        <dt>{t('filterCountry')}</dt>
        <dd>{nameOf(applicant.country) || '—'}</dd>
        <dt>{t('membersStatement')}</dt>
        <dd>{applicant.statement || '—'}</dd>
      </dl>
      <p>{t('membersAppliedOn', { date: shortDate(locale, applicant.createdAt) })}</p>
      <form action={approveApplicant} className="account-form">
        {hidden}
        <label>
          {t('membersConfirmOrganisation')}
          <select name="organisation" defaultValue={entryId ? String(entryId) : ''}>
            <option value="">—</option>
            {directory.map(({ id, name, acronym }) => (
              <option key={id} value={id}>
                {acronym && acronym !== name ? `${name} (${acronym})` : name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('membersOrganisationName')}
          <input
            name="organisationName"
            maxLength={200}
            defaultValue={entryId ? '' : (applicant.organisation ?? '')}
          />
        </label>
        <label>
          {t('memberGroup')}
          <select name="memberGroup" defaultValue={applicant.memberGroup ?? ''}>
            {MEMBER_GROUPS.map((group) => (
              <option key={group} value={group}>
                {t(MEMBER_GROUP_LABEL[group])}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('membersApprove')}</button>
      </form>
      <form action={rejectApplicant} className="account-form">
        {hidden}
        <label>
          {t('membersRejectReason')}
          <textarea name="reason" rows={3} maxLength={1000} required />
        </label>
        <button type="submit">{t('membersReject')}</button>
      </form>
    </article>
  )
}
