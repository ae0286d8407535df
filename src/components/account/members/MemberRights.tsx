import { setMemberStatus, updateMemberRights } from '@/account/membersAdminActions'
import { ROLES } from '@/access/roles'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Theme, User } from '@/payload-types'

import { ROLE_LABEL, STATUS_LABEL } from './labels'

const ids = (list: User['moderatedThemes']) =>
  new Set((list ?? []).map((theme) => String(typeof theme === 'object' ? theme.id : theme)))

/**
 * One member's row: their status, roles, the themes they moderate and the right to submit, with
 * a suspend or reinstate button. The signed-in manager's own row shows no controls.
 */
export function MemberRights({
  locale,
  member,
  themes,
  isSelf,
}: {
  locale: Locale
  member: User
  themes: Theme[]
  isSelf: boolean
}) {
  const t = (key: UiKey) => translate(locale, key)
  const moderated = ids(member.moderatedThemes)
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={member.id} />
    </>
  )
  const heading = (
    <h3 id={`member-${member.id}`}>
      {member.name} <small>{member.email}</small>
    </h3>
  )
  const status = <p>{t(STATUS_LABEL[member.membershipStatus] ?? 'statusPending')}</p>
  if (isSelf) {
    return (
      <article className="member" aria-labelledby={`member-${member.id}`}>
        {heading}
        {status}
        <p>{t('membersYou')}</p>
      </article>
    )
  }
  const next = member.membershipStatus === 'suspended' ? 'approved' : 'suspended'
  return (
    <article className="member" aria-labelledby={`member-${member.id}`}>
      {heading}
      {status}
      <form action={updateMemberRights} className="account-form">
        {hidden}
        <fieldset className="choices">
          <legend>{t('membersRoles')}</legend>
          {ROLES.map((role) => (
            <label key={role}>
              <input
                type="checkbox"
                name="roles"
                value={role}
                defaultChecked={member.roles?.includes(role)}
              />
              {t(ROLE_LABEL[role])}
            </label>
          ))}
        </fieldset>
        <fieldset className="choices">
          <legend>{t('membersModerates')}</legend>
          {themes.map((theme) => (
            <label key={theme.id}>
              <input
                type="checkbox"
                name="moderatedThemes"
                value={theme.id}
                defaultChecked={moderated.has(String(theme.id))}
              />
              {theme.title}
            </label>
          ))}
        </fieldset>
        <label>
          <input type="checkbox" name="maySubmit" defaultChecked={Boolean(member.maySubmit)} />
          {t('membersMaySubmit')}
        </label>
        <button type="submit">{t('membersSaveRights')}</button>
      </form>
      {member.membershipStatus === 'approved' || member.membershipStatus === 'suspended' ? (
        <form action={setMemberStatus} className="account-form">
          {hidden}
          <input type="hidden" name="status" value={next} />
          <button type="submit">
            {t(next === 'suspended' ? 'membersSuspend' : 'membersReinstate')}
          </button>
        </form>
      ) : null}
    </article>
  )
}
