import { headersWithCors, NotFound, type Endpoint } from 'payload'

import { isForumMemberUser } from '@/access/forums'
import { Refused } from '@/access/refused'
import type { Person } from '@/access/roles'
import { ownVote, pollResults } from '@/forums/polls'

/**
 * `GET /api/discussions/:id/poll`: the poll's counts per option (numbers only, never who voted
 * what) with the reader's own choices. Members who voted see them at once, every member once
 * the poll has closed; others get a 403 that says why, visitors and pending members a 403.
 */
export const pollResultsEndpoint: Endpoint = {
  path: '/:id/poll',
  method: 'get',
  handler: async (req) => {
    const user = req.user as Person | null
    if (!isForumMemberUser(user)) {
      throw new Refused('The forums are for approved members: sign in to see the poll.')
    }
    const discussion = await req.payload
      .findByID({
        collection: 'discussions',
        id: String(req.routeParams?.id ?? ''),
        depth: 0,
        req,
        user,
        overrideAccess: false,
        disableErrors: true,
        select: { poll: true },
      })
      .catch(() => null)
    if (!discussion?.poll?.question) throw new NotFound(req.t)
    const results = await pollResults({ payload: req.payload, discussion, user })
    if (!results) {
      throw new Refused('Vote to see the results, or wait until the poll closes.')
    }
    return Response.json(
      {
        question: discussion.poll.question,
        multiple: Boolean(discussion.poll.multiple),
        closesAt: discussion.poll.closesAt ?? null,
        ownVote: await ownVote({ payload: req.payload, discussion, user }),
        ...results,
      },
      { headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}
