import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { API_POLICY, API_POLICY_SOURCE, STATIC_HEADERS } from './src/security/headers'

const nextConfig: NextConfig = {
  // The portal is reachable only at its own origin; no image optimisation service is called.
  images: { unoptimized: true },
  poweredByHeader: false,
  experimental: {
    // Cached pages and reads live in the server's memory only. On disk they would outlive a
    // restart, and the database may have changed meanwhile (a seed or restore while it was down).
    isrFlushToDisk: false,
  },
  // A second build or dev server (another developer's check, a benchmark) can use its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Fixed at build time, so only what never depends on the environment; the documents' policy
  // and HSTS are added at run time by src/proxy.ts.
  async headers() {
    return [
      { source: '/:path*', headers: STATIC_HEADERS },
      {
        source: API_POLICY_SOURCE,
        headers: [{ key: 'Content-Security-Policy', value: API_POLICY }],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
