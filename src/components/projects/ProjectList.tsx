import { Link } from '@/components/layout/Link'

import type { ProjectStatus } from '@/data/projects'
import { contentLang } from '@/i18n/contentLanguage'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, UiKey> = {
  planned: 'projectPlanned',
  ongoing: 'projectOngoing',
  completed: 'projectCompleted',
}

/** "2015–2020", "Since 2021", or nothing when the years are unknown. */
export function projectYears(
  locale: Locale,
  { startYear, endYear }: { startYear?: number | null; endYear?: number | null },
): string {
  if (startYear && endYear)
    return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`
  if (startYear) return translate(locale, 'projectSince', { year: startYear })
  return endYear ? String(endYear) : ''
}

export const projectPath = (locale: Locale, code: string) =>
  `/${locale}/projects/${encodeURIComponent(code.toLowerCase())}`

type ListedProject = {
  id: number | string
  title?: string | null
  code: string
  acronym?: string | null
  summary?: string | null
  startYear?: number | null
  endYear?: number | null
  status: ProjectStatus
  countries?: (number | string | { id: number | string; name?: string | null })[] | null
}

/**
 * Projects as cards: status and years, title, countries, summary. Country and theme pages reuse it.
 * `translated`: ids whose title exists in the reader's language (translatedIds); the others are
 * English fallbacks and marked `lang="en"`. Without it every project counts as translated.
 */
export function ProjectList({
  projects,
  locale,
  translated,
  headingLevel = 3,
}: {
  projects: ListedProject[]
  locale: Locale
  translated?: Set<number | string>
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="cards">
      {projects.map((project) => {
        const countries = (project.countries ?? []).flatMap((country) =>
          typeof country === 'object' && country.name ? [country.name] : [],
        )
        const years = projectYears(locale, project)
        const lang = contentLang(locale, project.id, translated)
        return (
          <li key={project.id} className="card">
            <p className="hit-meta">
              {translate(locale, PROJECT_STATUS_LABELS[project.status])}
              {years ? ` · ${years}` : ''}
              {project.acronym ? ` · ${project.acronym}` : ''}
            </p>
            <Heading className="card-title">
              <Link href={projectPath(locale, project.code)} lang={lang}>
                {project.title ?? project.code}
              </Link>
            </Heading>
            {countries.length ? <p className="hit-meta">{countries.join(', ')}</p> : null}
            {project.summary ? (
              <p className="card-summary" lang={lang}>
                {project.summary}
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
