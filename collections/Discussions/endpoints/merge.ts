import type { Endpoint } from 'payload'

import { answerJson, requestBody } from '@/api/endpoint'
import { mergeDiscussion } from '@/forums/merge'

/** `POST /api/discussions/:id/merge` with `into` (the target's id or address). */
export const mergeEndpoint: Endpoint = {
  path: '/:id/merge',
  method: 'post',
  handler: async (req) => {
    const { into } = await requestBody(req)
    const { duplicate, target, moved } = await mergeDiscussion({
      req,
      id: req.routeParams?.id,
      into,
    })
    return answerJson(req, {
      message: `Merged into “${target.title}”: ${moved} posts moved.`,
      duplicate: { id: duplicate.id, mergedInto: target.id, status: duplicate.status },
      target: { id: target.id, slug: target.slug, replyCount: target.replyCount },
    })
  },
}
