import { redirect } from 'next/navigation'

import {
  accountLocale,
  accountParam,
  type AccountPageProps,
} from '@/components/account/accountPage'
import { listCountries } from '@/data/countries'
import { currentVisitor } from '@/data/payload'
import { listThemes } from '@/data/themes'
import { maySubmitUser } from '@/access/roles'
import { translate, type UiKey } from '@/i18n/ui'
import { FORM_FIELDS, FORM_PAGE, type FormCollection, type FormField } from '@/submissions/form'

import { EventProposalForm, NewsProposalForm, ResourceProposalForm } from './ProposalForms'

const TITLE: Record<FormCollection, UiKey> = {
  events: 'submissionProposeEvent',
  news: 'submissionProposeNews',
  resources: 'submissionProposeResource',
}
const FORMS = {
  events: EventProposalForm,
  news: NewsProposalForm,
  resources: ResourceProposalForm,
} as const

/**
 * The page of one proposal form, for the signed-in person with the right to submit; others are
 * told who gives that right. A refused proposal comes back with the fields to look at marked.
 */
export async function ProposalPage({
  params,
  searchParams,
  collection,
}: AccountPageProps & { collection: FormCollection }) {
  const locale = await accountLocale(params)
  const user = await currentVisitor()
  const here = `/${locale}/account/submissions/${FORM_PAGE[collection]}`
  if (!user) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(here)}`)
  const t = (key: UiKey) => translate(locale, key)
  if (!maySubmitUser(user)) {
    return (
      <main className="account">
        <h1>{t(TITLE[collection])}</h1>
        <p className="notice">{t('submissionNotAllowed')}</p>
      </main>
    )
  }
  const codes = ((await accountParam(searchParams, 'error')) ?? '').split(',').filter(Boolean)
  const fields = FORM_FIELDS[collection] as readonly FormField[]
  const invalid = new Set(fields.filter((name) => codes.includes(name)))
  const message: UiKey | null = codes.includes('forbidden')
    ? 'submissionNotAllowed'
    : codes.includes('failed')
      ? 'submissionFailed'
      : codes.includes('file')
        ? 'submissionFileRefused'
        : invalid.size > 0
          ? 'submissionInvalid'
          : null
  const [countries, themes] = await Promise.all([
    listCountries({ user: null, locale }),
    listThemes({ user: null, locale }),
  ])
  const Form = FORMS[collection]
  return (
    <main className="account">
      <h1>{t(TITLE[collection])}</h1>
      {message ? (
        <p className="notice form-error" role="alert">
          {t(message)}
        </p>
      ) : null}
      <p>{t('submissionsIntro')}</p>
      <Form locale={locale} choices={{ countries, themes }} invalid={invalid} />
    </main>
  )
}
