import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { formatNewsDate, NEWS_KIND_LABELS, NewsList } from '@/components/news/NewsList'
import { getNews, relatedNews } from '@/data/news'
import { currentVisitor } from '@/data/payload'
import { pageMetadata } from '@/data/site'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Country, Media, Project, Theme } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const news = await getNews({ user: await currentVisitor(), locale, slug })
  if (!news) return {}
  return pageMetadata({
    locale,
    path: `/news/${news.slug}`,
    title: news.title ?? news.slug,
    description: news.summary,
    type: 'article',
    publishedTime: news.date,
  })
}

const populated = <T extends object>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

/** One news item: when, what kind, where and on which themes, the story, its project, related news. */
export default async function NewsArticlePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const news = await getNews({ user, locale, slug })
  if (!news) notFound()
  const related = await relatedNews({ user, locale, news })
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const countries = populated<Country>(news.countries)
  const themes = populated<Theme>(news.themes)
  const project = typeof news.project === 'object' ? (news.project as Project | null) : null
  const image = typeof news.image === 'object' ? (news.image as Media | null) : null

  return (
    <main>
      <article>
        <p className="hit-meta">
          <time dateTime={news.date.slice(0, 10)}>{formatNewsDate(locale, news.date)}</time> ·{' '}
          <Link href={`/${locale}/news?kind=${news.kind}`}>{t(NEWS_KIND_LABELS[news.kind])}</Link>
        </p>
        <h1>{news.title}</h1>
        {news.summary ? <p className="lead">{news.summary}</p> : null}
        {image?.url ? <img src={image.url} alt={image.alt ?? ''} width={image.width ?? undefined} height={image.height ?? undefined} className="news-image" /> : null}
        {news.body ? <RichText data={news.body} /> : null}
        <dl className="facts">
          {countries.length ? (
            <>
              <dt>{t('countries')}</dt>
              <dd>
                {countries.map((country, index) => (
                  <span key={country.id}>
                    {index > 0 ? ', ' : ''}
                    <Link href={`/${locale}/countries/${country.iso.toLowerCase()}`}>{country.name ?? country.iso}</Link>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {themes.length ? (
            <>
              <dt>{t('themes')}</dt>
              <dd>
                {themes.map((theme, index) => (
                  <span key={theme.id}>
                    {index > 0 ? ', ' : ''}
                    <Link href={`/${locale}/themes/${theme.slug}`}>{theme.title ?? theme.slug}</Link>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {project ? (
            <>
              <dt>{t('typeProject')}</dt>
              <dd>
                <Link href={`/${locale}/projects/${encodeURIComponent(project.code.toLowerCase())}`}>{project.title ?? project.code}</Link>
              </dd>
            </>
          ) : null}
        </dl>
      </article>
      {related.length ? (
        <section aria-labelledby="related-news">
          <h2 id="related-news">{t('newsRelated')}</h2>
          <NewsList news={related} locale={locale} />
        </section>
      ) : null}
      <p>
        <Link href={`/${locale}/news`}>{t('newsAll')}</Link>
      </p>
    </main>
  )
}
