import { NextRequest } from 'next/server'
import {
  unstable_doesMiddlewareMatch as doesProxyMatch,
  unstable_getResponseFromNextConfig as responseFromNextConfig,
} from 'next/experimental/testing/server'
import { afterEach, describe, expect, it, vi } from 'vitest'

import nextConfig from '../../next.config'
import { config as proxyConfig, proxy } from '@/proxy'
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
  it('should give each page rendered per request a new nonce, in the response and in the request header Next reads', () => {
    const signedIn = () => {
      const request = new NextRequest('http://localhost:3000/en/library/some-work')
      request.cookies.set('payload-token', 'a-session')
      return proxy(request)
    }
    const first = signedIn()
    const second = signedIn()
    const policy = first.headers.get('content-security-policy')
    expect(nonceOf(policy)).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonceOf(policy))
    // NextResponse.rewrite(url, { request: { headers } }) hands the request headers to Next.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy)
    const filtered = proxy(new NextRequest('http://localhost:3000/en/library?kind=tool'))
    expect(nonceOf(filtered.headers.get('content-security-policy'))).toMatch(/==$/)
  })

  it("should give visitors' cached pages one policy without a nonce, which any cached copy can carry", () => {
    const policies = ['/en', '/th/library', '/en/library/some-work'].map((path) =>
      proxy(new NextRequest(`http://localhost:3000${path}`)).headers.get('content-security-policy'),
    )
    expect(new Set(policies).size).toBe(1)
    expect(policies[0]).toContain("script-src 'self' 'unsafe-inline';")
    expect(nonceOf(policies[0]!)).toBeUndefined()
  })

  it("should send each public address to the page tree that answers it, and refuse the trees' own addresses", () => {
    const target = (url: string, cookie?: string) => {
      const request = new NextRequest(`http://localhost:3000${url}`)
      if (cookie !== undefined) request.cookies.set('payload-token', cookie)
      const rewrite = proxy(request).headers.get('x-middleware-rewrite')
      return rewrite ? new URL(rewrite).pathname : null
    }
    expect(target('/en')).toBe('/cached/en')
    expect(target('/km/library/some-work')).toBe('/cached/km/library/some-work')
    // A prefetch's _rsc is Next's cache key, not a filter.
    expect(target('/en/news?_rsc=abc')).toBe('/cached/en/news')
    expect(target('/en/news?page=2')).toBe('/per-request/en/news')
    expect(target('/en/news', 'a-session')).toBe('/per-request/en/news')
    // An emptied cookie (after logout) is no session.
    expect(target('/en/news', '')).toBe('/cached/en/news')
    // Feeds and files are route handlers, which only the cached tree holds.
    expect(target('/en/feeds/news.xml', 'a-session')).toBe('/cached/en/feeds/news.xml')
    expect(target('/en/events/calendar.ics?theme=x')).toBe('/cached/en/events/calendar.ics')
    // The trees' own addresses land where `cached` and `per-request` are no language: 404.
    expect(target('/cached/en')).toBe('/cached/cached/en')
    expect(target('/per-request/en')).toBe('/cached/per-request/en')
    for (const path of ['/', '/admin', '/api/themes', '/sitemap.xml', '/robots.txt', '/xx/page'])
      expect(target(path), path).toBeNull()
  })

  it("should cut the opener tie of signed-in pages, filtered lists and the admin, and not of visitors' cached pages", () => {
    const opener = (url: string, cookie?: string) => {
      const request = new NextRequest(`http://localhost:3000${url}`)
      if (cookie) request.cookies.set('payload-token', cookie)
      return proxy(request).headers.get('cross-origin-opener-policy')
    }
    expect(opener('/en/library/some-work', 'a-session')).toBe('same-origin')
    expect(opener('/en/library?kind=tool')).toBe('same-origin')
    expect(opener('/admin')).toBe('same-origin')
    expect(opener('/admin/login')).toBe('same-origin')
    expect(opener('/en')).toBeNull()
    expect(opener('/th/library/some-work')).toBeNull()
    // JSON is no document: no window holds it.
    expect(opener('/api/themes', 'a-session')).toBeNull()
  })

  it('should choose the admin policy under /admin only', () => {
    const admin = proxy(new NextRequest('http://localhost:3000/admin/collections/resources'))
    expect(admin.headers.get('content-security-policy')).toContain(
      "style-src 'self' 'unsafe-inline'",
    )
    const page = proxy(new NextRequest('http://localhost:3000/en/administration'))
    expect(page.headers.get('content-security-policy')).toContain("style-src 'self';")
  })

  it('should leave the API its static policy, and send HSTS only when SERVER_URL is https', () => {
    vi.stubEnv('SERVER_URL', 'http://localhost:3000')
    const plain = proxy(new NextRequest('http://localhost:3000/api/themes'))
    expect(plain.headers.get('content-security-policy')).toBeNull()
    expect(plain.headers.get('strict-transport-security')).toBeNull()

    vi.stubEnv('SERVER_URL', 'https://cop.example.org')
    for (const path of ['/en', '/admin', '/api/themes']) {
      const secure = proxy(new NextRequest(`http://localhost:3000${path}`))
      expect(secure.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      )
    }
  })

  it('should run for pages and their prefetches, the admin and API reads, and not for static files or uploads (Next buffers a proxied body and cuts it at 10 MB)', () => {
    const runs = (url: string, headers: Record<string, string> = {}) =>
      doesProxyMatch({ config: proxyConfig, url, headers })
    expect(runs('/en')).toBe(true)
    expect(runs('/en/library/some-work')).toBe(true)
    expect(runs('/admin')).toBe(true)
    expect(runs('/api/themes')).toBe(true)
    expect(runs('/api/resources/1', { 'content-type': 'application/json' })).toBe(true)
    expect(runs('/_next/static/chunks/main.js')).toBe(false)
    expect(runs('/fonts/language-names-thai.woff2')).toBe(false)
    expect(runs('/en/library', { 'next-router-prefetch': '1' })).toBe(true)
    expect(runs('/api/media', { 'content-type': 'multipart/form-data; boundary=----x' })).toBe(
      false,
    )
  })
})

describe('next.config headers', () => {
  it('should put the static headers on every response, files and /_next/ included', async () => {
    for (const url of ['/en', '/_next/static/chunks/main.js', '/fonts/x.woff2', '/api/themes']) {
      const response = await responseFromNextConfig({ url: `http://localhost${url}`, nextConfig })
      for (const { key, value } of STATIC_HEADERS)
        expect(response.headers.get(key), url).toBe(value)
    }
    const names = STATIC_HEADERS.map(({ key }) => key)
    expect(names).toEqual([
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
    ])
  })

  it('should give API answers a policy that loads nothing, but not uploaded files, which browsers show in their PDF viewer', async () => {
    const csp = async (url: string) =>
      (await responseFromNextConfig({ url: `http://localhost${url}`, nextConfig })).headers.get(
        'content-security-policy',
      )
    expect(await csp('/api/themes')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(await csp('/api/resources/12')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(await csp('/api/media/file/guide.pdf')).toBeNull()
    expect(await csp('/en')).toBeNull() // documents get theirs from the proxy
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
