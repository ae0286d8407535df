import { cookies } from 'next/headers'
import { generateExpiredPayloadCookie, generatePayloadCookie, type Payload } from 'payload'

import { slugs } from '@collections/slugs'

type CookieObject = {
  name: string
  value?: string
  domain?: string
  expires?: string
  httpOnly?: boolean
  path?: string
  sameSite?: 'Lax' | 'None' | 'Strict'
  secure?: boolean
}

/**
 * The site's sign-in sets the same cookie as Payload's own login (the admin panel and the API
 * read it): its name, HTTP-only, SameSite=Lax and Secure over https come from the users
 * collection's auth settings, so the site and the admin can never disagree on them.
 */
async function setCookie(cookie: CookieObject) {
  const jar = await cookies()
  jar.set({
    name: cookie.name,
    value: cookie.value ?? '',
    domain: cookie.domain,
    path: cookie.path ?? '/',
    httpOnly: cookie.httpOnly ?? true,
    secure: cookie.secure,
    sameSite: cookie.sameSite?.toLowerCase() as 'lax' | 'strict' | 'none' | undefined,
    expires: cookie.expires ? new Date(cookie.expires) : undefined,
  })
}

const authConfig = (payload: Payload) => payload.collections[slugs.users].config.auth

export async function startSession(payload: Payload, token: string) {
  await setCookie(
    generatePayloadCookie({
      collectionAuthConfig: authConfig(payload),
      cookiePrefix: payload.config.cookiePrefix,
      token,
      returnCookieAsObject: true,
    }),
  )
}

export async function endSession(payload: Payload) {
  await setCookie(
    generateExpiredPayloadCookie({
      collectionAuthConfig: authConfig(payload),
      cookiePrefix: payload.config.cookiePrefix,
      returnCookieAsObject: true,
    }),
  )
}
