import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { Link } from '@/components/layout/Link'
import { notFound } from 'next/navigation'

import { ResourceList } from '@/components/library/ResourceList'
import { EventList } from '@/components/events/EventList'
import { ThemeSummaries } from '@/components/forums/ThemeSummaries'
import { NewsList } from '@/components/news/NewsList'
import { ThemeForumLine } from '@/components/forums/ThemeForumLine'
import { MemberBadge } from '@/components/people/MemberBadge'
import { listEvents } from '@/data/events'
import { listForumSummaries } from '@/data/forumSummaries'
import { countDiscussions } from '@/data/forums'
import { listNews } from '@/data/news'
import { currentVisitor } from '@/data/payload'
import { listResources } from '@/data/resources'
import { pageMetadata } from '@/data/site'
import { curatedResources, getTheme, themeModerators } from '@/data/themes'
import { isForumMemberUser } from '@/access/forums'
import { isLocale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const theme = await getTheme({ user: await currentVisitor(), locale, slug })
  return theme
    ? pageMetadata({
        locale,
        path: `/themes/${slug}`,
        title: theme.title ?? slug,
        description: theme.summary,
      })
    : {}
}

/** One theme: what it covers, who moderates it, and what the portal holds about it. */
export default async function ThemePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const user = await currentVisitor()
  const theme = await getTheme({ user, locale, slug })
  if (!theme) notFound()
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const [curated, latest, moderators, news, upcoming, summaries, forumCounts] = await Promise.all([
    curatedResources({ user, locale, theme }),
    listResources({
      user,
      locale,
      query: { themeId: theme.id, sort: 'newest', page: 1 },
      limit: 6,
    }),
    themeModerators({ user, themeId: theme.id }),
    listNews({ user, locale, themeId: theme.id, limit: 3 }),
    listEvents({ user, locale, theme: theme.slug, from: new Date(), limit: 3 }),
    listForumSummaries({ user, locale, themeId: theme.id }),
    countDiscussions({ themes: [theme] }),
  ])
  const events = upcoming.events.length
    ? upcoming
    : await listEvents({ user, locale, theme: theme.slug, order: 'latest', limit: 3 })
  const curatedIds = new Set(curated.map((resource) => resource.id))
  const newest = latest.docs.filter((resource) => !curatedIds.has(resource.id)).slice(0, 4)

  return (
    <main className="theme-page">
      {theme.isSpecialFocus ? <p className="badge">{t('specialFocus')}</p> : null}
      <h1>{theme.title}</h1>
      <p className="lead">{theme.summary}</p>
      {theme.description ? (
        <section className="prose">
          <RichText data={theme.description} />
        </section>
      ) : null}
      {theme.keyQuestions?.length ? (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading">{t('keyQuestions')}</h2>
          <ul>
            {theme.keyQuestions.map((entry) => (
              <li key={entry.id}>{entry.question}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="moderators-heading">
        <h2 id="moderators-heading">{t('moderators')}</h2>
        {!user ? (
          <p className="muted">{t('moderatorsForMembers')}</p>
        ) : moderators.length ? (
          <ul>
            {moderators.map((person) => (
              <li key={person.id}>
                {person.name}
                {person.affiliationConfirmed ? (
                  <MemberBadge locale={locale} person={person} />
                ) : person.organisation ? (
                  `, ${person.organisation}`
                ) : (
                  ''
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('nothingYet')}</p>
        )}
      </section>

      <ThemeForumLine
        locale={locale}
        theme={theme}
        count={forumCounts.byTheme.get(String(theme.id)) ?? 0}
        isMember={isForumMemberUser(user)}
      />

      {curated.length ? (
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading">{t('featuredResources')}</h2>
          <ResourceList resources={curated} locale={locale} />
        </section>
      ) : null}
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t('latestResources')}</h2>
        {newest.length ? (
          <ResourceList resources={newest} locale={locale} />
        ) : (
          <p className="muted">{t('nothingYet')}</p>
        )}
        <p>
          <Link href={`/${locale}/library?theme=${theme.slug}`}>
            {t('seeAll')} ({latest.totalDocs})
          </Link>
        </p>
      </section>
      <div className="columns">
        <section aria-labelledby="news-heading">
          <h2 id="news-heading">{t('latestNews')}</h2>
          {news.docs.length ? (
            <NewsList news={news.docs} locale={locale} />
          ) : (
            <p className="muted">{t('nothingYet')}</p>
          )}
          <p>
            <Link href={`/${locale}/news?theme=${theme.slug}`}>{t('seeAll')}</Link>
          </p>
        </section>
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">{t('events')}</h2>
          {events.events.length ? (
            <EventList locale={locale} events={events.events} />
          ) : (
            <p className="muted">{t('nothingYet')}</p>
          )}
          <p>
            <Link href={`/${locale}/events?theme=${theme.slug}`}>{t('seeAll')}</Link>
          </p>
        </section>
      </div>
      <ThemeSummaries locale={locale} summaries={summaries} />
    </main>
  )
}
