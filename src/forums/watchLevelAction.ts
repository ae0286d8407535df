'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import type { Person } from '@/access/roles'
import { payloadClient } from '@/data/payload'
import { isLocale } from '@/i18n/languages'

import { canWatch, isWatchLevel, setWatchLevel, type WatchScope } from './watching'

const ID = /^[A-Za-z0-9]{1,40}$/

/** The scope the form names, if it is one it could have sent. */
function scopeOf(value: unknown): WatchScope | undefined {
  if (value === 'cross-theme') return { crossTheme: true }
  const match = typeof value === 'string' ? /^(discussion|theme):(.+)$/.exec(value) : null
  if (!match || !ID.test(match[2])) return undefined
  return match[1] === 'discussion' ? { discussion: match[2] } : { theme: match[2] }
}

/** A local path to return to (never another site). */
const backTo = (value: unknown, fallback: string) =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : fallback

/**
 * The watch-level form (WatchLevel.tsx): sets the signed-in member's own level for the scope,
 * after checking they can read what it names (a discussion or theme as them), then returns to
 * the page it came from. Plain HTML form: no JavaScript needed.
 */
export async function saveWatchLevel(form: FormData) {
  const locale = isLocale(form.get('locale')) ? (form.get('locale') as string) : 'en'
  const back = backTo(form.get('back'), `/${locale}/forums`)
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(back)}`)
  const scope = scopeOf(form.get('scope'))
  const level = form.get('level')
  const person = user as unknown as Person
  if (!scope || !isWatchLevel(level) || !canWatch(person)) redirect(back)
  if ('discussion' in scope || 'theme' in scope) {
    const readable = await payload
      .findByID({
        collection: 'discussion' in scope ? 'discussions' : 'themes',
        id: 'discussion' in scope ? scope.discussion : scope.theme,
        depth: 0,
        select: {},
        user,
        overrideAccess: false,
        disableErrors: true,
      })
      .catch(() => null)
    if (!readable) redirect(back)
  }
  await setWatchLevel({ payload, user: person, scope, level })
  redirect(back)
}
