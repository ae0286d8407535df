import { ValidationError, type Payload } from 'payload'

import { FIRST_POST_ATTACHMENTS } from '@collections/Discussions/hooks/startWithFirstPost'

import { Refused } from '@/access/refused'
import type { Discussion, Post, User } from '@/payload-types'

import { withFormAttachments } from './attachments'
import { plainToLexical } from './plainToLexical'
import { pollIsClosed } from './polls'

/**
 * What members write in the forums, from the pages' plain forms. Each call goes through the
 * Local API as the signed-in member (`overrideAccess: false`), so the collections' rules and
 * hooks (access, sizes, rates, locks, merges) apply exactly as on REST. The server actions
 * (`actions.ts`) wrap these with the session and the redirect; the tests call them directly.
 */

/** A form's answer: the sentence of a refusal, and what was typed, to put back in the form. */
export type ForumFormState = {
  error?: string
  values?: Record<string, string | string[]>
  /** Changes on every answer, so the form's fields are rebuilt with the values kept. */
  attempt?: number
}

export type Writer = { payload: Payload; user: User }

export const textOf = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

const idOf = (form: FormData, name: string): number | string | undefined => {
  const value = textOf(form, name).trim()
  if (!value) return undefined
  return /^\d+$/.test(value) ? Number(value) : value
}

/** What was typed, kept for the form (never files or hidden ids). */
export function typedValues(form: FormData, names: string[]): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {}
  for (const name of names) {
    const all = form.getAll(name).filter((value): value is string => typeof value === 'string')
    values[name] = all.length > 1 || name === 'themes' || name === 'choices' ? all : (all[0] ?? '')
  }
  return values
}

type Refusal = {
  status?: number
  message?: string
  data?: { errors?: { message?: string }[] }
}

/**
 * The sentence a person reads for a refusal the API gave: a validation's own message (not
 * Payload's "The following field is invalid"), a 403's, a 429's. Anything else is a fault, and
 * is thrown on.
 */
export function refusalSentence(error: unknown): string {
  const { status, message, data } = (error ?? {}) as Refusal
  if (error instanceof ValidationError || status === 400) {
    return data?.errors?.find((entry) => entry.message)?.message ?? message ?? ''
  }
  if (status === 401 || status === 403 || status === 404 || status === 409 || status === 429) {
    return message || 'You may not do this.'
  }
  throw error
}

/** A discussion and its first post, with the files chosen in the form, all or nothing. */
export async function startDiscussion({ payload, user }: Writer, form: FormData) {
  const crossTheme = textOf(form, 'crossTheme') === 'on'
  const themes = form
    .getAll('themes')
    .filter((value): value is string => typeof value === 'string' && /^\d+$/.test(value))
    .map(Number)
  return withFormAttachments({ payload, user, form }, (attachments) =>
    payload.create({
      collection: 'discussions',
      data: {
        title: textOf(form, 'title').trim(),
        themes: crossTheme ? [] : themes,
        crossTheme,
        body: plainToLexical(textOf(form, 'body')),
      } as Partial<Discussion> as Discussion,
      depth: 0,
      user,
      overrideAccess: false,
      context: { [FIRST_POST_ATTACHMENTS]: attachments },
    }),
  )
}

/** A reply, with the files chosen in the form: if the reply is refused, its files go too. */
export async function replyToDiscussion({ payload, user }: Writer, form: FormData) {
  return withFormAttachments({ payload, user, form }, (attachments) =>
    payload.create({
      collection: 'posts',
      data: {
        discussion: idOf(form, 'discussion') as number,
        replyTo: idOf(form, 'replyTo') as number | undefined,
        body: plainToLexical(textOf(form, 'body')) as Post['body'],
        attachments,
      } as Post,
      depth: 0,
      user,
      overrideAccess: false,
    }),
  )
}

export async function editPost({ payload, user }: Writer, form: FormData) {
  return payload.update({
    collection: 'posts',
    id: idOf(form, 'post') as number,
    data: { body: plainToLexical(textOf(form, 'body')) as never },
    depth: 0,
    user,
    overrideAccess: false,
  })
}

/** Soft: the post stays as a "deleted" placeholder, so replies to it still make sense. */
export async function deletePost({ payload, user }: Writer, form: FormData) {
  return payload.update({
    collection: 'posts',
    id: idOf(form, 'post') as number,
    data: { state: 'deleted' },
    depth: 0,
    user,
    overrideAccess: false,
  })
}

/** "Helpful" on, or off again if the member already said so. */
export async function toggleHelpful({ payload, user }: Writer, form: FormData) {
  const post = idOf(form, 'post') as number
  const { docs } = await payload.find({
    collection: 'post-reactions',
    where: { and: [{ post: { equals: post } }, { kind: { equals: 'helpful' } }] },
    depth: 0,
    limit: 1,
    user,
    overrideAccess: false,
  })
  if (docs[0]) {
    await payload.delete({
      collection: 'post-reactions',
      id: docs[0].id,
      user,
      overrideAccess: false,
    })
    return false
  }
  await payload.create({
    collection: 'post-reactions',
    data: { post, kind: 'helpful' } as never,
    user,
    overrideAccess: false,
  })
  return true
}

export async function markAnswer({ payload, user }: Writer, form: FormData) {
  return payload.update({
    collection: 'discussions',
    id: idOf(form, 'discussion') as number,
    data: { answer: (idOf(form, 'post') ?? null) as number | null },
    depth: 0,
    user,
    overrideAccess: false,
  })
}

export async function flagPost({ payload, user }: Writer, form: FormData) {
  return payload.create({
    collection: 'post-flags',
    data: { post: idOf(form, 'post') as number, reason: textOf(form, 'reason').trim() } as never,
    user,
    overrideAccess: false,
  })
}

/**
 * A vote in a discussion's poll: one per member, changed (not added to) when they vote again,
 * until the poll closes; the choices must be the poll's own, one of them unless it is multiple.
 */
export async function votePoll({ payload, user }: Writer, form: FormData) {
  const discussion = await payload.findByID({
    collection: 'discussions',
    id: idOf(form, 'discussion') as number,
    depth: 0,
    select: { poll: true },
    user,
    overrideAccess: false,
  })
  const poll = discussion.poll
  if (!poll?.question || !poll.options?.length) throw new Refused('This discussion has no poll.')
  if (pollIsClosed(poll)) throw new Refused('This poll has closed.')
  const known = new Set(poll.options.map((option) => String(option.id)))
  const choices = [...new Set(form.getAll('choices').map(String))].filter((id) => known.has(id))
  if (choices.length === 0 || (!poll.multiple && choices.length > 1)) {
    throw new ValidationError({
      collection: 'poll-votes',
      errors: [
        {
          path: 'choices',
          message: poll.multiple ? 'Choose one or more answers.' : 'Choose one answer.',
        },
      ],
    })
  }
  const { docs } = await payload.find({
    collection: 'poll-votes',
    where: { discussion: { equals: discussion.id } },
    depth: 0,
    limit: 1,
    user,
    overrideAccess: false,
  })
  if (docs[0]) {
    return payload.update({
      collection: 'poll-votes',
      id: docs[0].id,
      data: { choices },
      user,
      overrideAccess: false,
    })
  }
  return payload.create({
    collection: 'poll-votes',
    data: { discussion: discussion.id, choices } as never,
    user,
    overrideAccess: false,
  })
}
