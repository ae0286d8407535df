import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { Person } from '@/access/roles'
import { slugify } from '@/fields/slug'
import { checkForumBody } from '@/forums/body'
import { holdToForumRates } from '@/forums/protection'
import { characterCount, discussionSlug, FORUM_SIZES } from '@/forums/rules'
import { isLocale } from '@/i18n/languages'

/**
 * Before validation, whatever API the discussion arrives through: its author is whoever is
 * signed in (never what the request says), its address is made once, and it belongs to one or
 * more themes or is cross-theme. The title's length is counted in characters a reader sees, and
 * new discussions are held to the forums' rates.
 */
export const prepareDiscussion: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const errors: { path: string; message: string }[] = []
  const user = req.user as (Person & { preferredLanguage?: string | null }) | null

  if (operation === 'create') {
    if (user) data.author = user.id
    data.slug = discussionSlug(slugify(typeof data.title === 'string' ? data.title : ''))
    if (!isLocale(data.language)) {
      data.language = isLocale(user?.preferredLanguage) ? user.preferredLanguage : 'en'
    }
    if (!data.body)
      errors.push({ path: 'body', message: 'Write the first post of the discussion.' })
  }

  // The first post's body is checked again as a post; checking it here answers before the
  // discussion is written. The facilitator's summary is shown like a post, so held to the same list.
  if (data.body !== undefined && data.body !== null) {
    const checked = checkForumBody(data.body)
    if (checked.ok) data.body = checked.body
    else errors.push({ path: 'body', message: checked.problem })
  }
  const summary = (data.facilitation as { summary?: unknown } | undefined)?.summary
  if (summary !== undefined && summary !== null) {
    const checked = checkForumBody(summary)
    if (checked.ok) data.facilitation.summary = checked.body
    else errors.push({ path: 'facilitation.summary', message: checked.problem })
  }

  if (typeof data.title === 'string') {
    data.title = data.title.trim()
    const length = characterCount(data.title)
    if (length < FORUM_SIZES.titleMin || length > FORUM_SIZES.titleMax) {
      errors.push({
        path: 'title',
        message: `A title has ${FORUM_SIZES.titleMin} to ${FORUM_SIZES.titleMax} characters; this one has ${length}.`,
      })
    }
  }

  const themes = data.themes ?? originalDoc?.themes ?? []
  const crossTheme = data.crossTheme ?? originalDoc?.crossTheme ?? false
  if (!crossTheme && (!Array.isArray(themes) || themes.length === 0)) {
    errors.push({
      path: 'themes',
      message: 'Choose one or more themes, or mark the discussion as cross-theme.',
    })
  }

  if (errors.length > 0) {
    throw new ValidationError({ collection: 'discussions', errors, req }, req.t)
  }
  if (operation === 'create' && req.user) {
    // The rate of new discussions (src/forums/protection.ts); should the first post be refused
    // after all, startWithFirstPost withdraws the claim so the member may try again at once.
    await holdToForumRates({ kind: 'discussion', req })
  }
  return data
}
