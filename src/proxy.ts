import { NextResponse, type NextRequest } from 'next/server'

import { pageTreeFor, SESSION_COOKIE } from '@/routing/pageTrees'
import {
  createNonce,
  documentPolicy,
  OPENER_POLICY,
  surfaceOf,
  transportHeaders,
} from '@/security/headers'

/**
 * Sends each public page to the tree that answers it (the visitors' cache, or a render for this
 * request: `src/routing/pageTrees.ts`), and gives every document its Content-Security-Policy and,
 * over https, HSTS. All of it is decided here, at run time, because `next.config.ts` headers and
 * rewrites are frozen into the build, and one build serves any `SERVER_URL`.
 *
 * Only the cookie's presence is looked at, never its validity: checking it needs the database.
 * An expired or logged-out token therefore reaches the per-request tree, where Payload refuses it
 * and the page is rendered as a visitor's; it is never served from, or stored in, the cache.
 */
export function proxy(request: NextRequest) {
  const serverURL = process.env.SERVER_URL ?? 'http://localhost:3000'
  const { pathname, searchParams } = request.nextUrl
  const internalPath = pageTreeFor({
    pathname,
    searchParams,
    hasSession: Boolean(request.cookies.get(SESSION_COOKIE)?.value),
  })
  const isDocument = !pathname.startsWith('/api/')
  const isCachedPage = internalPath?.startsWith('/cached/') ?? false
  const requestHeaders = new Headers(request.headers)
  let policy: string | undefined
  if (isDocument) {
    policy = documentPolicy({
      nonce: isCachedPage ? undefined : createNonce(),
      surface: surfaceOf(pathname),
      serverURL,
      isDev: process.env.NODE_ENV === 'development',
    })
    // Next reads the nonce from this request header and puts it on each script it renders.
    requestHeaders.set('Content-Security-Policy', policy)
  }
  let response: NextResponse
  if (internalPath) {
    const target = request.nextUrl.clone()
    target.pathname = internalPath
    response = NextResponse.rewrite(target, { request: { headers: requestHeaders } })
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } })
  }
  if (policy) response.headers.set('Content-Security-Policy', policy)
  if (isDocument && !isCachedPage) response.headers.set(OPENER_POLICY.key, OPENER_POLICY.value)
  for (const { key, value } of transportHeaders(serverURL)) response.headers.set(key, value)
  return response
}

export const config = {
  matcher: [
    {
      // Not the build's static files, nor the fonts in public/: they get next.config's headers.
      // Prefetches do pass: they must reach the same tree as the page they prefetch.
      source: '/((?!_next/static|_next/image|favicon.ico|fonts/).*)',
      missing: [
        // Next copies the body of every request the proxy sees into memory, and cuts it at
        // 10 MB (proxyClientMaxBodySize): uploads, up to 25 MB, must go straight to Payload.
        { type: 'header', key: 'content-type', value: 'multipart/form-data.*' },
      ],
    },
  ],
}
