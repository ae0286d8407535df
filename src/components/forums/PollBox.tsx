import type { PollResults } from '@/data/forumThread'
import { voteAction } from '@/forums/actions'
import { pollIsClosed } from '@/forums/polls'
import type { Locale } from '@/i18n/languages'
import { translate, type UiKey } from '@/i18n/ui'
import type { Discussion } from '@/payload-types'

import { ForumForm } from './ForumForm'
import { forumTime } from './forumTime'

/**
 * A facilitator's poll: the vote form while it is open (the member's vote chosen, changeable),
 * and the counts for those who voted, or for everyone once it has closed.
 */
export function PollBox({
  locale,
  discussion,
  vote,
  results,
}: {
  locale: Locale
  discussion: Discussion
  vote: string[]
  results: PollResults | null
}) {
  const poll = discussion.poll
  if (!poll?.question || !poll.options?.length) return null
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values)
  const closed = pollIsClosed(poll)
  return (
    <section id="poll" className="forum-box poll" aria-labelledby="poll-heading">
      <h2 id="poll-heading">{t('forumsPoll')}</h2>
      <p className="poll-question">{poll.question}</p>
      {closed ? (
        <p className="muted">{t('forumsPollClosed')}</p>
      ) : poll.closesAt ? (
        <p className="muted">{t('forumsPollCloses', { date: forumTime(locale, poll.closesAt) })}</p>
      ) : null}
      {results ? (
        <>
          <ul className="poll-results">
            {results.counts.map((count) => (
              <li key={count.id}>
                <span>{count.label}</span>{' '}
                <strong>{t('forumsVotes', { count: count.votes })}</strong>
              </li>
            ))}
          </ul>
          <p className="muted">{t('forumsVoters', { count: results.totalVoters })}</p>
        </>
      ) : !closed ? (
        <p className="muted">{t('forumsResultsAfterVote')}</p>
      ) : null}
      {!closed ? (
        <ForumForm
          action={voteAction}
          hidden={{ locale, slug: discussion.slug ?? '', discussion: String(discussion.id) }}
          fields={[
            {
              kind: 'choices',
              name: 'choices',
              legend: poll.question,
              multiple: Boolean(poll.multiple),
              options: poll.options.map((option) => ({
                value: String(option.id),
                label: option.label,
              })),
              defaultValue: vote,
            },
          ]}
          submit={vote.length ? t('forumsChangeVote') : t('forumsVote')}
        />
      ) : null}
    </section>
  )
}
