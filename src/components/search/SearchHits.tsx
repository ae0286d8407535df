import { Link } from '@/components/layout/Link'

import { EDITION_LANGUAGES, type EditionLanguage, type Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { SearchType } from '@/search/documents'
import type { SearchHit } from '@/search/query'

export const TYPE_LABELS: Record<SearchType, UiKey> = {
  resource: 'typeResource',
  news: 'typeNews',
  event: 'typeEvent',
  project: 'typeProject',
  country: 'typeCountry',
  'resource-centre': 'typeResourceCentre',
  // The same word as the theme filter's label.
  theme: 'filterTheme',
  discussion: 'typeDiscussion',
}

const languageName = (code: string) => EDITION_LANGUAGES[code as EditionLanguage]?.native ?? code

/**
 * Titles and snippets arrive as HTML that the search layer escaped itself, with only <mark>
 * around the matched words, so they can be rendered as HTML safely.
 */
export function SearchHits({ hits, locale }: { hits: SearchHit[]; locale: Locale }) {
  return (
    <ol className="hits">
      {hits.map((hit) => (
        <li key={hit.id} className="hit">
          <p className="hit-meta">
            <span>{translate(locale, TYPE_LABELS[hit.type as SearchType] ?? 'typeResource')}</span>
            {hit.year ? <span> · {hit.year}</span> : null}
            {hit.visibility === 'members' ? (
              <span className="badge"> {translate(locale, 'membersOnly')}</span>
            ) : null}
          </p>
          <h2 className="hit-title">
            <Link
              href={hit.url}
              lang={hit.language}
              dangerouslySetInnerHTML={{ __html: hit.title }}
            />
          </h2>
          {hit.snippet ? (
            <p className="hit-snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
          ) : null}
          <p className="hit-languages">
            <span lang={hit.language} className="language-name">
              {languageName(hit.language)}
            </span>
            {hit.alsoIn.length > 0 ? (
              <span>
                {' · '}
                {translate(locale, 'alsoIn')}:{' '}
                {hit.alsoIn.map((code, index) => (
                  <span key={code} lang={code} className="language-name">
                    {index > 0 ? ', ' : ''}
                    {languageName(code)}
                  </span>
                ))}
              </span>
            ) : null}
          </p>
        </li>
      ))}
    </ol>
  )
}
