import { NextRequest } from 'next/server'
import {
  getRewrittenUrl,
  unstable_doesMiddlewareMatch as doesProxyMatch,
  unstable_getResponseFromNextConfig as responseFromNextConfig,
} from 'next/experimental/testing/server'
import { afterEach, describe, expect, it, vi } from 'vitest'

import nextConfig from '../../next.config'
import { config as proxyConfig, proxy } from '@/proxy'
import { LANGUAGE_PATHS, PER_REQUEST_CONDITIONS } from '@/routing/pageTrees'
import { documentPolicy, STATIC_HEADERS } from '@/security/headers'

/**
 * The headers' rules without a server: what next.config freezes into the build, what the proxy
 * adds per request (and for which requests it runs), and the auth cookie's Secure flag.
 * The e2e suites check the same headers on a running portal.
 */
afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1]

describe('the document policy', () => {
  it("should allow public pages only their own files and this request's scripts", () => {
    expect(
      documentPolicy({ nonce: 'N', surface: 'site', serverURL: 'http://x', isDev: false }),
    ).toBe(
      "default-src 'self'; script-src 'self' 'nonce-N' 'strict-dynamic'; style-src 'self'; " +
        "img-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'",
    )
  })

  it("should give the admin panel inline styles and blob:/data: pictures, and https sites 'upgrade-insecure-requests'", () => {
    expect(
      documentPolicy({ nonce: 'N', surface: 'admin', serverURL: 'https://x', isDev: false }),
    ).toBe(
      "default-src 'self'; script-src 'self' 'nonce-N' 'strict-dynamic'; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; " +
        "frame-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; " +
        'upgrade-insecure-requests',
    )
  })

  it("should allow eval and inline styles in development only (React's error stacks, Next's overlay)", () => {
    const dev = documentPolicy({ nonce: 'N', surface: 'site', serverURL: 'http://x', isDev: true })
    expect(dev).toContain("script-src 'self' 'nonce-N' 'strict-dynamic' 'unsafe-eval';")
    expect(dev).toContain("style-src 'self' 'unsafe-inline';")
  })
})

