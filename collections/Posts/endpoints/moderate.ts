import type { Endpoint } from 'payload'

import { answerJson, requestBody } from '@/api/endpoint'
import { dismissFlags, hidePost, showPost } from '@/forums/moderation'
import type { Post } from '@/payload-types'

/** What a moderation answer says of the post: never its words, which the moderator has anyway. */
const postAnswer = (post: Post) => ({
  id: post.id,
  state: post.state,
  moderation: { reason: post.moderation?.reason ?? null },
})

/** `POST /api/posts/:id/hide` with `reason` (required: the author is told). */
export const hideEndpoint: Endpoint = {
  path: '/:id/hide',
  method: 'post',
  handler: async (req) => {
    const { reason } = await requestBody(req)
    const post = await hidePost({ req, id: req.routeParams?.id, reason })
    return answerJson(req, {
      message: 'The post is hidden; its author is told why.',
      doc: postAnswer(post),
    })
  },
}

/** `POST /api/posts/:id/show`: shows a hidden or flag-hidden post again. */
export const showEndpoint: Endpoint = {
  path: '/:id/show',
  method: 'post',
  handler: async (req) => {
    const post = await showPost({ req, id: req.routeParams?.id })
    return answerJson(req, { message: 'The post is visible again.', doc: postAnswer(post) })
  },
}

/** `POST /api/posts/:id/dismiss-flags`: the flags were wrong; a flag-hidden post shows again. */
export const dismissFlagsEndpoint: Endpoint = {
  path: '/:id/dismiss-flags',
  method: 'post',
  handler: async (req) => {
    const post = await dismissFlags({ req, id: req.routeParams?.id })
    return answerJson(req, { message: 'The flags are dismissed.', doc: postAnswer(post) })
  },
}
