import { redirect } from 'next/navigation'

import { maySubmitUser } from '@/access/roles'
import { PROFILE_FIELDS } from '@collections/Organisations/profile'
import {
  accountLocale,
  accountMetadata,
  accountParam,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { OrganisationProfileForm } from '@/components/submissions/OrganisationProfileForm'
import { listCountries } from '@/data/countries'
import { currentVisitor } from '@/data/payload'
import { findProfileProposals, readOwnOrganisation } from '@/data/profileProposals'
import { translate, type UiKey } from '@/i18n/ui'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'submissionProposeOrganisation')

/**
 * Proposing the profile of one's organisation, prefilled with the directory's current entry:
 * for a member with the right to submit whose organisation a manager confirmed as an entry, and
 * who has no proposal for it waiting. Anyone else is told which of these stands in the way.
 */
export default async function ProposeOrganisationPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  const user = await currentVisitor()
  const here = `/${locale}/account/submissions/organisation`
  if (!user) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(here)}`)
  const t = (key: UiKey, values?: Record<string, string>) => translate(locale, key, values)
  const profile = maySubmitUser(user) ? await readOwnOrganisation({ user }) : null
  const waiting = profile
    ? await findProfileProposals({
        user,
        locale,
        where: {
          submittedBy: { equals: user.id },
          organisation: { equals: profile.id },
          submissionStatus: { equals: 'submitted' },
        },
      })
    : []
  const refusal: UiKey | null = !maySubmitUser(user)
    ? 'submissionNotAllowed'
    : !profile
      ? 'submissionOrganisationNoEntry'
      : waiting.length > 0
        ? 'submissionOrganisationWaiting'
        : null
  if (refusal || !profile) {
    return (
      <main className="account">
        <h1>{t('submissionProposeOrganisation')}</h1>
        <p className="notice">{t(refusal ?? 'submissionOrganisationNoEntry')}</p>
      </main>
    )
  }
  const codes = ((await accountParam(searchParams, 'error')) ?? '').split(',').filter(Boolean)
  const invalid = new Set(PROFILE_FIELDS.filter((name) => codes.includes(name)))
  const message: UiKey | null = codes.includes('forbidden')
    ? 'submissionNotAllowed'
    : codes.includes('waiting')
      ? 'submissionOrganisationWaiting'
      : codes.includes('failed')
        ? 'submissionFailed'
        : invalid.size > 0
          ? 'submissionInvalid'
          : null
  const countries = await listCountries({ user: null, locale })
  return (
    <main className="account">
      <h1>{t('submissionProposeOrganisation')}</h1>
      {message ? (
        <p className="notice form-error" role="alert">
          {t(message)}
        </p>
      ) : null}
      <p>{t('submissionOrganisationIntro', { name: profile.name })}</p>
      <OrganisationProfileForm
        locale={locale}
        profile={profile}
        countries={countries}
        invalid={invalid}
      />
    </main>
  )
}
