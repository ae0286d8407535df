import { stringify } from 'csv-stringify/sync'

import { comparisonTable } from '@/components/charts/comparison'
import { currentVisitor } from '@/data/payload'
import { regionalComparison } from '@/data/regional'
import { isLocale } from '@/i18n/languages'

/** The comparison table as CSV: exactly the rows and columns the page shows for the same choice. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Unknown language', { status: 404 })
  const query = new URL(request.url).searchParams
  const { chosen, observations } = await regionalComparison({
    user: await currentVisitor(),
    locale,
    indicator: query.get('indicator') ?? undefined,
    year: query.get('year') ?? undefined,
  })
  const table = comparisonTable({ observations, locale })
  // A byte-order mark so spreadsheet programs read Thai, Khmer, Lao and Burmese correctly.
  const csv = '\ufeff' + stringify([table.columns, ...table.rows])
  const name = chosen ? `${chosen.indicator}-${chosen.year}` : 'statistics'
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.csv"`,
      'Cache-Control': 'public, max-age=60',
    },
  })
}
