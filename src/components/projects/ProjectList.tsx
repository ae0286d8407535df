import { Link } from '@/components/layout/Link'

import type { ProjectStatus } from '@/data/projects'
import type { InLanguages } from '@/data/translations'
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

type ListedProject = InLanguages<{
  id: number | string
  title?: string | null
  code: string
  acronym?: string | null
  summary?: string | null
  startYear?: number | null
  endYear?: number | null
  status: ProjectStatus
  countries?: (number | string | { id: number | string; name?: string | null })[] | null
}>

/**
 * Projects as cards: status and years, title, countries, summary. Country and theme pages reuse it.
 * A card is in its title's language (`languages.title`, from the data layer): an English
 * fallback is marked `lang="en"`, title and summary alike.
 */
export function ProjectList({
  projects,
  locale,
  headingLevel = 3,
}: {
  projects: ListedProject[]
  locale: Locale
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
        const lang = project.languages.title
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
