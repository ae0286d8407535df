import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { pageTreeRewrites } from './src/routing/pageTrees'
import {
  API_POLICY,
  API_POLICY_SOURCE,
  DOCUMENT_SOURCE,
  STATIC_HEADERS,
  unproxiedDocumentHeaders,
} from './src/security/headers'

const isDev = process.env.NODE_ENV === 'development'

const nextConfig: NextConfig = {
  // The portal is reachable only at its own origin; no image optimisation service is called.
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: {
    // Cached pages and reads live in the server's memory only. On disk they would outlive a
    // restart, and the database may have changed meanwhile (a seed or restore while it was down).
    isrFlushToDisk: false,
    // A member's resource proposal posts its file to a server action through the proxy (the
    // account pages are in its matcher): both would cut the body at 1 MB and 10 MB. Room for
    // the largest upload (MAX_UPLOAD_BYTES in collections/Media, 25 MB) and the form's fields.
    serverActions: { bodySizeLimit: '26mb' },
    proxyClientMaxBodySize: '26mb',
  },
  // A second build or dev server (another developer's check, a benchmark) can use its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Fixed at build time, so nothing that depends on SERVER_URL; where src/proxy.ts runs, it
  // replaces the documents' policy with one carrying a nonce, and adds HSTS by SERVER_URL.
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_HEADERS },
      { source: DOCUMENT_SOURCE, headers: unproxiedDocumentHeaders({ https: false, isDev }) },
      {
        source: DOCUMENT_SOURCE,
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: unproxiedDocumentHeaders({ https: true, isDev }),
      },
      {
        source: API_POLICY_SOURCE,
        headers: [{ key: 'Content-Security-Policy', value: API_POLICY }],
      },
    ]
  },
  // Which page tree answers a public address (src/routing/pageTrees.ts).
  async rewrites() {
    return { beforeFiles: pageTreeRewrites(), afterFiles: [], fallback: [] }
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
