import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'

import {
  INDEXING_RETRY,
  meilisearchClient,
  QUERY_RETRY,
  SearchApiError,
  searchErrorOf,
  SearchUnavailableError,
} from '@/search/client'

/** A stand-in for Meilisearch that answers each request with the next scripted reply. */
async function fakeMeilisearch(replies: ('reset' | number)[]) {
  const seen: string[] = []
  const server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`)
    const reply = replies.shift() ?? 200
    if (reply === 'reset') return request.socket.destroy()
    response.writeHead(reply, { 'Content-Type': 'application/json' })
    response.end(
      JSON.stringify(
        reply === 200 ? { status: 'available' } : { code: 'busy', message: `answered ${reply}` },
      ),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  return { host: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }
}
const servers: http.Server[] = []
afterEach(() => servers.splice(0).forEach((server) => server.close()))

const fast = { ...INDEXING_RETRY, baseDelayMs: 1, maxDelayMs: 2 }

describe('the Meilisearch client', () => {
  it('should retry an indexing request answered 408 or 503, or whose connection was reset', async () => {
    const meili = await fakeMeilisearch([408, 'reset', 503])
    const client = meilisearchClient({ host: meili.host, apiKey: 'key', retry: fast })
    await expect(client.health()).resolves.toEqual({ status: 'available' })
    expect(meili.seen).toHaveLength(4)
  })

  it('should give up after the policy’s attempts and report the last answer', async () => {
    const meili = await fakeMeilisearch([408, 408, 408])
    const client = meilisearchClient({
      host: meili.host,
      apiKey: 'key',
      retry: { ...fast, attempts: 3 },
    })
    const error = await client.health().catch((caught: unknown) => caught)
    expect(searchErrorOf(error)).toBeInstanceOf(SearchApiError)
    expect((searchErrorOf(error) as SearchApiError).status).toBe(408)
    expect(meili.seen).toHaveLength(3)
  })

  it('should not retry what a second try cannot cure (a 400, a refused connection)', async () => {
    const meili = await fakeMeilisearch([400])
    const client = meilisearchClient({ host: meili.host, apiKey: 'key', retry: fast })
    await expect(client.health()).rejects.toThrow()
    expect(meili.seen).toHaveLength(1)

    const down = meilisearchClient({
      host: 'http://127.0.0.1:9',
      apiKey: 'key',
      retry: INDEXING_RETRY,
    })
    const started = Date.now()
    const error = await down.health().catch((caught: unknown) => caught)
    expect(searchErrorOf(error)).toBeInstanceOf(SearchUnavailableError)
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('should stop waiting for a task when the wait times out', async () => {
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(
        JSON.stringify({ uid: 1, status: 'processing', type: 'documentAdditionOrUpdate' }),
      )
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers.push(server)
    const client = meilisearchClient({
      host: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      apiKey: 'key',
      retry: fast,
    })
    await expect(client.tasks.waitForTask(1, { timeout: 300, interval: 20 })).rejects.toThrow(
      /timeout|timed out/i,
    )
  })

  it('should try a visitor’s query at most twice, without waiting', async () => {
    const meili = await fakeMeilisearch([503, 503, 200])
    const client = meilisearchClient({ host: meili.host, apiKey: 'key', retry: QUERY_RETRY })
    await expect(client.health()).rejects.toThrow()
    expect(meili.seen).toHaveLength(2)
  })
})
