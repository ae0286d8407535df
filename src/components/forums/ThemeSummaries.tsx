import type { PublicSummary } from '@/data/forumSummaries'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

import { PostBody } from './PostBody'

/**
 * On a theme page: what the theme's discussions concluded, in their facilitators' words, once a
 * moderator made a summary public. Shown to everyone; nothing appears when there is none.
 */
export function ThemeSummaries({
  locale,
  summaries,
}: {
  locale: Locale
  summaries: PublicSummary[]
}) {
  if (summaries.length === 0) return null
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso))
  return (
    <section aria-labelledby="forum-summaries-heading" className="forum-summaries">
      <h2 id="forum-summaries-heading">{translate(locale, 'forumSummariesTitle')}</h2>
      <p className="muted">{translate(locale, 'forumSummariesIntro')}</p>
      {summaries.map((summary) => (
        <article key={summary.id} lang={summary.language ?? undefined}>
          <h3>{summary.title}</h3>
          {summary.publishedAt ? (
            <p className="muted">
              <time dateTime={summary.publishedAt}>{date(summary.publishedAt)}</time>
            </p>
          ) : null}
          <div className="prose">
            <PostBody body={summary.summary} />
          </div>
        </article>
      ))}
    </section>
  )
}
