import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPortal, type RunningPortal } from '../helpers/portalProcess'

/**
 * The README's first command, end to end: from nothing to a seeded production portal serving
 * the public site, the admin panel and the REST API, and stopping cleanly on Ctrl+C.
 */
let portal: RunningPortal

const get = (path: string, init?: RequestInit) =>
  fetch(`${portal.url}${path}`, { redirect: 'manual', ...init })
const json = async (path: string) => (await get(path)).json()

beforeAll(async () => {
  portal = await startPortal()
})
afterAll(async () => {
  if (portal && portal.process.exitCode === null) await portal.stop()
})

describe('npm run portal', () => {
  it('should print each step, the admin account once, and where to go', () => {
    const output = portal.output()
    for (let step = 1; step <= 7; step++) expect(output).toContain(`[${step}/7]`)
    expect(output).toMatch(/email:\s+admin@example\.org/)
    expect(output).toMatch(/password:\s+\S{12,}/)
    expect(output).toContain(`${portal.url}/en`)
    expect(output).toContain(`${portal.url}/admin`)
    expect(output).toContain('Ctrl+C')
  })

  it('should serve the English home page with the five themes from the database', async () => {
    const themes = await json('/api/themes?locale=en')
    expect(themes.totalDocs).toBe(5)
    const response = await get('/en')
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="en"')
    for (const theme of themes.docs) expect(html).toContain(theme.title.replace(/&/g, '&amp;'))
  })

  it("should advertise the home page's news and resources feeds, and serve every one", async () => {
    const html = await (await get('/th')).text()
    const feeds = [
      ...html.matchAll(
        /<link rel="alternate" type="(application\/(?:rss|atom)\+xml)"[^>]*href="([^"]+)"/g,
      ),
    ]
    expect(feeds.map(([, type, href]) => `${type} ${href}`)).toEqual([
      `application/rss+xml ${portal.url}/th/feeds/news.xml`,
      `application/rss+xml ${portal.url}/th/feeds/resources.xml`,
      `application/atom+xml ${portal.url}/th/feeds/news.atom`,
      `application/atom+xml ${portal.url}/th/feeds/resources.atom`,
    ])
    for (const [, type, href] of feeds) {
      const feed = await fetch(href)
      expect(feed.status, href).toBe(200)
      expect(feed.headers.get('content-type'), href).toBe(`${type}; charset=utf-8`)
    }
  })

  it('should have a favicon, home-screen icons and a web app manifest', async () => {
    const html = await (await get('/en')).text()
    const links = html.match(/<link rel="(?:icon|apple-touch-icon|manifest)"[^>]*>/g) ?? []
    const hrefs = links.map((link) => /href="([^"?]+)/.exec(link)?.[1])
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/favicon.ico',
        '/icon.svg',
        '/apple-icon.png',
        '/manifest.webmanifest',
      ]),
    )
    const favicon = await get('/favicon.ico')
    expect(favicon.status).toBe(200)
    expect(favicon.headers.get('content-type')).toBe('image/x-icon')
    // An icon directory (0, 1) holding three images.
    expect([...new Uint8Array(await favicon.arrayBuffer()).slice(0, 6)]).toEqual([0, 0, 1, 0, 3, 0])
    const manifest = await get('/manifest.webmanifest')
    expect(manifest.status).toBe(200)
    const app = await manifest.json()
    expect(app.name).toBe('Labour Migration Community of Practice')
    expect(app.start_url).toBe('/')
    for (const icon of app.icons) {
      const image = await get(icon.src)
      expect(image.status, icon.src).toBe(200)
      expect(image.headers.get('content-type'), icon.src).toBe('image/png')
    }
  })

  it('should serve the same themes in Thai at /th', async () => {
    const themes = await json('/api/themes?locale=th')
    const html = await (await get('/th')).text()
    expect(html).toContain('<html lang="th"')
    expect(themes.docs[0].title).toMatch(/[\u0E00-\u0E7F]/)
    expect(html).toContain(themes.docs[0].title)
  })

  it("should send the bare address to the browser's language, English by default, and an unknown language to a 404", async () => {
    const landing = async (acceptLanguage?: string) => {
      const root = await get(
        '/',
        acceptLanguage ? { headers: { 'Accept-Language': acceptLanguage } } : undefined,
      )
      expect(root.status).toBe(307)
      expect(root.headers.get('vary')).toMatch(/Accept-Language/i)
      return root.headers.get('location')
    }
    expect(await landing()).toBe('/en')
    expect(await landing('th-TH,th;q=0.9,en;q=0.8')).toBe('/th')
    expect(await landing('my-MM')).toBe('/my')
    expect(await landing('fr-FR,fr;q=0.9')).toBe('/en')
    expect((await get('/xx')).status).toBe(404)
  })

  it('should send a signed-out visitor of /admin to the sign-in page', async () => {
    const admin = await get('/admin')
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('/admin/login')
    const login = await get('/admin/login')
    expect(login.status).toBe(200)
    expect(await login.text()).toMatch(/<title>Login\s+· Labour Migration CoP<\/title>/)
  })

  it('should report the seeded projects, resource centres and countries through REST', async () => {
    // Exactly what the seed loads (the census in tests/int/seed.int.spec.ts), all public.
    expect((await json('/api/projects?limit=0')).totalDocs).toBe(22 + 1 + 1 + 5)
    expect((await json('/api/resource-centres?limit=0')).totalDocs).toBe(17 + 3)
    expect((await json('/api/countries?limit=0')).totalDocs).toBe(30)
  })

  it("should let the admin sign in with the printed password, and keep members-only works' contents from visitors", async () => {
    const password = /password:\s+(\S+)/.exec(portal.output())?.[1]
    const login = await get('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password }),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    const asAdmin = await (
      await get('/api/resources?limit=0&where[visibility][equals]=members', {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()
    expect(asAdmin.totalDocs).toBeGreaterThan(0)
    const links = (docs: { editions: { externalUrl?: string; file?: unknown }[] }[]) =>
      docs.flatMap((doc) =>
        doc.editions.flatMap((edition) => [edition.externalUrl, edition.file].filter(Boolean)),
      )
    expect(links(asAdmin.docs).length).toBeGreaterThan(0)
    // Visitors see that the works exist (title, summary, editions), never how to get them.
    const asVisitor = await json('/api/resources?limit=0&where[visibility][equals]=members')
    expect(asVisitor.totalDocs).toBe(asAdmin.totalDocs)
    expect(links(asVisitor.docs)).toEqual([])
  })

  it('should index the seed content for search, in any language, without members-only works', async () => {
    await expect
      .poll(async () => (await json('/api/search?q=resource+centre')).total, {
        timeout: 90_000,
        interval: 1_000,
      })
      .toBeGreaterThan(0)
    // The seed queues a few hundred jobs; the runner takes 100 every two seconds.
    const thaiQuery = `/api/search?q=${encodeURIComponent('กัมพูชา')}&locale=th`
    await expect
      .poll(async () => (await json(thaiQuery)).total, { timeout: 90_000, interval: 1_000 })
      .toBeGreaterThan(0)
    const thai = await json(thaiQuery)
    expect(thai.hits[0].url).toMatch(/^\/th\//)
    // A full page (the seed has well over 50 public works), so that every hit being public is
    // not the empty list's vacuous truth; the poll waits for the runner to index that many.
    await expect
      .poll(async () => (await json('/api/search?q=&perPage=50&page=1')).hits.length, {
        timeout: 90_000,
        interval: 1_000,
      })
      .toBe(50)
    const all = await json('/api/search?q=&perPage=50&page=1')
    expect(all.hits).toHaveLength(50)
    expect(all.hits.every((hit: { visibility: string }) => hit.visibility === 'public')).toBe(true)
  })

  it('should send the security headers on pages, the API and the admin panel, with a new nonce on each page rendered for its request', async () => {
    const { docs } = await json('/api/resources?limit=1&sort=slug')
    // HEAD, as `curl -I` asks (Payload's REST API answers HEAD with a 404, headers and all).
    const head = async (path: string) => (await get(path, { method: 'HEAD' })).headers
    const nonceIn = (headers: Headers) =>
      /'nonce-([A-Za-z0-9+/]{22}==)'/.exec(headers.get('content-security-policy') ?? '')?.[1]
    // Visitors' cached pages carry one policy for all; nonces are only for pages rendered per
    // request (filtered lists here, members' pages) and the admin panel.
    const pagePolicy = (nonce: string | undefined, isAdmin: boolean) =>
      [
        "default-src 'self'",
        nonce
          ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`
          : "script-src 'self' 'unsafe-inline'",
        isAdmin ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
        isAdmin ? "img-src 'self' data: blob:" : "img-src 'self'",
        "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; ')
    const cachedPages = ['/en', `/en/library/${docs[0].slug}`]
    const nonces: (string | undefined)[] = []
    for (const path of [...cachedPages, '/en/library?kind=publication', '/api/themes', '/admin']) {
      const headers = await head(path)
      // Like `curl -I`: the API answers HEAD as it answers GET, without the body.
      if (path === '/api/themes') expect((await get(path, { method: 'HEAD' })).status).toBe(200)
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
      expect(headers.get('permissions-policy'), path).toBe(
        'accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), ' +
          'geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), ' +
          'payment=(), serial=(), usb=(), xr-spatial-tracking=()',
      )
      expect(headers.get('x-frame-options'), path).toBe('DENY')
      // Not on visitors' cached pages: see OPENER_POLICY in src/security/headers.ts.
      expect(headers.get('cross-origin-opener-policy'), path).toBe(
        cachedPages.includes(path) || path.startsWith('/api/') ? null : 'same-origin',
      )
      // This portal runs on http; tests/unit/security-headers.spec.ts covers https.
      expect(headers.get('strict-transport-security'), path).toBeNull()
      if (path.startsWith('/api/')) {
        expect(headers.get('content-security-policy')).toBe(
          "default-src 'none'; frame-ancestors 'none'",
        )
      } else if (cachedPages.includes(path)) {
        expect(headers.get('content-security-policy'), path).toBe(pagePolicy(undefined, false))
      } else {
        const nonce = nonceIn(headers)
        expect(headers.get('content-security-policy'), path).toBe(
          pagePolicy(nonce, path === '/admin'),
        )
        nonces.push(nonce, nonceIn(await head(path)))
      }
    }
    expect(nonces.length).toBe(4)
    expect(nonces.every(Boolean)).toBe(true)
    expect(new Set(nonces).size).toBe(nonces.length)

    // Next puts the request's nonce on every script it renders.
    const page = await get('/en/library?kind=publication')
    const scripts = (await page.text()).match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(script).toContain(`nonce="${nonceIn(page.headers)}"`)
  })

  it("should let only the portal's own origin read the API across origins", async () => {
    const allowedOrigin = async (origin: string) =>
      (await get('/api/themes', { headers: { Origin: origin } })).headers.get(
        'access-control-allow-origin',
      )
    expect(await allowedOrigin('https://evil.example')).toBeNull()
    expect(await allowedOrigin(portal.url)).toBe(portal.url)
  })

  it('should stop everything it started on Ctrl+C', async () => {
    const code = await portal.stop('SIGINT')
    expect(code).toBe(0)
    expect(portal.output()).toContain('Stopped.')
    await expect(fetch(`${portal.url}/en`)).rejects.toThrow()
  })
})

describe('a bad DATABASE_URI', () => {
  it('should stop the portal before anything slow, with one line naming the variable', () => {
    const result = spawnSync('node', ['scripts/portal.mjs'], {
      env: { ...process.env, DATABASE_URI: 'postgres://localhost/cop', PORT: '3999' },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(result.status).toBe(1)
    const message = result.stderr.trim().split('\n').filter(Boolean)
    expect(message).toHaveLength(1)
    expect(message[0]).toMatch(/DATABASE_URI=.*file:<path>.*mongodb:\/\/.*mongodb\+srv:\/\//)
    expect(result.stdout).not.toContain('[3/7]')
  })
})
