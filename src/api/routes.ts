import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { guardGraphql, guardRest } from './guard'

type Config = Promise<SanitizedConfig> | SanitizedConfig

/** Payload's REST handlers behind the edge guard: the route file and the tests use these. */
export function restRoutes(config: Config) {
  const get = REST_GET(config)
  return {
    GET: guardRest(get),
    // `curl -I`: Payload matches endpoints by method and knows no HEAD, so answer as GET would,
    // without the body.
    HEAD: guardRest(async (request: Request, context: Parameters<typeof get>[1]) => {
      const response = await get(new Request(request, { method: 'GET' }), context)
      return new Response(null, { status: response.status, headers: response.headers })
    }),
    POST: guardRest(REST_POST(config)),
    DELETE: guardRest(REST_DELETE(config)),
    PATCH: guardRest(REST_PATCH(config)),
    PUT: guardRest(REST_PUT(config)),
    OPTIONS: REST_OPTIONS(config),
  }
}

/** Payload's GraphQL handler behind the edge guard. */
export function graphqlRoutes(config: Config) {
  const graphql = GRAPHQL_POST(config)
  return {
    POST: guardGraphql((request: Request) => graphql(request)),
    OPTIONS: REST_OPTIONS(config),
  }
}
