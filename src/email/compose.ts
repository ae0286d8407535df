import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/languages'
import { mailStrings, type MailKey } from '@/i18n/strings/mail'
import { translate } from '@/i18n/ui'

/** The recipient's language: their preferred language once accounts carry one, else English. */
export function recipientLocale(user: { preferredLanguage?: unknown }): Locale {
  return isLocale(user.preferredLanguage) ? user.preferredLanguage : DEFAULT_LOCALE
}

export function mailText(
  locale: Locale,
  key: MailKey,
  values: Record<string, string> = {},
): string {
  const site = translate(locale, 'siteName')
  return mailStrings[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name === 'site' ? site : (values[name] ?? whole),
  )
}

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

/**
 * A mail with a greeting, what it is about, one link and what to do otherwise, as plain text and
 * as HTML with the same words; signed with the site's name in the same language.
 */
export function composeMail({
  locale,
  name,
  intro,
  link,
  outro,
}: {
  locale: Locale
  name: string
  intro: string
  link: string
  outro: string
}): { text: string; html: string } {
  const greeting = mailText(locale, 'greeting', { name })
  const signature = translate(locale, 'siteName')
  const text = [greeting, intro, link, outro, `-- \n${signature}`].join('\n\n')
  const paragraph = (words: string) => `<p>${escapeHtml(words)}</p>`
  const href = escapeHtml(link)
  const html = [
    `<!doctype html><html lang="${locale}"><body>`,
    paragraph(greeting),
    paragraph(intro),
    `<p><a href="${href}">${href}</a></p>`,
    paragraph(outro),
    paragraph(signature),
    '</body></html>',
  ].join('\n')
  return { text, html }
}
