import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { ResourceList } from '@/components/library/ResourceList'
import { NewsList } from '@/components/news/NewsList'
import { PROJECT_STATUS_LABELS, projectYears } from '@/components/projects/ProjectList'
import { CountryLinks, ThemeLinks } from '@/components/layout/TopicLinks'
import { segment } from '@/data/params'
import { currentVisitor } from '@/data/payload'
import { getProject, projectRelated } from '@/data/projects'
import { pageMetadata } from '@/data/site'
import { isLocale } from '@/i18n/languages'
import { nameIn, REGION_NAMES } from '@/i18n/strings/countries'
import { translate, type UiKey } from '@/i18n/ui'
import type { Country, Theme } from '@/payload-types'

type Props = { params: Promise<{ locale: string; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params
  if (!isLocale(locale)) return {}
  const project = await getProject({ user: await currentVisitor(), locale, code: segment(code) })
  if (!project) return {}
  return pageMetadata({
    locale,
    path: `/projects/${encodeURIComponent(project.code.toLowerCase())}`,
    title: project.title ?? project.code,
    description: project.summary ?? translate(locale, 'projectsIntro'),
  })
}

const populated = <T extends object>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

/** One ILO project: years, status, where it works, with whom, who funds it, and what it has published. */
export default async function ProjectPage({ params }: Props) {
  const { locale, code } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const project = await getProject({ user, locale, code: segment(code) })
  if (!project) notFound()
  const related = await projectRelated({ user, locale, projectId: project.id })
  // The title and summary may be translated on their own; whatever is not is English and marked so.
  const lang = project.languages
  const isFallback = lang.title !== locale || (Boolean(project.summary) && lang.summary !== locale)
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const countries = populated<Country>(project.countries)
  const themes = populated<Theme>(project.themes)
  const years = projectYears(locale, project)

  return (
    <main>
      <p className="hit-meta">
        {t('typeProject')} · {t(PROJECT_STATUS_LABELS[project.status])}
        {years ? ` · ${years}` : ''}
      </p>
      <h1 lang={lang.title}>{project.title ?? project.code}</h1>
      {project.summary ? (
        <p className="lead" lang={lang.summary}>
          {project.summary}
        </p>
      ) : null}
      {isFallback ? <p className="muted">{t('inEnglishOnly')}</p> : null}
      <dl className="facts">
        <dt>{t('projectCode')}</dt>
        <dd>
          {project.code}
          {project.acronym ? ` (${project.acronym})` : ''}
        </dd>
        {years ? (
          <>
            <dt>{t('projectYears')}</dt>
            <dd>{years}</dd>
          </>
        ) : null}
        <dt>{t('status')}</dt>
        <dd>{t(PROJECT_STATUS_LABELS[project.status])}</dd>
        {countries.length ? (
          <>
            <dt>{t('countries')}</dt>
            <dd>
              <CountryLinks locale={locale} countries={countries} />
            </dd>
          </>
        ) : null}
        {project.regions?.length ? (
          <>
            <dt>{t('projectRegions')}</dt>
            <dd>
              {project.regions.map((region) => nameIn(REGION_NAMES, region, locale)).join(', ')}
            </dd>
          </>
        ) : null}
        {themes.length ? (
          <>
            <dt>{t('themes')}</dt>
            <dd>
              <ThemeLinks locale={locale} themes={themes} />
            </dd>
          </>
        ) : null}
        {project.partners?.length ? (
          <>
            <dt>{t('projectPartners')}</dt>
            <dd>{project.partners.join(', ')}</dd>
          </>
        ) : null}
        {project.donors?.length ? (
          <>
            <dt>{t('projectDonors')}</dt>
            <dd>{project.donors.join(', ')}</dd>
          </>
        ) : null}
        {project.source ? (
          <>
            <dt>{t('source')}</dt>
            <dd>{project.source}</dd>
          </>
        ) : null}
      </dl>
      {related.news.length ? (
        <section aria-labelledby="project-news">
          <h2 id="project-news">{t('projectNews')}</h2>
          <NewsList news={related.news} locale={locale} />
        </section>
      ) : null}
      {related.resources.length ? (
        <section aria-labelledby="project-resources">
          <h2 id="project-resources">{t('projectResources')}</h2>
          <ResourceList resources={related.resources} locale={locale} />
        </section>
      ) : null}
      <p>
        <Link href={`/${locale}/projects`}>{t('projects')}</Link>
      </p>
    </main>
  )
}