describe('the proxy', () => {
  const signedIn = (path: string) => {
    const request = new NextRequest(`http://localhost:3000${path}`)
    request.cookies.set('payload-token', 'a-session')
    return proxy(request)
  }

  it('should give each page rendered per request a new nonce, in the response and in the request header Next reads', () => {
    const first = signedIn('/en/library/some-work')
    const second = signedIn('/en/library/some-work')
    const policy = first.headers.get('content-security-policy')
    expect(nonceOf(policy)).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonceOf(policy))
    // NextResponse.next({ request: { headers } }) hands the request headers to Next.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy)
    const filtered = proxy(new NextRequest('http://localhost:3000/en/library?kind=tool'))
    expect(nonceOf(filtered.headers.get('content-security-policy'))).toMatch(/==$/)
  })

  it('should cut the opener tie of the pages it sees (signed-in pages, filtered lists, the admin), and leave JSON alone', () => {
    const opener = (response: Response) => response.headers.get('cross-origin-opener-policy')
    expect(opener(signedIn('/en/library/some-work'))).toBe('same-origin')
    expect(opener(proxy(new NextRequest('http://localhost:3000/en/library?kind=tool')))).toBe(
      'same-origin',
    )
    expect(opener(proxy(new NextRequest('http://localhost:3000/admin/login')))).toBe('same-origin')
    expect(opener(signedIn('/api/themes'))).toBeNull()
  })

  it('should choose the admin policy under /admin only', () => {
    const admin = proxy(new NextRequest('http://localhost:3000/admin/collections/resources'))
    expect(admin.headers.get('content-security-policy')).toContain(
      "style-src 'self' 'unsafe-inline'",
    )
    expect(signedIn('/en/administration').headers.get('content-security-policy')).toContain(
      "style-src 'self';",
    )
  })

  it('should leave the API its static policy, and send HSTS only when SERVER_URL is https', () => {
    vi.stubEnv('SERVER_URL', 'http://localhost:3000')
    const plain = proxy(new NextRequest('http://localhost:3000/api/themes'))
    expect(plain.headers.get('content-security-policy')).toBeNull()
    expect(plain.headers.get('strict-transport-security')).toBeNull()

    vi.stubEnv('SERVER_URL', 'https://cop.example.org')
    for (const secure of [
      signedIn('/en'),
      proxy(new NextRequest('http://localhost:3000/admin')),
      proxy(new NextRequest('http://localhost:3000/api/themes')),
    ])
      expect(secure.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      )
  })

  it("should run for signed-in people's pages, pages with a filter, the admin and API reads, and not for visitors' pages, static files or uploads (Next buffers a proxied body and cuts it at 10 MB)", () => {
    const runs = (
      url: string,
      options: { headers?: Record<string, string>; cookie?: string } = {},
    ) =>
      doesProxyMatch({
        config: proxyConfig,
        url,
        headers: options.headers,
        cookies: options.cookie === undefined ? {} : { 'payload-token': options.cookie },
      })
    expect(runs('/en', { cookie: 'a-session' })).toBe(true)
    expect(runs('/th/library/some-work', { cookie: 'a-session' })).toBe(true)
    expect(runs('/en/library?kind=tool')).toBe(true)
    expect(runs('/en/search?q=domestic')).toBe(true)
    expect(runs('/en/events?view=month&month=2026-12')).toBe(true)
    expect(runs('/admin')).toBe(true)
    expect(runs('/admin/collections/resources')).toBe(true)
    // The account pages are rendered per request for everyone, visitors included.
    expect(runs('/en/account/sign-in')).toBe(true)
    expect(runs('/th/account/reset-password/abc123')).toBe(true)
    expect(runs('/en/members')).toBe(true)
    expect(runs('/en/forums')).toBe(true)
    expect(runs('/en/forums/some-discussion-abc123')).toBe(true)
    expect(runs('/api/themes')).toBe(true)
    expect(runs('/api/resources/1', { headers: { 'content-type': 'application/json' } })).toBe(true)
    // Visitors' pages and their prefetches: no session, no filter.
    expect(runs('/en')).toBe(false)
    expect(runs('/km/library/some-work')).toBe(false)
    expect(runs('/en/library', { headers: { 'next-router-prefetch': '1' } })).toBe(false)
    expect(runs('/en/news?_rsc=abc')).toBe(false)
    expect(runs('/en/news?page=')).toBe(false)
    expect(runs('/en/news', { cookie: '' })).toBe(false)
    expect(runs('/_next/static/chunks/main.js')).toBe(false)
    expect(runs('/fonts/language-names-thai.woff2')).toBe(false)
    expect(runs('/icons/icon-192.png')).toBe(false)
    expect(
      runs('/api/media', { headers: { 'content-type': 'multipart/form-data; boundary=----x' } }),
    ).toBe(false)
  })

  it('should name, in its literal matcher, the languages, the session cookie and every page parameter of the page trees', () => {
    const languageEntries = proxyConfig.matcher.filter(
      (entry): entry is Exclude<typeof entry, string> =>
        typeof entry !== 'string' && entry.source !== '/api/:path*',
    )
    expect(languageEntries.map((entry) => entry.source)).toEqual(
      PER_REQUEST_CONDITIONS.map(() => LANGUAGE_PATHS),
    )
    expect(languageEntries.map((entry) => entry.has)).toEqual(
      PER_REQUEST_CONDITIONS.map((condition) => [condition]),
    )
  })
})

