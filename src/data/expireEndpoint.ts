import crypto from 'node:crypto'

import type { Endpoint } from 'payload'

import { isContentTag } from './contentTags'
import { expireContent, revalidationToken } from './freshness'

const answer = (status: number, body: object) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * POST /api/revalidate `{ "tags": ["resources"] }` with `Authorization: Bearer <token>`: how
 * jobs and command-line processes expire this server's cached pages (`expireContent`). Runs
 * inside a request to the Next server, so `revalidateTag` works here.
 */
export const expireEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    const given = Buffer.from(req.headers.get('authorization')?.replace(/^Bearer /, '') ?? '')
    const expected = Buffer.from(revalidationToken(req.payload.secret))
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected))
      return answer(401, { errors: [{ message: 'A valid revalidation token is required.' }] })
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      body = undefined
    }
    const tags = (body as { tags?: unknown } | undefined)?.tags
    if (!Array.isArray(tags) || tags.length === 0 || !tags.every(isContentTag))
      return answer(400, {
        errors: [{ message: 'Send {"tags": [...]} naming content collections, e.g. "resources".' }],
      })
    await expireContent(tags, req.payload.secret)
    return answer(200, { expired: tags })
  },
}
