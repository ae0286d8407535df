import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { NewsImage } from '@/components/news/NewsImage'
import { formatNewsDate, NewsList } from '@/components/news/NewsList'
import { NEWS_KIND_LABELS } from '@/news/kinds'
import { CountryLinks, ThemeLinks } from '@/components/layout/TopicLinks'
import { getNews, relatedNews } from '@/data/news'
import { currentVisitor } from '@/data/payload'
import { pageMetadata } from '@/data/site'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Country, Project, Theme } from '@/payload-types'

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
  // Each text may be translated on its own; whatever is not is English and marked so.
  const lang = news.languages
  const isFallback =
    lang.title !== locale ||
    (Boolean(news.summary) && lang.summary !== locale) ||
    (Boolean(news.body) && lang.body !== locale)
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const countries = populated<Country>(news.countries)
  const themes = populated<Theme>(news.themes)
  const project = typeof news.project === 'object' ? (news.project as Project | null) : null

  return (
    <main>
      <article>
        <p className="hit-meta">
          <time dateTime={news.date.slice(0, 10)}>{formatNewsDate(locale, news.date)}</time> ·{' '}
          <Link href={`/${locale}/news?kind=${news.kind}`}>{t(NEWS_KIND_LABELS[news.kind])}</Link>
        </p>
        <h1 lang={lang.title}>{news.title}</h1>
        {news.summary ? (
          <p className="lead" lang={lang.summary}>
            {news.summary}
          </p>
        ) : null}
        {isFallback ? <p className="muted">{t('inEnglishOnly')}</p> : null}
        <NewsImage image={news.image} />
        {news.body ? (
          <div lang={lang.body}>
            <RichText data={news.body} />
          </div>
        ) : null}
        <dl className="facts">
          {countries.length ? (
            <>
              <dt>{t('countries')}</dt>
              <dd>
                <CountryLinks locale={locale} countries={countries} />
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
          {project ? (
            <>
              <dt>{t('typeProject')}</dt>
              <dd>
                <Link
                  href={`/${locale}/projects/${encodeURIComponent(project.code.toLowerCase())}`}
                >
                  {project.title ?? project.code}
                </Link>
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
