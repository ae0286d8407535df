import type { Endpoint } from 'payload'

import { applyUnsubscription } from './unsubscribe'
import { readUnsubscribeToken, type UnsubscribePurpose } from './unsubscribeToken'

const answer = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const DONE: Record<UnsubscribePurpose, string> = {
  notifications: 'Unsubscribed: you will receive no more notification mails.',
  thread: 'Unsubscribed: you will receive no more mail about this discussion.',
  forum: 'Unsubscribed: you will receive no more forum mail.',
  digest: 'Unsubscribed: you will receive no more digests.',
}

/**
 * `POST /api/unsubscribe/<token>`: the one-click unsubscribe of RFC 8058, which mail programs
 * call from the `List-Unsubscribe` header with the body `List-Unsubscribe=One-Click` (ignored:
 * the token says everything). No session. A GET is not answered here: mail scanners follow
 * links, so a link must never unsubscribe; the mail's visible link opens a page with a button.
 */
export const unsubscribeEndpoint: Endpoint = {
  path: '/unsubscribe/:token',
  method: 'post',
  handler: async (req) => {
    const unsubscription = readUnsubscribeToken({
      secret: req.payload.secret,
      token: req.routeParams?.token,
    })
    if (!unsubscription) {
      return answer(400, {
        errors: [
          {
            message:
              'This unsubscribe link is not valid (perhaps cut short). Sign in and change your notifications on your account page instead.',
          },
        ],
      })
    }
    await applyUnsubscription({ payload: req.payload, unsubscription })
    return answer(200, { message: DONE[unsubscription.purpose] })
  },
}
