import type { SanitizedConfig } from 'payload'

import { graphqlRoutes, restRoutes } from '@/api/routes'

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
  const rest = restRoutes(config)
  const graphql = graphqlRoutes(config).POST

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

  async function send(method: Method, path: string, headers: Headers, body?: BodyInit) {
    const url = new URL(`/api${path}`, ORIGIN)
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
  }

  const authorised = (token?: string, contentType?: string) => {
    const headers = new Headers()
    if (token) headers.set('Authorization', `JWT ${token}`)
    if (contentType) headers.set('Content-Type', contentType)
    return headers
  }

  async function postGraphql(body: string, token?: string, extra: Record<string, string> = {}) {
    const headers = authorised(token, 'application/json')
    for (const [name, value] of Object.entries(extra)) headers.set(name, value)
    const request = new Request(new URL('/api/graphql', ORIGIN), { method: 'POST', headers, body })
    return read(await graphql(request, undefined))
  }

  return {
    rest(
      method: Method,
      path: string,
      {
        token,
        json,
        form,
        headers = {},
      }: { token?: string; json?: unknown; form?: FormData; headers?: Record<string, string> } = {},
    ): Promise<HttpResult> {
      const withHeaders = (base: Headers) => {
        for (const [name, value] of Object.entries(headers)) base.set(name, value)
        return base
      }
      if (json !== undefined) {
        const jsonHeaders = withHeaders(authorised(token, 'application/json'))
        return send(method, path, jsonHeaders, JSON.stringify(json))
      }
      return send(method, path, withHeaders(authorised(token)), form)
    },

    /** A body sent exactly as given, under any Content-Type (for malformed requests). */
    raw(
      method: Method,
      path: string,
      { token, contentType, body }: { token?: string; contentType: string; body: string },
    ): Promise<HttpResult> {
      return send(method, path, authorised(token, contentType), body)
    },

    graphql(
      query: string,
      {
        token,
        variables,
        headers,
      }: { token?: string; variables?: object; headers?: Record<string, string> } = {},
    ) {
      return postGraphql(JSON.stringify({ query, variables }), token, headers)
    },

    /** A GraphQL request body sent exactly as given. */
    rawGraphql(body: string, { token }: { token?: string } = {}) {
      return postGraphql(body, token)
    },
  }
}
