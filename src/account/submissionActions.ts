'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { createLocalReq, type PayloadRequest } from 'payload'

import { payloadClient } from '@/data/payload'
import { isLocale, type Locale } from '@/i18n/languages'
import { FORM_PAGE, type FormCollection } from '@/submissions/form'
import { proposeProfileFromForm } from '@/submissions/profileForm'
import { decideFromForm, proposeFromForm } from '@/submissions/site'
import { isReviewable } from '@/submissions/status'

/**
 * The proposal forms and the review page's buttons. Each posts here as a plain HTML form and is
 * answered with a redirect: on to the list, or back with what went wrong (`?error=…`). The work
 * is done as the signed-in person (`src/submissions/site.ts`), under exactly the API's rules.
 */

const field = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}
const localeOf = (form: FormData): Locale => {
  const locale = field(form, 'locale')
  return isLocale(locale) ? locale : 'en'
}

/** The signed-in person's request, or the sign-in page. */
async function signedInReq(locale: Locale, back: string): Promise<PayloadRequest> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(back)}`)
  return createLocalReq({ user }, payload)
}

async function propose(collection: FormCollection, form: FormData) {
  const locale = localeOf(form)
  const formPage = `/${locale}/account/submissions/${FORM_PAGE[collection]}`
  const req = await signedInReq(locale, formPage)
  const outcome = await proposeFromForm({ req, collection, form })
  if (!outcome.ok) redirect(`${formPage}?error=${outcome.codes.join(',')}`)
  redirect(`/${locale}/account/submissions?sent=1`)
}

export async function proposeEvent(form: FormData) {
  await propose('events', form)
}

export async function proposeNews(form: FormData) {
  await propose('news', form)
}

export async function proposeResource(form: FormData) {
  await propose('resources', form)
}

/** The organisation profile form: the proposer's confirmed organisation, whatever they send. */
export async function proposeOrganisationProfile(form: FormData) {
  const locale = localeOf(form)
  const formPage = `/${locale}/account/submissions/organisation`
  const req = await signedInReq(locale, formPage)
  const outcome = await proposeProfileFromForm({ req, form })
  if (!outcome.ok) redirect(`${formPage}?error=${outcome.codes.join(',')}`)
  redirect(`/${locale}/account/submissions?sent=1`)
}

export async function decideOnSubmission(form: FormData) {
  const locale = localeOf(form)
  const reviewPage = `/${locale}/account/review`
  const req = await signedInReq(locale, reviewPage)
  const collection = field(form, 'collection')
  const id = Number(field(form, 'id'))
  const decision = field(form, 'decision') === 'approve' ? 'approve' : 'reject'
  if (!isReviewable(collection) || !Number.isSafeInteger(id)) {
    redirect(`${reviewPage}?error=forbidden`)
  }
  const outcome = await decideFromForm({
    req,
    collection,
    id,
    decision,
    reason: field(form, 'reason'),
  })
  if (!outcome.ok) redirect(`${reviewPage}?error=${outcome.codes.join(',')}`)
  redirect(`${reviewPage}?decided=1`)
}
