import type { MetadataRoute } from 'next'

import { publicPages } from '@/data/sitemap'
import { absoluteUrl, languageAlternates } from '@/data/site'
import { LOCALES } from '@/i18n/languages'

// Read from the database on request (through the data cache), never baked in at build time.
export const dynamic = 'force-dynamic'

/**
 * /sitemap.xml: every public, published page in all seven languages, each entry naming its
 * translations (hreflang), with absolute addresses from SERVER_URL.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await publicPages()
  return pages.flatMap(({ path, lastModified }) => {
    const languages = languageAlternates(path)
    return LOCALES.map((locale) => ({
      url: absoluteUrl(`/${locale}${path}`),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages },
    }))
  })
}
