import { isApprovedMemberUser } from '@/access/roles'
import {
  accountLocale,
  accountMetadata,
  accountParam,
  signedInVisitor,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { Pagination } from '@/components/layout/Pagination'
import { MemberEntry } from '@/components/people/MemberEntry'
import { listCountries } from '@/data/countries'
import { listDirectory } from '@/data/directory'
import { listThemes } from '@/data/themes'
import { translate, type UiKey } from '@/i18n/ui'
import { isMemberGroup, MEMBER_GROUP_LABEL, MEMBER_GROUPS } from '@/people/memberGroups'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'directoryTitle')

const positive = (value: string | undefined) => {
  const number = Number(value)
  return Number.isSafeInteger(number) && number > 0 ? number : undefined
}

/**
 * The member directory, for approved members: who chose to be listed, with what each chose to
 * show, filtered by group, country or theme. A visitor is sent to sign in; someone whose
 * membership is not approved is told when they may use it.
 */
export default async function MembersPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await signedInVisitor(locale, `/${locale}/members`)
  const t = (key: UiKey) => translate(locale, key)
  if (!isApprovedMemberUser(user)) {
    return (
      <main className="account">
        <h1>{t('directoryTitle')}</h1>
        <p className="notice">{t('directoryWaiting')}</p>
      </main>
    )
  }
  const group = await accountParam(searchParams, 'group')
  const query = {
    group: isMemberGroup(group) ? group : undefined,
    country: positive(await accountParam(searchParams, 'country')),
    theme: positive(await accountParam(searchParams, 'theme')),
  }
  const page = positive(await accountParam(searchParams, 'page')) ?? 1
  const [listing, countries, themes] = await Promise.all([
    listDirectory({
      user,
      filters: { memberGroup: query.group, country: query.country, theme: query.theme },
      page,
    }),
    listCountries({ user, locale }),
    listThemes({ user, locale }),
  ])
  const countryNames = new Map<unknown, string>(countries.map((c) => [c.id, c.name ?? '']))
  const themeTitles = new Map<unknown, string>(themes.map((theme) => [theme.id, theme.title ?? '']))
  return (
    <main>
      <h1>{t('directoryTitle')}</h1>
      <p>{t('directoryIntro')}</p>
      <form method="get" className="filters">
        <label>
          {t('memberGroup')}
          <select name="group" defaultValue={query.group ?? ''}>
            <option value="">{t('any')}</option>
            {MEMBER_GROUPS.map((value) => (
              <option key={value} value={value}>
                {t(MEMBER_GROUP_LABEL[value])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterCountry')}
          <select name="country" defaultValue={String(query.country ?? '')}>
            <option value="">{t('any')}</option>
            {countries.map((country) => (
              <option key={country.id} value={country.id}>
                {country.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterTheme')}
          <select name="theme" defaultValue={String(query.theme ?? '')}>
            <option value="">{t('any')}</option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('apply')}</button>
      </form>
      {listing?.members.length ? (
        <ul className="member-list">
          {listing.members.map((member) => (
            <MemberEntry
              key={member.id}
              locale={locale}
              member={member}
              countryNames={countryNames}
              themeTitles={themeTitles}
            />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('directoryNone')}</p>
      )}
      <Pagination
        locale={locale}
        path={`/${locale}/members`}
        params={{
          group: query.group,
          country: query.country ? String(query.country) : undefined,
          theme: query.theme ? String(query.theme) : undefined,
        }}
        page={listing?.page ?? 1}
        totalPages={listing?.totalPages ?? 1}
      />
    </main>
  )
}
