import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { currentVisitor } from '@/data/payload'
import { getResource } from '@/data/resources'
import { EDITION_LANGUAGES, isLocale, type EditionLanguage } from '@/i18n/languages'
import { translate } from '@/i18n/ui'
import type { Media } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const resource = await getResource({ user: await currentVisitor(), locale, slug })
  return resource ? { title: resource.title ?? undefined, description: resource.summary ?? undefined } : {}
}

const sizeOf = (bytes?: number | null) => (bytes ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : '')

/** A work and every language edition of it (the full library page comes with the public-site work). */
export default async function ResourcePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const resource = await getResource({ user: await currentVisitor(), locale, slug })
  if (!resource) notFound()
  return (
    <main>
      <p className="hit-meta">
        {translate(locale, 'typeResource')}
        {resource.year ? ` · ${resource.year}` : ''}
        {resource.publisher ? ` · ${resource.publisher}` : ''}
        {resource.visibility === 'members' ? <span className="badge"> {translate(locale, 'membersOnly')}</span> : null}
      </p>
      <h1>{resource.title}</h1>
      <p>{resource.summary}</p>
      <ul className="editions">
        {resource.editions.map((edition) => {
          const file = typeof edition.file === 'object' ? (edition.file as Media | null) : null
          const href = file?.url ?? edition.externalUrl ?? undefined
          const language = EDITION_LANGUAGES[edition.language as EditionLanguage]
          return (
            <li key={edition.id ?? edition.language} lang={edition.language}>
              <strong>{language?.native ?? edition.language}</strong>: {href ? <a href={href}>{edition.title}</a> : edition.title}
              {file ? ` (${file.mimeType}, ${sizeOf(file.filesize)})` : ''}
              {edition.summary ? <p>{edition.summary}</p> : null}
            </li>
          )
        })}
      </ul>
    </main>
  )
}
