import { sitemapFile } from '@/data/sitemap'
import { absoluteUrl } from '@/data/site'
import { urlSetXml, xmlResponse } from '@/data/sitemapXml'
import { LOCALES } from '@/i18n/languages'

export const dynamic = 'force-dynamic'

/** One file of the sitemap index: its pages, each in every language. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const pages = file.endsWith('.xml') ? await sitemapFile(file.slice(0, -4)) : null
  if (!pages) return new Response('No such sitemap file.', { status: 404 })
  return xmlResponse(
    urlSetXml(
      pages.flatMap(({ path, lastModified }) =>
        LOCALES.map((locale) => ({ loc: absoluteUrl(`/${locale}${path}`), lastModified })),
      ),
    ),
  )
}
