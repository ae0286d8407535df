import { decideOnSubmission } from '@/account/submissionActions'
import { MemberBadge } from '@/components/people/MemberBadge'
import type { SubmissionItem } from '@/data/submissions'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

import { ProfileChanges } from './ProfileChanges'
import { KIND_LABEL } from './SubmissionList'

/**
 * What waits for a reviewer, oldest first, each with two plain forms: approve, or reject with a
 * reason (required by the browser, and by the server whatever the browser does).
 */
export function ReviewQueue({ locale, items }: { locale: Locale; items: SubmissionItem[] }) {
  const t = (key: UiKey, values?: Record<string, string>) => translate(locale, key, values)
  if (items.length === 0) return <p>{t('reviewQueueNone')}</p>
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso))
  return (
    <ol className="review-queue">
      {items.map((item) => {
        const hidden = (
          <>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="collection" value={item.collection} />
            <input type="hidden" name="id" value={item.id} />
          </>
        )
        return (
          <li key={`${item.collection}-${item.id}`}>
            <h2>
              {item.title} ({t(KIND_LABEL[item.collection])})
            </h2>
            <p>
              {t('reviewQueueProposedBy', {
                name: item.submitter ?? '—',
                date: date(item.createdAt),
              })}
              {item.submitterBadge ? (
                <MemberBadge locale={locale} person={item.submitterBadge} />
              ) : null}
            </p>
            {item.summary ? <p>{item.summary}</p> : null}
            {item.changes ? <ProfileChanges locale={locale} changes={item.changes} /> : null}
            <form action={decideOnSubmission}>
              {hidden}
              <input type="hidden" name="decision" value="approve" />
              <button type="submit">{t('reviewQueueApprove')}</button>
            </form>
            <form action={decideOnSubmission}>
              {hidden}
              <input type="hidden" name="decision" value="reject" />
              <label>
                {t('reviewQueueReason')}
                <textarea name="reason" rows={3} maxLength={1000} required />
              </label>
              <button type="submit">{t('reviewQueueReject')}</button>
            </form>
          </li>
        )
      })}
    </ol>
  )
}
