import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/data/site'
import { LOCALES } from '@/i18n/languages'

// SERVER_URL is read when a crawler asks, not when the bundle is built.
export const dynamic = 'force-dynamic'

/**
 * /robots.txt: the public site is open to crawlers; the admin panel, the APIs and search result
 * pages (endless combinations of words, each already reachable as a real page) are not.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/admin', '/api', ...LOCALES.map((locale) => `/${locale}/search`)],
      },
    ],
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
