import { Link } from '@/components/layout/Link'

import type { InLanguages } from '@/data/translations'
import { EDITION_LANGUAGES, type EditionLanguage, type Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'
import { RESOURCE_KIND_LABEL } from '@/library/kinds'
import type { Resource, Theme } from '@/payload-types'

/**
 * What to show a reader of a work: its own translation (its title in the reader's language, as
 * the data layer says), else its edition in the reader's language, else English. Each text is
 * marked with its own language so it is read out correctly: a work translated by its title alone
 * keeps its English summary, marked English.
 */
export function wordingFor(
  resource: ListedResource,
  locale: Locale,
): { title: string; summary: string; titleLang: Locale; summaryLang: Locale; isFallback: boolean } {
  if (resource.languages.title === locale) {
    return {
      title: resource.title ?? '',
      summary: resource.summary ?? '',
      titleLang: locale,
      summaryLang: resource.languages.summary,
      isFallback: false,
    }
  }
  const edition = resource.editions?.find((candidate) => candidate.language === locale)
  if (edition?.title) {
    return {
      title: edition.title,
      summary: edition.summary ?? '',
      titleLang: locale,
      summaryLang: locale,
      isFallback: false,
    }
  }
  return {
    title: resource.title ?? '',
    summary: resource.summary ?? '',
    titleLang: 'en',
    summaryLang: 'en',
    isFallback: true,
  }
}

type ListedResource = InLanguages<
  Pick<Resource, 'id' | 'title' | 'slug' | 'kind' | 'year' | 'visibility'> &
    Partial<Pick<Resource, 'summary' | 'publisher' | 'editions' | 'themes'>>,
  'title' | 'summary'
>

/** Works as a list of cards: kind, year, title, summary and the languages each exists in. */
export function ResourceList({
  resources,
  locale,
  headingLevel = 3,
}: {
  resources: ListedResource[]
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="cards">
      {resources.map((resource) => {
        const wording = wordingFor(resource, locale)
        return (
          <li key={resource.id} className="card">
            <p className="hit-meta">
              {translate(locale, RESOURCE_KIND_LABEL[resource.kind])}
              {resource.year ? ` · ${resource.year}` : ''}
              {resource.publisher ? ` · ${resource.publisher}` : ''}
              {resource.visibility === 'members' ? (
                <span className="badge">{translate(locale, 'membersOnly')}</span>
              ) : null}
            </p>
            <Heading className="card-title">
              <Link href={`/${locale}/library/${resource.slug}`} lang={wording.titleLang}>
                {wording.title}
              </Link>
            </Heading>
            {wording.summary ? (
              <p className="card-summary" lang={wording.summaryLang}>
                {wording.summary}
              </p>
            ) : null}
            {resource.editions?.length ? (
              <p className="hit-languages">
                {resource.editions.map((edition, index) => (
                  <span
                    key={edition.id ?? edition.language}
                    lang={edition.language}
                    className="language-name"
                  >
                    {index > 0 ? ' · ' : ''}
                    {EDITION_LANGUAGES[edition.language as EditionLanguage]?.native ??
                      edition.language}
                  </span>
                ))}
              </p>
            ) : null}
            {resource.themes?.length ? (
              <p className="tags">
                {resource.themes
                  .filter((theme): theme is Theme => typeof theme === 'object' && theme !== null)
                  .map((theme) => (
                    <Link key={theme.id} href={`/${locale}/themes/${theme.slug}`} className="tag">
                      {theme.title}
                    </Link>
                  ))}
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
