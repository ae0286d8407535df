import { sitemapFiles } from '@/data/sitemap'
import { absoluteUrl } from '@/data/site'
import { sitemapIndexXml, xmlResponse } from '@/data/sitemapXml'

// Read from the database on request (through the data cache), never baked in at build time.
export const dynamic = 'force-dynamic'

/**
 * /sitemap.xml: a sitemap index. Its files (`/sitemaps/<name>.xml`) list every public, published
 * page in all seven languages, at most 50,000 addresses each, as the protocol requires.
 */
export async function GET() {
  const files = await sitemapFiles()
  return xmlResponse(sitemapIndexXml(files.map(({ name }) => absoluteUrl(`/sitemaps/${name}.xml`))))
}
