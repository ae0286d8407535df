'use client'

import { Link } from '@/components/layout/Link'
import { usePathname, useSearchParams } from 'next/navigation'

type Props = { current: string; names: Record<string, string>; label: string }

/**
 * Links to the same page in each language. A client component only because it needs the current
 * address; it renders the right links on the server too, so they work without JavaScript.
 */
export function LanguageSwitcher(props: Props) {
  return <LanguageLinks {...props} search={useSearchParams()?.toString()} />
}

/**
 * The same links without the query string: what the layout shows while the query is not known
 * yet (the Suspense fallback). Identical in size, so the header never shifts when the full
 * links arrive.
 */
export function LanguageLinks({ current, names, label, search }: Props & { search?: string }) {
  const pathname = usePathname() ?? `/${current}`
  const rest = pathname.split('/').slice(2).join('/')
  return (
    <nav aria-label={label}>
      <ul className="languages">
        {Object.entries(names).map(([code, name]) => (
          <li key={code}>
            {/* No prefetch: six translations of every page, on every keystroke of a live search, would eat a cheap phone's data. */}
            <Link
              prefetch={false}
              href={`/${code}${rest ? `/${rest}` : ''}${search ? `?${search}` : ''}`}
              lang={code}
              hrefLang={code}
              aria-current={code === current ? 'page' : undefined}
            >
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
