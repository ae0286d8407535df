import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { FeedAlternates } from '@/components/feeds/FeedAlternates'
import { FeedLinks } from '@/components/feeds/FeedLinks'
import { Pagination } from '@/components/layout/Pagination'
import { FilterSelect } from '@/components/forms/FilterSelect'
import { NewsList } from '@/components/news/NewsList'
import { NEWS_KIND_LABELS } from '@/news/kinds'
import { listCountries } from '@/data/countries'
import { feedAlternates, type FeedFilter } from '@/data/feeds'
import { listNews, NEWS_KINDS, NEWS_PAGE_SIZE } from '@/data/news'
import { countryByIso, oneOf, pageNumber, single, themeBySlug, type RawParams } from '@/data/params'
import { currentVisitor } from '@/data/payload'
import { pageMetadata } from '@/data/site'
import { listThemes } from '@/data/themes'
import { isLocale, type Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { User } from '@/payload-types'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawParams> }

/** The address's filters, kept only where they name something real; the rest is ignored. */
async function readFilters({
  user,
  locale,
  raw,
}: {
  user: User | null
  locale: Locale
  raw: RawParams
}) {
  const [themes, countries] = await Promise.all([
    listThemes({ user, locale }),
    listCountries({ user, locale }),
  ])
  const theme = themeBySlug(themes, single(raw, 'theme'))
  const country = countryByIso(countries, single(raw, 'country'))
  const kind = oneOf(single(raw, 'kind'), NEWS_KINDS)
  return { themes, countries, theme, country, kind, page: pageNumber(single(raw, 'page')) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    path: '/news',
    title: translate(locale, 'news'),
    description: translate(locale, 'newsIntro'),
  })
}

/** The news list: filters by kind, country and theme as a plain GET form, newest first. */
export default async function NewsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const { themes, countries, theme, country, kind, page } = await readFilters({
    user,
    locale,
    raw: await searchParams,
  })
  const filters = { user, locale, kind, themeId: theme?.id, countryId: country?.id }
  let result = await listNews({ ...filters, page })
  // A page number past the end (an old link, a typed address) shows the last page instead.
  if (result.docs.length === 0 && result.totalPages > 0 && page > result.totalPages)
    result = await listNews({ ...filters, page: result.totalPages })
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const current = { kind, theme: theme?.slug, country: country?.iso }
  const hasFilters = Boolean(kind || theme || country)
  const from = ((result.page ?? 1) - 1) * NEWS_PAGE_SIZE + 1
  // The feeds offered follow the theme or country the visitor narrowed the list to.
  const feedFilter: FeedFilter = { theme: theme?.slug, country: country?.iso }
  const narrowedTo = [theme?.title, country?.name].filter(Boolean).join(', ') || undefined

  return (
    <main>
      <FeedAlternates feeds={feedAlternates(locale, 'news', feedFilter, narrowedTo)} />
      <h1>{t('news')}</h1>
      <p className="muted">{t('newsIntro')}</p>
      <form action={`/${locale}/news`} method="get" className="filters" aria-label={t('news')}>
        <FilterSelect
          label={t('filterType')}
          name="kind"
          value={kind ?? ''}
          anyLabel={t('any')}
          options={NEWS_KINDS.map((value) => ({ value: value, label: t(NEWS_KIND_LABELS[value]) }))}
        />
        <FilterSelect
          label={t('filterCountry')}
          name="country"
          value={country?.iso ?? ''}
          anyLabel={t('any')}
          options={countries.map((item) => ({ value: item.iso, label: item.name }))}
        />
        <FilterSelect
          label={t('filterTheme')}
          name="theme"
          value={theme?.slug ?? ''}
          anyLabel={t('any')}
          options={themes.map((item) => ({ value: item.slug, label: item.title }))}
        />
        <button type="submit">{t('show')}</button>
        {hasFilters ? <Link href={`/${locale}/news`}>{t('clearFilters')}</Link> : null}
      </form>

      <section aria-labelledby="news-count">
        <h2 id="news-count" className="results-count">
          {result.docs.length
            ? t('listShowing', { from, to: from + result.docs.length - 1, total: result.totalDocs })
            : t('resultsCount', { n: result.totalDocs })}
        </h2>
        {result.docs.length === 0 ? (
          <p>{t(hasFilters ? 'listNoMatch' : 'listNothingYet')}</p>
        ) : (
          <NewsList news={result.docs} locale={locale} />
        )}
        <Pagination
          locale={locale}
          path={`/${locale}/news`}
          params={current}
          page={result.page ?? 1}
          totalPages={result.totalPages}
        />
      </section>
      <FeedLinks
        locale={locale}
        kind="news"
        filter={{ theme: theme?.slug, country: country?.iso }}
      />
    </main>
  )
}
