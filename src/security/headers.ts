/**
 * Every security header the portal sends, built in one place: the static ones (`next.config.ts`
 * puts them on every response, files and `/_next/*` included), the API's policy, and what
 * `src/proxy.ts` adds per request: the documents' Content-Security-Policy and, on https, HSTS.
 *
 * Why a nonce, and what it costs. A page's policy allows only scripts carrying this request's
 * nonce (`'strict-dynamic'` then trusts the chunks they load). Next reads the nonce from the
 * `Content-Security-Policy` request header the proxy sets and puts it on every script it
 * renders, in the public pages and in Payload's admin panel alike. A nonce is new on every
 * request, so a page that carries one cannot come from the full-route cache or ISR: nonces force
 * dynamic rendering. So the visitors' cached pages (`src/routing/pageTrees.ts`) get a policy
 * without a nonce: `script-src 'self' 'unsafe-inline'`, because Next writes its flight data as
 * inline scripts that differ on every page, so no hash can name them in advance (Next 16's
 * `experimental.sri` adds `integrity` to the script files only, checked in
 * next/dist/server/app-render). What it gives up is small there: those pages hold no member's
 * data and no form posts with a session, and every value in them went through React's escaping.
 * Pages rendered per request (members, filtered lists) and `/admin` keep the nonce.
 */

export type Header = { key: string; value: string }

/**
 * Powerful browser features the portal never uses, refused to every page and frame. Only names
 * Chromium knows: it logs every unknown one (`bluetooth`, `interest-cohort`) on every page.
 */
const REFUSED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const

/** Sent on every response, whatever the address; the same in every environment. */
export const STATIC_HEADERS: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: REFUSED_FEATURES.map((name) => `${name}=()`).join(', ') },
  // For browsers that predate CSP's frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
]

/**
 * Cuts the tie between a page and any window of another site that opened it or that it opened,
 * so that window cannot navigate it or measure it. It guards signed-in pages and the admin
 * panel (`src/proxy.ts` sends it on every document except the visitors' cached pages).
 *
 * Not on the visitors' cached pages, which hold nothing a cross-site window could learn: the
 * header makes Chromium put the page in a browsing context group, and a renderer process, of its
 * own. On Android, where Chrome isolates only some sites, that is a new process for every visit
 * from another site; in Lighthouse's mobile audit it cost the home page 200–250 ms of blocking
 * time (median TBT 220 → 450 ms over eight runs each, the same build with and without it).
 */
export const OPENER_POLICY: Header = { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' }

/**
 * JSON answers are never documents: nothing may load from them or frame them. Uploaded files
 * (`/api/media/file/…`) are left out: browsers show a PDF or picture in a viewer page that takes
 * the file's policy, and `default-src 'none'` has broken those viewers (crbug.com/271452;
 * Chromium 150 copes). `nosniff`, the accepted upload types and X-Frame-Options guard them.
 */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'"
export const API_POLICY_SOURCE = '/api/:path((?!media/file/).*)'

export const isHttps = (serverURL: string) => serverURL.startsWith('https://')

export const HSTS: Header = {
  key: 'Strict-Transport-Security',
  value: 'max-age=31536000; includeSubDomains',
}

/** HSTS only where the portal is served over https; browsers ignore it over http anyway. */
export function transportHeaders(serverURL: string): Header[] {
  return isHttps(serverURL) ? [HSTS] : []
}

/** Every address but the API's: documents, and the files they load (where a policy is inert). */
export const DOCUMENT_SOURCE = '/:path((?!api(?:/|$)).*)'

/**
 * What a document the proxy never sees is sent, chiefly the visitors' cached pages: their
 * policy without a nonce, and over https (as the TLS terminator in front says, in
 * `X-Forwarded-Proto`) HSTS and `upgrade-insecure-requests`. `next.config.ts` freezes these
 * into the build, so they cannot read SERVER_URL at run time as the proxy does; a client that
 * forges the header over plain http gets an HSTS header its browser ignores there.
 * Where the proxy runs (`src/proxy.ts`), its headers replace these.
 */
export function unproxiedDocumentHeaders({ https, isDev }: { https: boolean; isDev: boolean }) {
  const policy = documentPolicy({
    surface: 'site',
    serverURL: https ? 'https://' : 'http://',
    isDev,
  })
  return [{ key: 'Content-Security-Policy', value: policy }, ...(https ? [HSTS] : [])]
}

/** 128 random bits, base64: unguessable, and new for every request. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
}

/** The portal's own pages, or Payload's admin panel (a Next app too, at `/admin`). */
export type Surface = 'site' | 'admin'
export const surfaceOf = (pathname: string): Surface =>
  pathname === '/admin' || pathname.startsWith('/admin/') ? 'admin' : 'site'

type DocumentPolicyOptions = {
  /** Absent for a page that comes from the full-route cache, where every visitor gets one copy. */
  nonce?: string
  surface: Surface
  serverURL: string
  isDev: boolean
}

/**
 * The policy of a page. The public pages carry no inline style, so their styles come from the
 * portal's own files only. Payload's admin writes a `<style>` element and many React `style`
 * attributes, which no nonce can cover (and a nonce in `style-src` would switch
 * `'unsafe-inline'` off), and shows upload previews from `blob:` and `data:` addresses.
 */
export function documentPolicy({ nonce, surface, serverURL, isDev }: DocumentPolicyOptions) {
  const isAdmin = surface === 'admin'
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // React rebuilds server error stacks with eval in development only.
    'script-src': [
      "'self'",
      ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'unsafe-inline'"]),
      ...(isDev ? ["'unsafe-eval'"] : []),
    ],
    // Next's development overlay styles itself inline.
    'style-src': ["'self'", ...(isAdmin || isDev ? ["'unsafe-inline'"] : [])],
    'img-src': ["'self'", ...(isAdmin ? ['data:', 'blob:'] : [])],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(isHttps(serverURL) ? { 'upgrade-insecure-requests': [] } : {}),
  }
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}
