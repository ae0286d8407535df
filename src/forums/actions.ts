'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { payloadClient } from '@/data/payload'
import { isLocale, type Locale } from '@/i18n/languages'
import type { User } from '@/payload-types'

import { discussionPath, forumsPath, postPath } from './paths'
import {
  deletePost,
  editPost,
  flagPost,
  markAnswer,
  refusalSentence,
  replyToDiscussion,
  startDiscussion,
  textOf,
  toggleHelpful,
  typedValues,
  votePoll,
  type ForumFormState,
  type Writer,
} from './writing'

/**
 * The forum pages' forms (each through `useActionState`, so they work without JavaScript and
 * come back with the API's own sentence and the typed text when refused). They act as the
 * signed-in member, with the functions of `writing.ts`; a success goes to the post written or
 * acted on.
 */

const localeOf = (form: FormData): Locale => {
  const locale = textOf(form, 'locale')
  return isLocale(locale) ? locale : 'en'
}

/** The discussion's address, as the form carries it (never anything but a slug of ours). */
const slugOf = (form: FormData) => {
  const slug = textOf(form, 'slug')
  return /^[\p{L}\p{N}-]{1,120}$/u.test(slug) ? slug : undefined
}

async function signedIn(locale: Locale, back: string): Promise<Writer> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(back)}`)
  return { payload, user: user as User }
}

/**
 * Runs one writing as the signed-in member: its refusal comes back to the form with what was
 * typed; its success redirects (outside the `try`, as Next's redirect is thrown).
 */
async function answer(
  previous: ForumFormState,
  form: FormData,
  kept: string[],
  run: (writer: Writer, locale: Locale) => Promise<string>,
): Promise<ForumFormState> {
  const locale = localeOf(form)
  const slug = slugOf(form)
  const back = slug ? discussionPath(locale, slug) : forumsPath(locale)
  const writer = await signedIn(locale, back)
  let target: string
  try {
    target = await run(writer, locale)
  } catch (error) {
    return {
      error: refusalSentence(error),
      values: typedValues(form, kept),
      attempt: (previous.attempt ?? 0) + 1,
    }
  }
  redirect(target)
}

const toPost = (form: FormData, locale: Locale, postId: number | string) => {
  const slug = slugOf(form)
  return slug ? postPath(locale, slug, postId) : forumsPath(locale)
}

export async function startDiscussionAction(previous: ForumFormState, form: FormData) {
  return answer(previous, form, ['title', 'themes', 'crossTheme', 'body'], async (writer, l) => {
    const discussion = await startDiscussion(writer, form)
    return discussionPath(l, discussion.slug ?? '')
  })
}

export async function replyAction(previous: ForumFormState, form: FormData) {
  return answer(previous, form, ['body'], async (writer, locale) => {
    const post = await replyToDiscussion(writer, form)
    return toPost(form, locale, post.id)
  })
}

export async function editPostAction(previous: ForumFormState, form: FormData) {
  return answer(previous, form, ['body'], async (writer, locale) => {
    const post = await editPost(writer, form)
    return toPost(form, locale, post.id)
  })
}

export async function deletePostAction(previous: ForumFormState, form: FormData) {
  return answer(previous, form, [], async (writer, locale) => {
    const post = await deletePost(writer, form)
    return toPost(form, locale, post.id)
  })
}

export async function helpfulAction(previous: ForumFormState, form: FormData) {
  return answer(previous, form, [], async (writer, locale) => {
    await toggleHelpful(writer, form)
    return toPost(form, locale, textOf(form, 'post'))
  })
}

export async function markAnswerAction(previous: ForumFormState, form: FormData) {
  return answer(previous, form, [], async (writer, locale) => {
    await markAnswer(writer, form)
    return toPost(form, locale, textOf(form, 'post'))
  })
}

export async function flagPostAction(previous: ForumFormState, form: FormData) {
  return answer(previous, form, ['reason'], async (writer, locale) => {
    await flagPost(writer, form)
    return toPost(form, locale, textOf(form, 'post'))
  })
}

export async function voteAction(previous: ForumFormState, form: FormData) {
  return answer(previous, form, ['choices'], async (writer, locale) => {
    await votePoll(writer, form)
    const slug = slugOf(form)
    return slug ? `${discussionPath(locale, slug)}#poll` : forumsPath(locale)
  })
}
