import { headersWithCors, type Endpoint } from 'payload'

import { isManagerUser, type Person } from '@/access/roles'

/**
 * `DELETE /api/posts/:id`, answered before Payload's own route: an author's (or a moderator's)
 * delete is soft, the post stays as a "deleted" placeholder so replies to it still make sense
 * (an update of `state` through guardPostEdit, with all its checks); only managers remove a
 * post for good. Anyone else meets the update's access rule (403, or 404 for a post they do
 * not reach).
 */
export const deletePostEndpoint: Endpoint = {
  path: '/:id',
  method: 'delete',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const user = req.user as Person | null
    const headers = headersWithCors({ headers: new Headers(), req })
    if (isManagerUser(user)) {
      const doc = await req.payload.delete({
        collection: 'posts',
        id,
        req,
        user,
        overrideAccess: false,
        depth: 0,
      })
      return Response.json({ doc, message: 'The post was deleted for good.' }, { headers })
    }
    const doc = await req.payload.update({
      collection: 'posts',
      id,
      data: { state: 'deleted' },
      req,
      user,
      overrideAccess: false,
      depth: 0,
    })
    return Response.json(
      { doc, message: 'The post was deleted; a placeholder stays in the thread.' },
      { headers },
    )
  },
}
