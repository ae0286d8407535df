import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
// Tests read whatever a response carries; its shape is what they assert.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type HttpResult = { status: number; body: any; text: string; headers: Headers }

const ORIGIN = 'http://localhost:3000'

/**
 * Calls the portal's real REST and GraphQL route handlers in-process, exactly as Next.js would
 * (the approach of Payload's own NextRESTClient), so HTTP-level rules are tested without a server.
 */
export function httpClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const rest = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const graphql = GRAPHQL_POST(config)

  async function read(response: Response): Promise<HttpResult> {
    const text = await response.text()
    let body: unknown = undefined
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
    return { status: response.status, body, text, headers: response.headers }
  }

  return {
    async rest(
      method: Method,
      path: string,
      { token, json, form }: { token?: string; json?: unknown; form?: FormData } = {},
    ): Promise<HttpResult> {
      const url = new URL(`/api${path}`, ORIGIN)
      const headers = new Headers()
      if (token) headers.set('Authorization', `JWT ${token}`)
      let body: BodyInit | undefined
      if (json !== undefined) {
        headers.set('Content-Type', 'application/json')
        body = JSON.stringify(json)
      } else if (form) {
        body = form
      }
      // Next hands the route its segments decoded (a Thai file name arrives as Thai letters).
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
        .map(decodeURIComponent)
      const response = await rest[method](new Request(url, { method, headers, body }), {
        params: Promise.resolve({ slug }),
      })
      return read(response)
    },

    async graphql(
      query: string,
      { token, variables }: { token?: string; variables?: object } = {},
    ) {
      const headers = new Headers({ 'Content-Type': 'application/json' })
      if (token) headers.set('Authorization', `JWT ${token}`)
      const request = new Request(new URL('/api/graphql', ORIGIN), {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      })
      return read(await graphql(request))
    },
  }
}