describe('next.config rewrites: the page tree that answers an address', () => {
  const target = async (url: string, cookie?: string) => {
    const response = await responseFromNextConfig({
      url: `http://localhost:3000${url}`,
      nextConfig,
      cookies: cookie === undefined ? {} : { 'payload-token': cookie },
    })
    const rewritten = getRewrittenUrl(response)
    return rewritten ? new URL(rewritten).pathname + new URL(rewritten).search : null
  }

  it("should send visitors to the cached tree and sessions and filters to the per-request tree, keeping the query, and refuse the trees' own addresses", async () => {
    expect(await target('/en')).toBe('/cached/en')
    expect(await target('/km/library/some-work')).toBe('/cached/km/library/some-work')
    // A prefetch's _rsc is Next's cache key, and utm_source no filter.
    expect(await target('/en/news?_rsc=abc')).toBe('/cached/en/news?_rsc=abc')
    expect(await target('/en/news?utm_source=mail')).toBe('/cached/en/news?utm_source=mail')
    expect(await target('/en/news?page=2')).toBe('/per-request/en/news?page=2')
    expect(
      await target('/en/search?q=%E0%B9%81%E0%B8%A3%E0%B8%87%E0%B8%87%E0%B8%B2%E0%B8%99'),
    ).toBe('/per-request/en/search?q=%E0%B9%81%E0%B8%A3%E0%B8%87%E0%B8%87%E0%B8%B2%E0%B8%99')
    expect(await target('/en/news', 'a-session')).toBe('/per-request/en/news')
    expect(await target('/th', 'a-session')).toBe('/per-request/th')
    // An emptied cookie (after logout), or an empty filter, is none.
    expect(await target('/en/news', '')).toBe('/cached/en/news')
    expect(await target('/en/news?page=')).toBe('/cached/en/news?page=')
    // Feeds and files are route handlers, which only the cached tree holds.
    expect(await target('/en/feeds/news.xml', 'a-session')).toBe('/cached/en/feeds/news.xml')
    expect(await target('/en/events/calendar.ics?theme=x')).toBe(
      '/cached/en/events/calendar.ics?theme=x',
    )
    expect(await target('/en/events/some-event/event.ics')).toBe(
      '/cached/en/events/some-event/event.ics',
    )
    // The account pages exist only in the per-request tree, for visitors too.
    expect(await target('/en/account/sign-in')).toBe('/per-request/en/account/sign-in')
    expect(await target('/km/account')).toBe('/per-request/km/account')
    // So do the forums: a visitor's forum page is the invitation, never a cached thread.
    expect(await target('/en/forums')).toBe('/per-request/en/forums')
    expect(await target('/th/forums/some-discussion-abc123')).toBe(
      '/per-request/th/forums/some-discussion-abc123',
    )
    expect(await target('/en/account/sign-in?error=failed')).toBe(
      '/per-request/en/account/sign-in?error=failed',
    )
    // So is the member directory: a visitor is told it is for members.
    expect(await target('/en/members')).toBe('/per-request/en/members')
    expect(await target('/th/members?country=3')).toBe('/per-request/th/members?country=3')
    // A page whose name only starts like the account's is an ordinary page.
    expect(await target('/en/accounts')).toBe('/cached/en/accounts')
    // The trees' own addresses land where `cached` and `per-request` are no language: 404.
    expect(await target('/cached/en')).toBe('/cached/cached/en')
    expect(await target('/per-request/en', 'a-session')).toBe('/cached/per-request/en')
    for (const path of ['/', '/admin', '/api/themes', '/sitemap.xml', '/robots.txt', '/xx/page'])
      expect(await target(path), path).toBeNull()
  })

  it('should never copy the session token into the rewritten address', async () => {
    const rewritten = await target('/en/library?kind=tool', 'secret-token-value')
    expect(rewritten).toBe('/per-request/en/library?kind=tool')
  })
})

describe('next.config headers', () => {
  const headersOf = async (url: string, headers: Record<string, string> = {}) =>
    (await responseFromNextConfig({ url: `http://localhost${url}`, nextConfig, headers })).headers

  it('should put the static headers on every response, files and /_next/ included', async () => {
    for (const url of ['/en', '/_next/static/chunks/main.js', '/fonts/x.woff2', '/api/themes']) {
      const headers = await headersOf(url)
      for (const { key, value } of STATIC_HEADERS) expect(headers.get(key), url).toBe(value)
    }
    expect(STATIC_HEADERS.map(({ key }) => key)).toEqual([
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
    ])
  })

  it("should give visitors' cached pages one policy without a nonce, no opener policy, and HSTS only behind https", async () => {
    const policies = await Promise.all(
      ['/en', '/th/library', '/en/library/some-work', '/xx/page'].map(async (path) =>
        (await headersOf(path)).get('content-security-policy'),
      ),
    )
    expect(new Set(policies).size).toBe(1)
    expect(policies[0]).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; " +
        "img-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'",
    )
    const plain = await headersOf('/en')
    expect(plain.get('cross-origin-opener-policy')).toBeNull()
    expect(plain.get('strict-transport-security')).toBeNull()
    const secure = await headersOf('/en', { 'x-forwarded-proto': 'https' })
    expect(secure.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    expect(secure.get('content-security-policy')).toBe(`${policies[0]}; upgrade-insecure-requests`)
  })

  it('should give API answers a policy that loads nothing, but not uploaded files, which browsers show in their PDF viewer', async () => {
    const csp = async (url: string) => (await headersOf(url)).get('content-security-policy')
    expect(await csp('/api/themes')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(await csp('/api/resources/12')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(await csp('/api/media/file/guide.pdf')).toBeNull()
  })
})

describe('auth cookies', () => {
  const cookiesWith = async (serverURL: string) => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('SERVER_URL', serverURL)
    const { Users } = await import('@collections/Users')
    return typeof Users.auth === 'object' ? Users.auth.cookies : undefined
  }

  it('should be Secure in production when SERVER_URL is https, and not over plain http', async () => {
    expect(await cookiesWith('https://cop.example.org')).toMatchObject({ secure: true })
    vi.resetModules()
    expect(await cookiesWith('http://localhost:3000')).toMatchObject({ secure: false })
  })
})
