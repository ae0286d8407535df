import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { fileFacts } from '@/components/library/fileFacts'
import { ResourceList, wordingFor } from '@/components/library/ResourceList'
import { RESOURCE_KIND_LABEL } from '@/library/kinds'
import { CountryLinks, ThemeLinks } from '@/components/layout/TopicLinks'
import { audienceOf, isLockedFor } from '@/access/audience'
import { currentVisitor } from '@/data/payload'
import { getResource, relatedResources } from '@/data/resources'
import { EDITION_LANGUAGES, isLocale, type EditionLanguage, type Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Country, Media, Project, Resource, Theme } from '@/payload-types'
import { absoluteUrl, pageMetadata } from '@/data/site'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const resource = await getResource({ user: await currentVisitor(), locale, slug })
  if (!resource) return {}
  return pageMetadata({
    locale,
    path: `/library/${slug}`,
    title: resource.title ?? slug,
    description: resource.summary,
    type: 'article',
  })
}

const populated = <T extends { id: number | string }>(
  values: (number | T)[] | null | undefined,
): T[] => (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

/** An APA-like reference, since that is what researchers and officials paste into reports. */
function citation(resource: Resource, locale: Locale): string {
  const parts = [
    resource.publisher || 'International Labour Organization',
    `(${resource.year ?? 'n.d.'}).`,
    `${resource.title}.`,
  ]
  return `${parts.join(' ')} ${absoluteUrl(`/${locale}/library/${resource.slug}`)}`
}

/** A work and every language edition of it, with what a reader needs before downloading. */
export default async function ResourcePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const resource = await getResource({ user, locale, slug })
  if (!resource) notFound()
  const related = await relatedResources({ user, locale, resource })
  const wording = wordingFor(resource, locale)
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  // The field rules have already left files and links out for anyone who is not a member.
  const isLocked = isLockedFor(audienceOf(user), resource.visibility)
  const project = typeof resource.project === 'object' ? (resource.project as Project | null) : null

  return (
    <main className="resource">
      <p className="hit-meta">
        {t(RESOURCE_KIND_LABEL[resource.kind])}
        {resource.year ? ` · ${resource.year}` : ''}
        {resource.publisher ? ` · ${resource.publisher}` : ''}
        {resource.visibility === 'members' ? (
          <span className="badge">{t('membersOnly')}</span>
        ) : null}
      </p>
      <h1 lang={wording.titleLang}>{wording.title}</h1>
      {wording.summary ? (
        <p className="lead" lang={wording.summaryLang}>
          {wording.summary}
        </p>
      ) : null}
      {wording.isFallback ? <p className="muted">{t('inEnglishOnly')}</p> : null}
      {isLocked ? (
        <p className="notice" role="note">
          {t('membersOnlyNotice')}
        </p>
      ) : null}

      <section aria-labelledby="editions-heading">
        <h2 id="editions-heading">{t('editions')}</h2>
        <ul className="editions">
          {resource.editions.map((edition) => {
            const file = typeof edition.file === 'object' ? (edition.file as Media | null) : null
            const language = EDITION_LANGUAGES[edition.language as EditionLanguage]
            return (
              <li key={edition.id ?? edition.language} className="edition">
                <p className="edition-language language-name" lang={edition.language}>
                  {language?.native ?? edition.language}
                </p>
                <p className="edition-title" lang={edition.language}>
                  {edition.title}
                </p>
                {edition.summary ? (
                  <p className="edition-summary" lang={edition.language}>
                    {edition.summary}
                  </p>
                ) : null}
                {file?.url ? (
                  <a className="download" href={file.url} download hrefLang={edition.language}>
                    {t('download')}{' '}
                    <span className="muted">
                      ({fileFacts(locale, file.mimeType, file.filesize)})
                    </span>
                  </a>
                ) : edition.externalUrl ? (
                  <a
                    className="download"
                    href={edition.externalUrl}
                    hrefLang={edition.language}
                    rel="noopener"
                  >
                    {t('openLink')}
                  </a>
                ) : null}
              </li>
            )
          })}
        </ul>
      </section>

      {resource.description ? (
        <section className="prose" lang={resource.languages.description}>
          <RichText data={resource.description} />
        </section>
      ) : null}

      <dl className="facts">
        {populated<Theme>(resource.themes).length ? (
          <>
            <dt>{t('themes')}</dt>
            <dd>
              <ThemeLinks locale={locale} themes={populated<Theme>(resource.themes)} />
            </dd>
          </>
        ) : null}
        {populated<Country>(resource.countries).length ? (
          <>
            <dt>{t('countries')}</dt>
            <dd>
              <CountryLinks locale={locale} countries={populated<Country>(resource.countries)} />
            </dd>
          </>
        ) : null}
        {project ? (
          <>
            <dt>{t('typeProject')}</dt>
            <dd>
              <Link href={`/${locale}/projects/${String(project.code).toLowerCase()}`}>
                {project.title}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="cite-heading">
        <h2 id="cite-heading">{t('howToCite')}</h2>
        <p className="citation">{citation(resource, locale)}</p>
      </section>

      {related.length ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t('relatedResources')}</h2>
          <ResourceList resources={related} locale={locale} />
        </section>
      ) : null}
    </main>
  )
}
