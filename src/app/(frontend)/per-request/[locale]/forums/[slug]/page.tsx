import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { accountParam, type AccountPageProps } from '@/components/account/accountPage'
import { ForumInvitationPage, outsideForums } from '@/components/forums/forumPage'
import { ThreadView } from '@/components/forums/ThreadView'
import { quoteFor } from '@/data/forumQuote'
import { markRead } from '@/data/forumReadState'
import { getDiscussion, pageOfPost, threadPage } from '@/data/forumThread'
import { pageNumber, segment } from '@/data/params'
import { currentVisitor, payloadClient } from '@/data/payload'
import { discussionPath } from '@/forums/paths'
import { isLocale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

type Props = Omit<AccountPageProps, 'params'> & {
  params: Promise<{ locale: string; slug: string }>
}

const mergedTarget = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { slug?: string }).slug : undefined

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const discussion = await getDiscussion({
    user: await currentVisitor(),
    locale,
    slug: segment(slug),
  })
  return {
    // A member's tab shows the title; anyone else's only "Forums".
    title: discussion?.title ?? translate(locale, 'forums'),
    robots: { index: false, follow: false },
    referrer: 'same-origin',
  }
}

/**
 * A thread (`?page=`, `?post=<id>` to land on a post's page, `?quote=<id>` to quote a post in
 * the reply box). Members read it and are marked as having read this page; anyone else gets the
 * invitation; a merged duplicate sends to the discussion it was merged into.
 */
export default async function DiscussionPage({ params, searchParams }: Props) {
  const { locale, slug: raw } = await params
  if (!isLocale(locale)) notFound()
  const slug = segment(raw)
  const user = await currentVisitor()
  const who = outsideForums(user)
  if (who || !user) {
    return (
      <ForumInvitationPage
        locale={locale}
        who={who ?? 'visitor'}
        back={discussionPath(locale, slug)}
      />
    )
  }
  const discussion = await getDiscussion({ user, locale, slug })
  if (!discussion) notFound()
  const target = mergedTarget(discussion.mergedInto)
  if (target) redirect(discussionPath(locale, target))

  const payload = await payloadClient()
  const postId = await accountParam(searchParams, 'post')
  const page =
    (postId && (await pageOfPost({ payload, user, discussion, postId }))) ||
    pageNumber(await accountParam(searchParams, 'page'))
  const quoteId = await accountParam(searchParams, 'quote')
  const [thread, quote] = await Promise.all([
    threadPage({ user, discussion, page }),
    quoteId ? quoteFor({ user, discussion, postId: quoteId }) : undefined,
  ])
  await markRead({ user, discussion, lastPost: thread.posts.at(-1), readState: thread.readState })
  return (
    <ThreadView
      locale={locale}
      viewer={user}
      discussion={discussion}
      thread={thread}
      quote={quote}
    />
  )
}
