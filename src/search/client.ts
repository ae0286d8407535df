import http from 'node:http'
import https from 'node:https'
import { Meilisearch } from 'meilisearch'

/** Meilisearch could not be reached: the portal answers search with a 503 and keeps the rest up. */
export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super('Search is temporarily unavailable. Please try again in a moment.', { cause })
    this.name = 'SearchUnavailableError'
  }
}

/** Meilisearch answered with an error (bad filter, missing index…). */
export class SearchApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'SearchApiError'
  }
}

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 32 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 32 }),
}

/**
 * The JS client's default fetch path costs ~45 ms per query on these machines; a keep-alive
 * node:http request answers in ~3 ms. Errors are raised here because the client leaves that to a
 * custom httpClient.
 */
async function keepAliveClient(input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : String(input))
  const transport = url.protocol === 'https:' ? https : http
  const headers: Record<string, string> = {}
  new Headers(init?.headers).forEach((value, key) => (headers[key] = value))
  const body = typeof init?.body === 'string' ? init.body : undefined
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      { method: init?.method ?? 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'], timeout: 10_000 },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          const parsed = text ? JSON.parse(text) : undefined
          const status = response.statusCode ?? 0
          if (status >= 200 && status < 300) return resolve(parsed)
          reject(new SearchApiError(status, parsed?.code ?? 'unknown', parsed?.message ?? `Meilisearch answered ${status}`))
        })
        response.on('error', (error) => reject(new SearchUnavailableError(error)))
      },
    )
    request.on('timeout', () => request.destroy(new Error('Meilisearch did not answer within 10 s')))
    request.on('error', (error) => reject(new SearchUnavailableError(error)))
    if (body) request.write(body)
    request.end()
  })
}

export function meilisearchClient({ host, apiKey }: { host: string; apiKey: string }): Meilisearch {
  return new Meilisearch({ host, apiKey, httpClient: keepAliveClient })
}

/** The error we raised inside the client, unwrapped from the client's own wrapper. */
export function searchErrorOf(error: unknown): SearchUnavailableError | SearchApiError | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current; depth++) {
    if (current instanceof SearchUnavailableError || current instanceof SearchApiError) return current
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
