import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { isManagerUser, type Person } from '@/access/roles'
import { currentVisitor } from '@/data/payload'

import { isLocale, type Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

export type AccountPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The language of an account page, or its 404. */
export async function accountLocale(params: AccountPageProps['params']): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/** One value of the page's address, as the account forms put it there. */
export async function accountParam(
  searchParams: AccountPageProps['searchParams'],
  name: string,
): Promise<string | undefined> {
  const value = (await searchParams)[name]
  return typeof value === 'string' ? value : undefined
}

/**
 * Account pages are personal and carry one-time tokens in their addresses: never indexed, and
 * the address is never sent on to another site (`same-origin`: `no-referrer` would also make
 * the browser send `Origin: null` with the forms, which Next refuses as a cross-site action).
 */
export async function accountMetadata(
  params: AccountPageProps['params'],
  title: UiKey,
): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: translate(locale, title),
    robots: { index: false, follow: false },
    referrer: 'same-origin',
  }
}

/** The signed-in person on a page only they may see; signed out, the sign-in form, which brings them back to `path`. */
export async function signedInVisitor(locale: Locale, path: string) {
  const user = await currentVisitor()
  if (!user) redirect(`/${locale}/account/sign-in?next=${path}`)
  return user
}

/** A managers' page: the signed-in manager or admin; anyone else gets a 404, as if it did not exist. */
export async function signedInManager(locale: Locale, path: string) {
  const user = await signedInVisitor(locale, path)
  if (!isManagerUser(user as unknown as Person)) notFound()
  return user
}
