import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The portal is reachable only at its own origin; no image optimisation service is called.
  images: { unoptimized: true },
  poweredByHeader: false,
  // A second build or dev server (another developer's check, a benchmark) can use its own folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
