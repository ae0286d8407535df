import { addDataAndFileToRequest, headersWithCors, type PayloadRequest } from 'payload'

/** The body of a custom endpoint's JSON or form request (Payload parses it only on demand). */
export async function requestBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  await addDataAndFileToRequest(req)
  return (req.data ?? {}) as Record<string, unknown>
}

/** A custom endpoint's 200 answer, with the CORS headers Payload's own routes send. */
export const answerJson = (req: PayloadRequest, body: unknown) =>
  Response.json(body, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
