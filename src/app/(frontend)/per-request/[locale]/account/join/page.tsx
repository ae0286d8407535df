import { redirect } from 'next/navigation'

import { MIN_PASSWORD_LENGTH } from '@/account/passwords'
import {
  accountLocale,
  accountMetadata,
  accountParam,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { FormMessage } from '@/components/account/FormMessage'
import { JoinForm, type JoinPrefill } from '@/components/account/JoinForm'
import { listCountries } from '@/data/countries'
import { invitationForJoin } from '@/data/invitations'
import { listOrganisations, type DirectoryEntry } from '@/data/organisations'
import { currentVisitor } from '@/data/payload'
import { listThemes } from '@/data/themes'
import { translate, type UiKey } from '@/i18n/ui'
import { JOIN_FIELDS, MAX_STATEMENT_LENGTH, type JoinField } from '@/people/application'

/** A sentence for each refusal the join action puts in the address (`?error=…`). */
const ERRORS: Record<JoinField | 'short' | 'differ' | 'limited' | 'failed', UiKey> = {
  name: 'joinErrorName',
  email: 'joinErrorEmail',
  password: 'joinErrorPassword',
  organisation: 'joinErrorOrganisation',
  memberGroup: 'joinErrorMemberGroup',
  country: 'joinErrorCountry',
  themesOfInterest: 'joinErrorThemes',
  statement: 'joinErrorStatement',
  preferredLanguage: 'joinErrorLanguage',
  short: 'joinErrorPassword',
  differ: 'passwordsDiffer',
  limited: 'tooManyAttempts',
  failed: 'joinFailed',
}
const isErrorCode = (code: string): code is keyof typeof ERRORS => Object.hasOwn(ERRORS, code)

/** The invitation's organisation as the directory entry of that name or acronym, else as typed. */
function prefillOf(
  invited: NonNullable<Awaited<ReturnType<typeof invitationForJoin>>>,
  token: string,
  directory: DirectoryEntry[],
): JoinPrefill {
  const { organisation, ...rest } = invited
  const wanted = (organisation ?? '').trim().toLowerCase()
  const entry = wanted
    ? directory.find(
        ({ name, acronym }) =>
          name.trim().toLowerCase() === wanted || acronym?.trim().toLowerCase() === wanted,
      )
    : undefined
  return {
    ...rest,
    organisationId: entry ? entry.id : null,
    organisationName: entry ? '' : (organisation ?? ''),
    invitation: token,
  }
}

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'joinTitle')

/**
 * Applying for membership. Sent, the page says only to check the mail: the same page whether
 * or not the address already had an account (the registration answers alike too).
 */
export default async function JoinPage({ params, searchParams }: AccountPageProps) {
  const locale = await accountLocale(params)
  if (await currentVisitor()) redirect(`/${locale}/account`)
  const t = (key: UiKey, values?: Record<string, number>) => translate(locale, key, values)
  if (await accountParam(searchParams, 'sent')) {
    return (
      <main className="account">
        <h1>{t('joinTitle')}</h1>
        <FormMessage locale={locale} message="applicationSent" />
      </main>
    )
  }
  const codes = ((await accountParam(searchParams, 'error')) ?? '').split(',').filter(isErrorCode)
  const values = {
    min: MIN_PASSWORD_LENGTH,
    max: MAX_STATEMENT_LENGTH,
    minutes: Number(await accountParam(searchParams, 'retry')) || 60,
  }
  const token = await accountParam(searchParams, 'invitation')
  const [organisations, countries, themes, invited] = await Promise.all([
    listOrganisations({ user: null }),
    listCountries({ user: null, locale }),
    listThemes({ user: null, locale }),
    invitationForJoin(token),
  ])
  const prefill = invited && token ? prefillOf(invited, token, organisations) : null
  const isPasswordRefused = codes.includes('short') || codes.includes('differ')
  const invalid = new Set(
    JOIN_FIELDS.filter(
      (field) => codes.includes(field) || (field === 'password' && isPasswordRefused),
    ),
  )
  return (
    <main className="account">
      <h1>{t('joinTitle')}</h1>
      {codes.length > 0 ? (
        <div className="notice form-error" role="alert">
          {[...new Set(codes.map((code) => ERRORS[code]))].map((key) => (
            <p key={key}>{t(key, values)}</p>
          ))}
        </div>
      ) : null}
      {token ? (
        <FormMessage
          locale={locale}
          message={prefill ? 'joinInvited' : 'joinInvitationInvalid'}
          isError={!prefill}
        />
      ) : null}
      <p>{t('joinText')}</p>
      <p>{t('joinReviewed')}</p>
      <JoinForm
        locale={locale}
        choices={{ organisations, countries, themes }}
        invalid={invalid}
        prefill={prefill}
      />
    </main>
  )
}
