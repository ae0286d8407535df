import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The portal is reachable only at its own origin; no image optimisation service is called.
  images: { unoptimized: true },
  poweredByHeader: false,
  // A second build or dev server (another developer's check, a benchmark) can use its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  async redirects() {
    // Language negotiation from Accept-Language belongs to the public-site work; English is the
    // fallback locale, so the bare origin lands there.
    return [{ source: '/', destination: '/en', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
