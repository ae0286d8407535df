import {
  ValidationError,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'

import { Refused } from '@/access/refused'
import type { Person } from '@/access/roles'
import { pollIsClosed } from '@/forums/polls'
import { relationId } from '@/fields/relationId'

async function pollOf(req: PayloadRequest, discussionId: unknown) {
  if (discussionId === undefined || discussionId === null || discussionId === '') return null
  const discussion = await req.payload
    .findByID({
      collection: 'discussions',
      id: relationId(discussionId),
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
      select: { poll: true },
    })
    .catch(() => null)
  return discussion?.poll?.question && discussion.poll.options?.length ? discussion.poll : null
}

const closedMessage = (closesAt: string | null | undefined) =>
  `This poll closed on ${String(closesAt).slice(0, 16).replace('T', ' ')} UTC; votes no longer change.`

/**
 * A vote, whatever the API: in a discussion the member reads that has a poll, for options of
 * that poll (one unless it takes several), one row per member and discussion (the unique index;
 * a second vote changes the first row instead), and only while the poll is open.
 */
export const checkVote: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data || !req.user) return data
  const user = req.user as Person
  const invalid = (path: string, message: string) =>
    new ValidationError({ collection: 'poll-votes', errors: [{ path, message }], req }, req.t)
  if (
    operation === 'update' &&
    data.discussion !== undefined &&
    relationId(data.discussion) !== relationId(originalDoc?.discussion)
  ) {
    throw invalid('discussion', 'A vote stays in its poll.')
  }
  const discussionId = operation === 'update' ? originalDoc?.discussion : data.discussion
  const poll = await pollOf(req, discussionId)
  if (!poll) throw invalid('discussion', 'That discussion has no poll.')
  if (pollIsClosed(poll)) throw new Refused(closedMessage(poll.closesAt))

  if (operation === 'create' || data.choices !== undefined) {
    const choices = Array.isArray(data.choices) ? data.choices.map(String) : []
    const offered = (poll.options ?? []).map((option) => String(option.id))
    if (choices.length === 0) throw invalid('choices', 'Choose an option.')
    if (new Set(choices).size !== choices.length || choices.some((c) => !offered.includes(c))) {
      throw invalid('choices', 'Choose among the poll’s options.')
    }
    if (!poll.multiple && choices.length > 1) {
      throw invalid('choices', 'This poll takes one choice.')
    }
    data.choices = choices
  }
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({
      collection: 'poll-votes',
      where: { discussion: { equals: relationId(discussionId) }, member: { equals: user.id } },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) {
      throw invalid('discussion', 'You already voted in this poll; change your vote instead.')
    }
  }
  return data
}

/** A vote taken back is a change too: not after the poll has closed. */
export const keepVoteAfterClosing: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const vote = await req.payload
    .findByID({ collection: 'poll-votes', id, depth: 0, req, overrideAccess: true })
    .catch(() => null)
  if (!vote) return
  const poll = await pollOf(req, vote.discussion)
  if (poll && pollIsClosed(poll)) throw new Refused(closedMessage(poll.closesAt))
}
