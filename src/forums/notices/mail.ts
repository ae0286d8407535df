import type { Payload } from 'payload'

import { escapeHtml as h, mailText } from '@/email/compose'
import { mailKey, type MailMessage } from '@/email/message'
import { siteLink } from '@/email/personal'
import { linksFor, unsubscribeHeaders } from '@/following/mail'
import type { Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

import { discussionPath, postPath } from '../paths'

import type { ForumPost, ForumReader, ForumThread, NoticeReason } from './readers'

/** Enough of a post to know whether to open it; the whole post is one click away. */
const EXCERPT_CHARACTERS = 400

export function excerpt(text: string, max = EXCERPT_CHARACTERS): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const characters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(flat)]
  if (characters.length <= max) return flat
  return `${characters
    .slice(0, max)
    .map((part) => part.segment)
    .join('')
    .trimEnd()}…`
}

const WHY: Record<NoticeReason, 'forumWhyMentions' | 'forumWhyParticipating' | 'forumWhyWatching'> =
  {
    mentions: 'forumWhyMentions',
    participating: 'forumWhyParticipating',
    watching: 'forumWhyWatching',
  }

type PostLine = { wrote: string; excerpt: string; href: string }

const postLine = (payload: Payload, locale: Locale, thread: ForumThread, post: ForumPost) => ({
  wrote: mailText(locale, 'forumWrote', { author: post.authorName }),
  excerpt: excerpt(post.text),
  href: siteLink({ payload }, postPath(locale, thread.slug, post.id)),
})

const postText = (line: PostLine, readOnSite: string) =>
  `${line.wrote}\n> ${line.excerpt}\n${readOnSite} ${line.href}`

const postHtml = (line: PostLine, readOnSite: string) =>
  [
    `<p>${h(line.wrote)}</p>`,
    `<blockquote>${h(line.excerpt)}</blockquote>`,
    `<p>${h(readOnSite)} <a href="${h(line.href)}">${h(line.href)}</a></p>`,
  ].join('\n')

/**
 * The immediate mail about one thread: the new posts (one, or the few a 10-minute window held
 * back), each with its author, an excerpt and its link; why it came; "reply on the site"; and how
 * to stop mail about this thread (the one-click header) or all forum mail. Text and HTML carry
 * the same words, in the reader's language.
 */
export function composeForumNotice({
  payload,
  reader,
  thread,
  posts,
  reason,
}: {
  payload: Payload
  reader: ForumReader
  thread: ForumThread
  posts: ForumPost[]
  reason: NoticeReason
}): MailMessage {
  const locale = reader.locale
  const last = posts[posts.length - 1]
  const threadStop = linksFor(payload, reader.id, locale, {
    purpose: 'thread',
    discussionId: thread.id,
  })
  const allStop = linksFor(payload, reader.id, locale, { purpose: 'forum' })
  const subject = mailText(
    locale,
    reason === 'mentions' ? 'forumMentionSubject' : 'forumReplySubject',
    { author: last.authorName, title: thread.title },
  )
  const greeting = mailText(locale, 'greeting', { name: reader.name ?? reader.email })
  const intro = mailText(locale, 'forumNewPostsIntro', { title: thread.title })
  const readOnSite = mailText(locale, 'forumReadOnSite')
  const lines = posts.map((post) => postLine(payload, locale, thread, post))
  const words = {
    noReply: mailText(locale, 'forumNoReplyByMail'),
    why: mailText(locale, WHY[reason]),
    stopThread: mailText(locale, 'forumStopThread'),
    stopAll: mailText(locale, 'forumStopAll'),
    footer: mailText(locale, 'followFooter'),
    signature: translate(locale, 'siteName'),
  }
  const text = [
    greeting,
    intro,
    ...lines.map((line) => postText(line, readOnSite)),
    words.noReply,
    words.why,
    `${words.stopThread}\n${threadStop.unsubscribePage}`,
    `${words.stopAll}\n${allStop.unsubscribePage}`,
    `${words.footer}\n${threadStop.settings}`,
    `-- \n${words.signature}`,
  ].join('\n\n')
  const link = (href: string) => `<a href="${h(href)}">${h(href)}</a>`
  const html = [
    `<!doctype html><html lang="${locale}"><body>`,
    `<p>${h(greeting)}</p>`,
    `<p>${h(intro)}</p>`,
    ...lines.map((line) => postHtml(line, readOnSite)),
    `<p>${h(words.noReply)}</p>`,
    `<p>${h(words.why)}</p>`,
    `<p>${h(words.stopThread)} ${link(threadStop.unsubscribePage)}</p>`,
    `<p>${h(words.stopAll)} ${link(allStop.unsubscribePage)}</p>`,
    `<p>${h(words.footer)} ${link(threadStop.settings)}</p>`,
    `<p>${h(words.signature)}</p>`,
    '</body></html>',
  ].join('\n')
  return {
    key: forumNoticeKey(reader.id, posts),
    to: reader.email,
    subject,
    text,
    html,
    headers: unsubscribeHeaders(threadStop),
  }
}

/** Immediate forum mails are told apart from digests by this key's purpose (the 10-minute rule). */
export const FORUM_NOTICE_PURPOSE = 'forum-notice'

export const forumNoticeKey = (memberId: string, posts: ForumPost[]) =>
  mailKey(FORUM_NOTICE_PURPOSE, memberId, posts.map((post) => post.id).join(','))

/** A digest's "Forums" section: each discussion's title and page, then its new posts. */
export function forumDigestSection({
  payload,
  locale,
  threads,
}: {
  payload: Payload
  locale: Locale
  threads: { thread: ForumThread; posts: ForumPost[] }[]
}): { text: string; html: string } {
  const heading = mailText(locale, 'forumDigestHeading')
  const readOnSite = mailText(locale, 'forumReadOnSite')
  const noReply = mailText(locale, 'forumNoReplyByMail')
  const blocks = threads.map(({ thread, posts }) => ({
    title: thread.title,
    href: siteLink({ payload }, discussionPath(locale, thread.slug)),
    lines: posts.map((post) => postLine(payload, locale, thread, post)),
  }))
  const text = [
    heading,
    ...blocks.map((block) =>
      [
        `## ${block.title}`,
        block.href,
        ...block.lines.map((line) => postText(line, readOnSite)),
      ].join('\n\n'),
    ),
    noReply,
  ].join('\n\n')
  const html = [
    `<h2>${h(heading)}</h2>`,
    ...blocks.map((block) =>
      [
        `<h3><a href="${h(block.href)}">${h(block.title)}</a></h3>`,
        ...block.lines.map((line) => postHtml(line, readOnSite)),
      ].join('\n'),
    ),
    `<p>${h(noReply)}</p>`,
  ].join('\n')
  return { text, html }
}
