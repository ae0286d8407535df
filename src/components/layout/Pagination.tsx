import { Link } from '@/components/layout/Link'

import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

/**
 * Previous / "page n of m" / next, as plain links that keep the other parameters of the address.
 * Nothing is rendered when everything fits on one page.
 */
export function Pagination({
  locale,
  path,
  params,
  page,
  totalPages,
}: {
  locale: Locale
  path: string
  params: Record<string, string | undefined>
  page: number
  totalPages: number
}) {
  if (totalPages <= 1) return null
  const href = (target: number) => {
    const next = new URLSearchParams()
    for (const [key, value] of Object.entries(params))
      if (value && key !== 'page') next.set(key, value)
    if (target > 1) next.set('page', String(target))
    const query = next.toString()
    return `${path}${query ? `?${query}` : ''}`
  }
  const label = translate(locale, 'pageOf', { n: page, total: totalPages })
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {translate(locale, 'previous')}
        </Link>
      ) : null}
      <span aria-current="page">{label}</span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          {translate(locale, 'next')}
        </Link>
      ) : null}
    </nav>
  )
}
