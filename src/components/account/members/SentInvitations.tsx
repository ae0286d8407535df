import { revokeInvitation } from '@/account/membersAdminActions'
import { EDITION_LANGUAGES, type Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Invitation } from '@/payload-types'

import { INVITATION_LABEL, shortDate } from './labels'

/** The invitations sent, newest first, each waiting one with its revoke button. */
export function SentInvitations({
  locale,
  invitations,
}: {
  locale: Locale
  invitations: Invitation[]
}) {
  const t = (key: UiKey) => translate(locale, key)
  if (invitations.length === 0) return <p>{t('invitationsNone')}</p>
  return (
    <table className="invitations">
      <thead>
        <tr>
          <th scope="col">{t('membersName')}</th>
          <th scope="col">{t('emailAddress')}</th>
          <th scope="col">{t('language')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('invitationsExpires')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('invitationsRevoke')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => (
          <tr key={invitation.id}>
            <td>{invitation.name}</td>
            <td>{invitation.email}</td>
            <td lang={invitation.language}>{EDITION_LANGUAGES[invitation.language].native}</td>
            <td>{t(INVITATION_LABEL[invitation.status])}</td>
            <td>{invitation.expiresAt ? shortDate(locale, invitation.expiresAt) : '—'}</td>
            <td>
              {invitation.status === 'sent' ? (
                <form action={revokeInvitation}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={invitation.id} />
                  <button type="submit">{t('invitationsRevoke')}</button>
                </form>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
