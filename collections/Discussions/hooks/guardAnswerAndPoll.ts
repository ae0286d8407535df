import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { moderatesDiscussion } from '@/access/forums'
import { Refused } from '@/access/refused'
import type { Person } from '@/access/roles'
import type { Discussion } from '@/payload-types'

const idOf = (value: unknown): string | null =>
  value === null || value === undefined || value === ''
    ? null
    : String(typeof value === 'object' ? (value as { id: unknown }).id : value)

/** A poll as a person sees it: question, kind, option labels and closing time. */
const pollShape = (poll: Discussion['poll'] | null | undefined) =>
  JSON.stringify({
    question: poll?.question?.trim() || null,
    multiple: Boolean(poll?.multiple),
    options: (poll?.options ?? []).map((option) => option.label),
    closesAt: poll?.closesAt ? new Date(poll.closesAt).getTime() : null,
  })

/**
 * The answer and the poll, whatever the API:
 * - the answer is marked (or unmarked) by the discussion's author, its facilitator or a
 *   moderator of the discussion, and is a visible reply of this discussion (not its first post,
 *   not a hidden or deleted one);
 * - the poll is attached or changed by the facilitator or a moderator only, with a question and
 *   two to twenty options.
 * Everything else on a discussion is `guardDiscussion`'s. Server code without a person (a
 * merge, the bookkeeping) passes.
 */
export const guardAnswerAndPoll: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
  context,
}) => {
  if (operation !== 'update' || !originalDoc || !req.user) return data
  if (context?.forumBookkeeping) return data
  const user = req.user as Person
  const before = originalDoc as Discussion
  const isAuthor = idOf(before.author) === String(user.id)
  const isFacilitator = idOf(before.facilitation?.facilitator) === String(user.id)
  const moderates = moderatesDiscussion(user, before)
  const invalid = (path: string, message: string) =>
    new ValidationError({ collection: 'discussions', errors: [{ path, message }], req }, req.t)

  if ('answer' in data && idOf(data.answer) !== idOf(before.answer)) {
    if (!isAuthor && !isFacilitator && !moderates) {
      throw new Refused(
        'Only the discussion’s author, its facilitator or a moderator marks the answer.',
      )
    }
    const answerId = idOf(data.answer)
    if (answerId !== null) {
      const post = await req.payload
        .findByID({
          collection: 'posts',
          id: answerId,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
          select: { discussion: true, state: true },
        })
        .catch(() => null)
      if (
        !post ||
        idOf(post.discussion) !== String(before.id) ||
        post.state !== 'visible' ||
        answerId === idOf(before.firstPost)
      ) {
        throw invalid('answer', 'The answer is a visible reply in this discussion.')
      }
    }
  }

  if ('poll' in data && pollShape(data.poll) !== pollShape(before.poll)) {
    if (!isFacilitator && !moderates) {
      throw new Refused('Only the facilitator or a moderator of the discussion runs a poll.')
    }
    const poll = data.poll as Discussion['poll']
    const options = poll?.options ?? []
    if (poll?.question?.trim() || options.length > 0) {
      if (!poll?.question?.trim()) throw invalid('poll.question', 'Ask the poll’s question.')
      if (options.length < 2) throw invalid('poll.options', 'A poll offers two or more options.')
    }
  }
  return data
}
