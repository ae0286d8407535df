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

/**
 * What to do when a request fails in a way a second try can cure: Meilisearch swamped (408, 429,
 * 5xx; under heavy disk load it answers 408 even to creating an index) or a keep-alive connection
 * reset as it was reused. A server that refuses connections is down, not busy: that fails at once
 * (the jobs queue retries it, and search answers 503 without waiting).
 */
export type RetryPolicy = {
  /** Tries in all, the first included. */
  attempts: number
  /** Delay before the second try; doubled each time (with jitter), capped at maxDelayMs. */
  baseDelayMs: number
  maxDelayMs: number
  /** Per-try limit; a try that exceeds it is retried only when retryTimeouts. */
  timeoutMs: number
  retryTimeouts: boolean
}

/** Visitors' queries: one immediate second try, so a stale connection never becomes a 503. */
export const QUERY_RETRY: RetryPolicy = {
  attempts: 2,
  baseDelayMs: 0,
  maxDelayMs: 0,
  timeoutMs: 10_000,
  retryTimeouts: false,
}
/** Indexing (jobs, rebuilds): patient, about 30 s of backoff before a failure is reported. */
export const INDEXING_RETRY: RetryPolicy = {
  attempts: 8,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  timeoutMs: 30_000,
  retryTimeouts: true,
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504])
const RETRYABLE_NETWORK = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT', 'EAI_AGAIN'])

class RequestTimeoutError extends Error {
  readonly code = 'ETIMEDOUT'
}

// Idle sockets are closed after 4 s, before Meilisearch's own 5 s keep-alive limit, so a request
// is never written onto a connection the server is closing.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 32, timeout: 4_000 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 32, timeout: 4_000 }),
}

function isRetryable(error: unknown, policy: RetryPolicy): boolean {
  if (error instanceof SearchApiError) return RETRYABLE_STATUS.has(error.status)
  if (!(error instanceof SearchUnavailableError)) return false
  const cause = error.cause as { code?: string; message?: string } | undefined
  if (cause instanceof RequestTimeoutError) return policy.retryTimeouts
  return RETRYABLE_NETWORK.has(cause?.code ?? '') || cause?.message === 'socket hang up'
}

/** One HTTP exchange over a keep-alive node:http request; errors are raised here (see below). */
function send(
  url: URL,
  init: RequestInit | undefined,
  body: string | undefined,
  timeoutMs: number,
): Promise<unknown> {
  const transport = url.protocol === 'https:' ? https : http
  const headers: Record<string, string> = {}
  new Headers(init?.headers).forEach((value, key) => (headers[key] = value))
  const signal = init?.signal ?? undefined
  return new Promise((resolve, reject) => {
    // The client aborts its task waits through the signal: reject with its reason untouched so
    // the client recognises its own timeout.
    if (signal?.aborted) return reject(signal.reason)
    const request = transport.request(
      url,
      {
        method: init?.method ?? 'GET',
        headers,
        agent: agents[url.protocol as 'http:' | 'https:'],
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          signal?.removeEventListener('abort', onAbort)
          const text = Buffer.concat(chunks).toString('utf8')
          const status = response.statusCode ?? 0
          let parsed: { code?: string; message?: string } | undefined
          try {
            parsed = text ? JSON.parse(text) : undefined
          } catch {
            // A proxy's or an overloaded server's HTML error page.
            parsed = undefined
          }
          if (status >= 200 && status < 300) return resolve(parsed)
          reject(
            new SearchApiError(
              status,
              parsed?.code ?? 'unknown',
              parsed?.message ?? `Meilisearch answered ${status}`,
            ),
          )
        })
        response.on('error', (error) => reject(new SearchUnavailableError(error)))
      },
    )
    const onAbort = () => {
      request.destroy()
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    request.on('timeout', () =>
      request.destroy(
        new RequestTimeoutError(`Meilisearch did not answer within ${timeoutMs / 1000} s`),
      ),
    )
    request.on('error', (error) => {
      signal?.removeEventListener('abort', onAbort)
      reject(new SearchUnavailableError(error))
    })
    if (body) request.write(body)
    request.end()
  })
}

/**
 * The JS client's default fetch path costs ~45 ms per query on these machines; a keep-alive
 * node:http request answers in ~3 ms. Errors are raised here because the client leaves that to a
 * custom httpClient, and so are retries (see RetryPolicy).
 */
function keepAliveClient(policy: RetryPolicy) {
  return async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<unknown> => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const body = typeof init?.body === 'string' ? init.body : undefined
    for (let attempt = 1; ; attempt++) {
      try {
        return await send(url, init, body, policy.timeoutMs)
      } catch (error) {
        if (attempt >= policy.attempts || init?.signal?.aborted || !isRetryable(error, policy))
          throw error
        const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
        if (delay > 0)
          await new Promise((resolve) => setTimeout(resolve, delay * (0.75 + Math.random() / 2)))
      }
    }
  }
}

export function meilisearchClient({
  host,
  apiKey,
  retry = QUERY_RETRY,
}: {
  host: string
  apiKey: string
  retry?: RetryPolicy
}): Meilisearch {
  return new Meilisearch({ host, apiKey, httpClient: keepAliveClient(retry) })
}

/** The error we raised inside the client, unwrapped from the client's own wrapper. */
export function searchErrorOf(error: unknown): SearchUnavailableError | SearchApiError | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current; depth++) {
    if (current instanceof SearchUnavailableError || current instanceof SearchApiError)
      return current
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
