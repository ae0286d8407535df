import type { Payload } from 'payload'

import { escapeHtml, mailText } from '@/email/compose'
import type { MailMessage } from '@/email/message'
import { siteLink } from '@/email/personal'
import { DEFAULT_LOCALE, type Locale } from '@/i18n/languages'
import { translate } from '@/i18n/ui'

import type { DigestItem, Localised } from './descriptor'
import type { DigestCadence } from './settings'
import { signUnsubscribeToken, type Unsubscription } from './unsubscribeToken'

/** A text in the reader's language, else in English and marked so (per item, never per mail). */
export function inLanguage(
  texts: Localised,
  locale: Locale,
): { text: string; isFallback: boolean } {
  const own = texts[locale]?.trim()
  if (own) return { text: own, isFallback: false }
  return { text: texts[DEFAULT_LOCALE]?.trim() || '—', isFallback: locale !== DEFAULT_LOCALE }
}

/**
 * A group of a mail: a theme or country the member follows, its new items, and how many more
 * there are than the mail lists (its page has them all).
 */
export type MailGroup = { title: string; path: string; items: DigestItem[]; more: number }

export type Links = { settings: string; unsubscribePage: string; oneClick: string }

/**
 * The links every notification carries: the settings page, the unsubscribe page (a button, since
 * mail scanners open links) and the one-click address for the `List-Unsubscribe` header.
 */
export function linksFor(
  payload: Payload,
  memberId: number | string,
  locale: Locale,
  stop: Omit<Unsubscription, 'memberId'> = { purpose: 'notifications' },
): Links {
  const token = signUnsubscribeToken({
    secret: payload.secret,
    memberId: String(memberId),
    ...stop,
  })
  return {
    settings: siteLink({ payload }, `/${locale}/account/notifications`),
    unsubscribePage: siteLink({ payload }, `/${locale}/account/unsubscribe/${token}`),
    oneClick: siteLink({ payload }, `/api/unsubscribe/${token}`),
  }
}

/** RFC 2369 and RFC 8058: mail programs show an "unsubscribe" button that POSTs to oneClick. */
export const unsubscribeHeaders = (links: Links) => ({
  'List-Unsubscribe': `<${links.oneClick}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})

const itemLine = (item: DigestItem, locale: Locale, payload: Payload) => {
  const title = inLanguage(item.titles, locale)
  return {
    kind: mailText(locale, item.kind),
    title: title.text,
    fallback: title.isFallback ? mailText(locale, 'followInEnglish') : '',
    href: siteLink({ payload }, `/${locale}${item.path}`),
  }
}

/**
 * A notification mail: greeting, intro, the groups with their items, then why it came and how
 * to change or stop it; as plain text and as HTML with the same words, in the reader's language.
 */
export function composeFollowMail({
  payload,
  member,
  locale,
  key,
  subject,
  intro,
  groups,
  extra,
}: {
  payload: Payload
  member: { id: number | string; email: string; name?: string | null }
  locale: Locale
  key: string
  subject: string
  intro: string
  groups: MailGroup[]
  /** A section after the groups (the forums' posts of a digest), as text and as HTML. */
  extra?: { text: string; html: string }
}): MailMessage {
  // A digest with forum posts stops as a whole: its link turns off what it carried.
  const links = linksFor(payload, member.id, locale, {
    purpose: extra ? 'digest' : 'notifications',
  })
  const greeting = mailText(locale, 'greeting', { name: member.name ?? member.email })
  const footer = mailText(locale, 'followFooter')
  const stop = mailText(locale, 'followUnsubscribe')
  const signature = translate(locale, 'siteName')
  const sections = groups.map((group) => ({
    title: group.title,
    lines: group.items.map((item) => itemLine(item, locale, payload)),
    more: group.more
      ? {
          words: mailText(locale, 'digestMore', { count: String(group.more) }),
          href: siteLink({ payload }, `/${locale}${group.path}`),
        }
      : undefined,
  }))

  const text = [
    greeting,
    intro,
    ...sections.map((section) =>
      [
        section.title,
        ...section.lines.map(
          (line) =>
            `- ${line.kind}: ${line.title}${line.fallback ? ` ${line.fallback}` : ''}\n  ${line.href}`,
        ),
        ...(section.more ? [`  ${section.more.words} ${section.more.href}`] : []),
      ].join('\n'),
    ),
    ...(extra ? [extra.text] : []),
    `${footer}\n${links.settings}`,
    `${stop}\n${links.unsubscribePage}`,
    `-- \n${signature}`,
  ].join('\n\n')

  const h = escapeHtml
  const html = [
    `<!doctype html><html lang="${locale}"><body>`,
    `<p>${h(greeting)}</p>`,
    `<p>${h(intro)}</p>`,
    ...sections.map((section) =>
      [
        `<h2>${h(section.title)}</h2>`,
        '<ul>',
        ...section.lines.map(
          (line) =>
            `<li>${h(line.kind)}: <a href="${h(line.href)}"${line.fallback ? ' lang="en"' : ''}>${h(line.title)}</a>${line.fallback ? ` ${h(line.fallback)}` : ''}</li>`,
        ),
        '</ul>',
        ...(section.more
          ? [
              `<p>${h(section.more.words)} <a href="${h(section.more.href)}">${h(section.title)}</a></p>`,
            ]
          : []),
      ].join('\n'),
    ),
    ...(extra ? [extra.html] : []),
    `<p>${h(footer)} <a href="${h(links.settings)}">${h(links.settings)}</a></p>`,
    `<p>${h(stop)} <a href="${h(links.unsubscribePage)}">${h(links.unsubscribePage)}</a></p>`,
    `<p>${h(signature)}</p>`,
    '</body></html>',
  ].join('\n')

  return { key, to: member.email, subject, text, html, headers: unsubscribeHeaders(links) }
}

export const digestSubject = (locale: Locale, cadence: DigestCadence) =>
  mailText(locale, cadence === 'daily' ? 'digestSubjectDaily' : 'digestSubjectWeekly')
