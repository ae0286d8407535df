import type { Endpoint } from 'payload'

import type { Person } from '@/access/roles'

import { SearchApiError, searchErrorOf, SearchUnavailableError } from './client'
import { parseSearchParams, SearchParamError } from './params'
import { noResult, searchContent } from './query'

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** GET /api/search: the signed-in person (if any) comes from Payload's own auth of the request. */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    let params
    try {
      params = parseSearchParams(new URL(req.url ?? '', 'http://localhost').searchParams)
    } catch (error) {
      if (error instanceof SearchParamError) return problem(400, error.message)
      throw error
    }
    try {
      const result = await searchContent({ params, user: req.user as Person | null })
      // Members see members-only hits: never let a shared cache hand them to someone else.
      return Response.json(result, {
        headers: { 'Cache-Control': req.user ? 'private, no-store' : 'public, max-age=10' },
      })
    } catch (error) {
      const cause = searchErrorOf(error)
      if (cause instanceof SearchUnavailableError || !(cause instanceof SearchApiError)) {
        req.payload.logger.warn(
          `search unavailable: ${error instanceof Error ? error.message : String(error)}`,
        )
        return problem(
          503,
          'Search is temporarily unavailable. Please try again in a moment; the rest of the portal works as usual.',
        )
      }
      if (cause.code === 'index_not_found') {
        // Nothing indexed yet (a new installation whose jobs have not run): an empty result.
        return Response.json(noResult(params))
      }
      req.payload.logger.error(`search failed: ${cause.message}`)
      return problem(502, 'Search could not answer this query. Please try different words.')
    }
  },
}
