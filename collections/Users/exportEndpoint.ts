import type { Endpoint } from 'payload'

import { personalData } from '@/account/export'

/**
 * `GET /api/users/me/export`: everything the portal holds about the signed-in person, as a JSON
 * file to keep (cookie or JWT). Only ever their own: there is no id to ask for someone else's.
 */
export const exportEndpoint: Endpoint = {
  path: '/me/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) {
      return Response.json(
        { errors: [{ message: 'Sign in to download your data.' }] },
        { status: 401 },
      )
    }
    const data = await personalData({ req })
    const day = new Date().toISOString().slice(0, 10)
    return new Response(JSON.stringify(data, null, 2), {
      status: 200,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="my-data-${day}.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
