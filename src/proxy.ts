import { NextResponse, type NextRequest } from 'next/server'

import { createNonce, documentPolicy, surfaceOf, transportHeaders } from '@/security/headers'

/**
 * Gives every document its Content-Security-Policy with a fresh nonce, and every response it
 * sees HSTS when the portal is served over https. Both are decided here, at run time, because
 * `next.config.ts` headers are frozen into the build, and one build serves any `SERVER_URL`.
 */
export function proxy(request: NextRequest) {
  const serverURL = process.env.SERVER_URL ?? 'http://localhost:3000'
  const { pathname } = request.nextUrl
  const isDocument = !pathname.startsWith('/api/')
  const requestHeaders = new Headers(request.headers)
  let policy: string | undefined
  if (isDocument) {
    policy = documentPolicy({
      nonce: createNonce(),
      surface: surfaceOf(pathname),
      serverURL,
      isDev: process.env.NODE_ENV === 'development',
    })
    // Next reads the nonce from this request header and puts it on each script it renders.
    requestHeaders.set('Content-Security-Policy', policy)
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  if (policy) response.headers.set('Content-Security-Policy', policy)
  for (const { key, value } of transportHeaders(serverURL)) response.headers.set(key, value)
  return response
}

export const config = {
  matcher: [
    {
      // Not the build's static files, nor the fonts in public/: they get next.config's headers.
      source: '/((?!_next/static|_next/image|favicon.ico|fonts/).*)',
      missing: [
        // Prefetches render nothing a browser runs as a document.
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
        // Next copies the body of every request the proxy sees into memory, and cuts it at
        // 10 MB (proxyClientMaxBodySize): uploads, up to 25 MB, must go straight to Payload.
        { type: 'header', key: 'content-type', value: 'multipart/form-data.*' },
      ],
    },
  ],
}
