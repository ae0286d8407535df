import { NextResponse, type NextRequest } from 'next/server'

import {
  createNonce,
  documentPolicy,
  OPENER_POLICY,
  surfaceOf,
  transportHeaders,
} from '@/security/headers'

/**
 * Gives every page rendered per request (signed-in people's pages, filtered lists, the admin
 * panel) its Content-Security-Policy with a new nonce, which Next puts on each script it
 * renders, and the opener policy; over https (by SERVER_URL) it adds HSTS to those and to the
 * API's answers. Decided here, at run time, because `next.config.ts` headers are frozen into
 * the build, and one build serves any SERVER_URL.
 *
 * It runs only where it is needed (the matcher below): visitors' cached pages never reach it,
 * and get their headers from `next.config.ts`. Which page tree answers an address is decided by
 * the rewrites in `src/routing/pageTrees.ts`, after this has run. An expired or logged-out token
 * reaches the per-request tree, where Payload refuses it and the page is rendered as a visitor's;
 * it is never served from, or stored in, the cache.
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
  if (policy) {
    response.headers.set('Content-Security-Policy', policy)
    response.headers.set(OPENER_POLICY.key, OPENER_POLICY.value)
  }
  for (const { key, value } of transportHeaders(serverURL)) response.headers.set(key, value)
  return response
}

// Next reads the matcher from this file's text at build time, so it is written out in full:
// no names from other modules: `tests/unit/security-headers.spec.ts` checks that it names exactly
// the languages, the session cookie and the page parameters of src/routing/pageTrees.ts.
export const config = {
  matcher: [
    '/admin',
    '/admin/:path*',
    // The account pages, the member directory and the forums are rendered per request for
    // everyone (ACCOUNT_PATHS).
    '/:locale(en|th|km|lo|my|vi|id)/account/:path*',
    '/:locale(en|th|km|lo|my|vi|id)/members/:path*',
    '/:locale(en|th|km|lo|my|vi|id)/forums/:path*',
    {
      source: '/api/:path*',
      missing: [
        // Next copies the body of every request the proxy sees into memory, and cuts it at
        // 10 MB (proxyClientMaxBodySize): uploads, up to 25 MB, must go straight to Payload.
        { type: 'header', key: 'content-type', value: 'multipart/form-data.*' },
      ],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'cookie', key: 'payload-token', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'q', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'page', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'perPage', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'sort', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'theme', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'country', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'kind', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'language', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'year', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'type', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'view', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'when', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'month', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'indicator', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'modality', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'service', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'status', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'post', value: '.+' }],
    },
    {
      source: '/:locale(en|th|km|lo|my|vi|id)/:path*',
      has: [{ type: 'query', key: 'quote', value: '.+' }],
    },
  ],
}
