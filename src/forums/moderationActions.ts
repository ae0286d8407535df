'use server'

import { refresh } from 'next/cache'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { createLocalReq, type PayloadRequest } from 'payload'

import { field, localeOf } from '@/account/formFields'
import { payloadClient } from '@/data/payload'
import type { Locale } from '@/i18n/languages'
import type { Discussion } from '@/payload-types'
import { paragraphsToRichText } from '@/seed/lexical'

import { mergeDiscussion } from './merge'
import { dismissFlags, hidePost, showPost } from './moderation'
import { discussionPath } from './paths'

/**
 * The moderators' forms on a thread page and the flagged posts of the review page. Each acts as
 * the signed-in person through exactly the API's rules: pin, lock, move and the summary are
 * ordinary updates (`guardDiscussion` decides who may, `recordModeration` audits), hide, show,
 * merge and the flags' decisions are the functions behind the REST endpoints. Nothing here
 * grants a right the API does not.
 */

export type ModerationCode = 'done' | 'reason' | 'forbidden' | 'invalid' | 'failed'
export type ModerationState = { code?: ModerationCode }

async function signedInReq(locale: Locale, back: string): Promise<PayloadRequest> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(back)}`)
  return createLocalReq({ user }, payload)
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

/** What a refused or failed action tells the moderator: the reason missing, not theirs, … */
function codeOf(req: PayloadRequest, error: unknown): ModerationCode {
  const status = statusOf(error)
  if (status === 400) {
    const paths = ((error as { data?: { errors?: { path?: string }[] } }).data?.errors ?? []).map(
      (entry) => entry.path,
    )
    return paths.includes('reason') ? 'reason' : 'invalid'
  }
  if (status === 401 || status === 403 || status === 404) return 'forbidden'
  req.payload.logger.error({ err: error, msg: 'forums: a moderation could not be stored' })
  return 'failed'
}

const textToRichText = (text: string) =>
  paragraphsToRichText(
    text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
  )

/** Whatever a discussion's tools send, as the update the API would take. */
function discussionChange(form: FormData): Partial<Discussion> | null {
  switch (field(form, 'act')) {
    case 'pin':
      return { pinned: true }
    case 'unpin':
      return { pinned: false }
    case 'lock':
      return { status: 'locked' }
    case 'unlock':
      return { status: 'open' }
    case 'move': {
      const themes = form
        .getAll('themes')
        .map((value) => Number(value))
        .filter((id) => Number.isSafeInteger(id) && id > 0)
      return { themes, crossTheme: form.get('crossTheme') === 'on' }
    }
    case 'summary': {
      const text = field(form, 'summary').trim()
      return {
        facilitation: {
          summary: text ? (textToRichText(text) as never) : null,
          ...(form.has('summaryPublicShown')
            ? { summaryPublic: form.get('summaryPublic') === 'on' }
            : {}),
        },
      }
    }
    default:
      return null
  }
}

/** A thread page's tools: pin, unpin, lock, unlock, move, the summary, merge. */
export async function moderateDiscussion(
  _previous: ModerationState,
  form: FormData,
): Promise<ModerationState> {
  const locale = localeOf(form)
  const slug = field(form, 'slug')
  const back = discussionPath(locale, slug)
  const req = await signedInReq(locale, back)
  const id = Number(field(form, 'id'))
  if (!Number.isSafeInteger(id)) return { code: 'invalid' }
  let goTo: string | null = null
  try {
    if (field(form, 'act') === 'merge') {
      const { target } = await mergeDiscussion({ req, id, into: field(form, 'into') })
      goTo = discussionPath(locale, target.slug ?? String(target.id))
    } else {
      const data = discussionChange(form)
      if (!data) return { code: 'invalid' }
      await req.payload.update({
        collection: 'discussions',
        id,
        data,
        req,
        overrideAccess: false,
        depth: 0,
      })
    }
  } catch (error) {
    return { code: codeOf(req, error) }
  }
  if (goTo) redirect(goTo)
  refresh()
  return { code: 'done' }
}

/** Beside a post: hide it with a reason, or show it again. */
export async function moderatePost(
  _previous: ModerationState,
  form: FormData,
): Promise<ModerationState> {
  const locale = localeOf(form)
  const req = await signedInReq(locale, discussionPath(locale, field(form, 'slug')))
  const id = Number(field(form, 'id'))
  if (!Number.isSafeInteger(id)) return { code: 'invalid' }
  try {
    if (field(form, 'act') === 'show') await showPost({ req, id })
    else await hidePost({ req, id, reason: field(form, 'reason') })
  } catch (error) {
    return { code: codeOf(req, error) }
  }
  refresh()
  return { code: 'done' }
}

/**
 * The review page's decision on a flagged post: uphold (the post is hidden with the
 * moderator's reason, its author told) or dismiss (a flag-hidden post shows again).
 */
export async function decideOnFlags(form: FormData) {
  const locale = localeOf(form)
  const reviewPage = `/${locale}/account/review`
  const req = await signedInReq(locale, reviewPage)
  const id = Number(field(form, 'id'))
  let code: ModerationCode = 'done'
  if (!Number.isSafeInteger(id)) code = 'forbidden'
  else {
    try {
      if (field(form, 'decision') === 'uphold') {
        await hidePost({ req, id, reason: field(form, 'reason'), upholding: true })
      } else {
        await dismissFlags({ req, id })
      }
    } catch (error) {
      code = codeOf(req, error)
    }
  }
  redirect(code === 'done' ? `${reviewPage}?flags=done` : `${reviewPage}?error=flag-${code}`)
}
