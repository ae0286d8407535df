import {
  APIError,
  createLocalReq,
  headersWithCors,
  type Config,
  type Endpoint,
  type Payload,
  type PayloadRequest,
} from 'payload'

/**
 * Payload's own verification (`verifyEmailOperation`) writes `_verified` straight to the
 * database and runs no hook at all, so nothing could record it or ask the managers for a review.
 * The portal verifies through an ordinary update instead (its hooks run: the audit entry and
 * the review requests, in one transaction), and routes every way in to it:
 * - REST `POST /api/users/verify/<token>` (`verifyEndpoint`, matched before Payload's own);
 * - GraphQL `verifyEmailUser(token)` (`verifyMutation`, replacing Payload's resolver);
 * - the Local API `payload.verifyEmail`, which the admin panel's verify page (the mailed link)
 *   calls (`verifyThroughHooks`, installed at start).
 * The answers are Payload's: 200 with its message, or 403 "Verification token is invalid."
 */
export async function verifyApplicant({
  req,
  token,
}: {
  req: PayloadRequest
  token: unknown
}): Promise<boolean> {
  if (typeof token !== 'string' || token === '') {
    throw new APIError('Verification token is invalid.', 403)
  }
  const account = await req.payload.db.findOne<{ id: number | string }>({
    collection: 'users',
    where: { _verificationToken: { equals: token } },
    req,
  })
  if (!account) throw new APIError('Verification token is invalid.', 403)
  // Payload's own field hook clears the token when `_verified` turns true.
  await req.payload.update({
    collection: 'users',
    id: account.id,
    data: { _verified: true },
    overrideAccess: true,
    req,
  })
  return true
}

export const verifyEndpoint: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: async (req) => {
    await verifyApplicant({ req, token: req.routeParams?.token })
    return Response.json(
      { message: req.t('authentication:accountVerified') },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}

type GraphQL = Parameters<NonNullable<NonNullable<Config['graphQL']>['mutations']>>[0]

export const verifyMutation = (graphql: GraphQL) => ({
  verifyEmailUser: {
    type: graphql.GraphQLBoolean,
    args: { token: { type: graphql.GraphQLString } },
    resolve: (_: unknown, args: { token?: string }, context: { req: PayloadRequest }) =>
      verifyApplicant({ req: context.req, token: args.token }),
  },
})

/** The Local API's `verifyEmail` (and with it the admin panel's verify page) goes through hooks. */
export function verifyThroughHooks(payload: Payload) {
  const payloads = payload.verifyEmail
  payload.verifyEmail = async (options) =>
    options.collection === 'users'
      ? verifyApplicant({
          req: await createLocalReq({ req: options.req }, payload),
          token: options.token,
        })
      : payloads(options)
}
