import {
  accountLocale,
  accountMetadata,
  accountParam,
  signedInVisitor,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { MEMBERSHIP_LABEL } from '@/components/account/membershipLabel'
import { OrganisationForm } from '@/components/account/OrganisationForm'
import { ProfileForm } from '@/components/account/ProfileForm'
import { YourDataSections } from '@/components/account/YourDataSections'
import { listCountries } from '@/data/countries'
import { ownProfile } from '@/data/profile'
import { listOrganisations } from '@/data/organisations'
import { listThemes } from '@/data/themes'
import { translate, type UiKey } from '@/i18n/ui'

/** A sentence for each answer the profile forms put in the address. */
const SAVED: Record<string, UiKey> = {
  profile: 'profileSaved',
  organisation: 'profileOrganisationSent',
  organisationChanged: 'profileSaved',
}
const ERRORS: Record<string, UiKey> = {
  profile: 'profileFailed',
  organisation: 'profileOrganisationMissing',
  password: 'profileCloseWrongPassword',
  lastAdmin: 'profileCloseLastAdmin',
  limited: 'tooManyAttempts',
}
const pick = (table: Record<string, UiKey>, code: string | undefined) =>
  code && Object.hasOwn(table, code) ? table[code] : undefined

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'profileTitle')

/**
 * The member's profile: what they show, their organisation (changed through a manager), their
 * data to download and closing the account. Signed out, the sign-in form, which brings them back.
 */
export default async function ProfilePage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await signedInVisitor(locale, `/${locale}/account/profile`)
  const [profile, organisations, countries, themes] = await Promise.all([
    ownProfile({ user }),
    listOrganisations({ user }),
    listCountries({ user, locale }),
    listThemes({ user, locale }),
  ])
  const saved = pick(SAVED, await accountParam(searchParams, 'saved'))
  const error = pick(ERRORS, await accountParam(searchParams, 'error'))
  return (
    <main className="account">
      <h1>{translate(locale, 'profileTitle')}</h1>
      <FormMessage locale={locale} message={saved} />
      <FormMessage locale={locale} message={error} isError values={{ minutes: 15 }} />
      <dl className="facts">
        <dt>{translate(locale, 'membership')}</dt>
        <dd>
          {translate(locale, MEMBERSHIP_LABEL[profile.membershipStatus] ?? 'membershipPending')}
        </dd>
      </dl>
      <ProfileForm locale={locale} profile={profile} countries={countries} themes={themes} />
      <OrganisationForm locale={locale} profile={profile} organisations={organisations} />
      <YourDataSections locale={locale} />
    </main>
  )
}
