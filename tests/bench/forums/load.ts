/** The forum benchmark's load: reads through autocannon, members posting, and the count check. */
import autocannon from 'autocannon'
import fs from 'node:fs'
import http from 'node:http'

import { paragraphsToRichText } from '@/seed/lexical'

import { forumRandom, SENTENCES } from './texts'

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

/**
 * The CPU time the portal's server process has used so far, in ms (Linux: the `next-server`
 * process whose environment says PORT=<port>), or undefined when it cannot be found. Latency on
 * a shared two-core machine says as much about the neighbours as about the page; the server's
 * CPU time per request does not.
 */
export function serverCpuClock(port: number | string): (() => number) | undefined {
  const pid = fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .find((entry) => {
      try {
        const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8')
        if (!command.startsWith('next-server')) return false
        return fs
          .readFileSync(`/proc/${entry}/environ`, 'utf8')
          .split('\0')
          .includes(`PORT=${port}`)
      } catch {
        return false
      }
    })
  if (!pid) return undefined
  const ticksPerMs = 100 / 1000 // USER_HZ
  return () => {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / ticksPerMs
  }
}

export async function measure(
  url: string,
  connections: number,
  duration: number,
  headers: Record<string, string>,
  cpuClock?: () => number,
) {
  const latencies: number[] = []
  const cpuBefore = cpuClock?.()
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers }, (error, outcome) =>
      error ? reject(error) : resolve(outcome),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    )
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    /** The server's CPU time per answered request, in ms. */
    serverCpuMs:
      cpuClock && cpuBefore !== undefined && result.requests.total > 0
        ? Math.round(((cpuClock() - cpuBefore) / result.requests.total) * 10) / 10
        : undefined,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    errors: result.errors + result.non2xx,
  }
}

export type Attempt = { member: number; text: string; status: number; ms: number; id?: number }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Each member posts a reply to one of the discussions, waits out the forum's gap between two of
 * their posts (counted from the answer, so the server's clock never sees less), and posts again
 * until the time is up. Every text is unique (member and sequence number), so a stored post
 * tells which request made it, and the duplicate rule never refuses one.
 */
export async function postReplies({
  url,
  tokens,
  discussions,
  seconds,
  gapMs,
}: {
  url: string
  tokens: string[]
  discussions: number[]
  seconds: number
  gapMs: number
}): Promise<Attempt[]> {
  const attempts: Attempt[] = []
  const deadline = Date.now() + seconds * 1000
  await Promise.all(
    tokens.map(async (token, member) => {
      const { pick } = forumRandom(1000 + member)
      // Members do not start in step: spread the first posts over one gap.
      await sleep((member / tokens.length) * gapMs)
      for (let n = 1; Date.now() < deadline; n++) {
        const text = `Reply ${n} of bench member ${member}: ${pick(SENTENCES.en)} ${pick(SENTENCES.en)}`
        const started = performance.now()
        const answer = await postJson(`${url}/api/posts`, token, {
          discussion: pick(discussions),
          body: paragraphsToRichText([text]),
        })
        attempts.push({
          member,
          text,
          status: answer.status,
          ms: performance.now() - started,
          id: (answer.body as { doc?: { id: number } } | null)?.doc?.id,
        })
        await sleep(gapMs + 50)
      }
    }),
  )
  return attempts
}

/**
 * One POST on a connection of its own. Members post 5 s apart, the server's keep-alive timeout:
 * a reused connection would race the server closing it (ECONNRESET), which is the client's
 * doing, not the portal's. A connection that fails anyway counts as status 0.
 */
function postJson(
  url: string,
  token: string,
  json: unknown,
): Promise<{ status: number; body: unknown }> {
  const payload = JSON.stringify(json)
  return new Promise((resolve) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: `JWT ${token}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          let body: unknown = null
          try {
            body = JSON.parse(Buffer.concat(chunks).toString())
          } catch {
            body = null
          }
          resolve({ status: response.statusCode ?? 0, body })
        })
        response.on('error', () => resolve({ status: 0, body: null }))
      },
    )
    request.on('error', () => resolve({ status: 0, body: null }))
    request.end(payload)
  })
}

/** Reads back every post written since `since` and checks each accepted one is there once. */
export async function verifyStored({
  url,
  headers,
  since,
  attempts,
}: {
  url: string
  headers: Record<string, string>
  since: Date
  attempts: Attempt[]
}) {
  // `state` comes with `text`: a post's words are readable by what its state is, and a read
  // that leaves the state out gets no words (collections/Posts/moderationAccess.ts).
  const stored: { id: number; text: string }[] = []
  for (let page = 1; ; page++) {
    const response = await fetch(
      `${url}/api/posts?where[createdAt][greater_than_equal]=${since.toISOString()}&limit=500&page=${page}&depth=0&select[text]=true&select[state]=true&sort=id`,
      { headers },
    )
    const body = (await response.json()) as {
      docs: { id: number; text: string }[]
      hasNextPage: boolean
    }
    stored.push(...body.docs)
    if (!body.hasNextPage) break
  }
  const accepted = attempts.filter((attempt) => attempt.status === 201)
  const problems: string[] = []
  const byText = new Map<string, number[]>()
  for (const post of stored) byText.set(post.text, [...(byText.get(post.text) ?? []), post.id])
  for (const attempt of accepted) {
    const ids = byText.get(attempt.text) ?? []
    if (ids.length !== 1 || ids[0] !== attempt.id)
      problems.push(`"${attempt.text.slice(0, 40)}…" accepted as ${attempt.id}, stored as [${ids}]`)
  }
  const acceptedTexts = new Set(accepted.map((attempt) => attempt.text))
  for (const post of stored)
    if (!acceptedTexts.has(post.text)) problems.push(`post ${post.id} stored but not accepted`)
  return {
    accepted: accepted.length,
    stored: stored.length,
    exactlyOnce: problems.length === 0 && stored.length === accepted.length,
    tooMany: attempts.filter((attempt) => attempt.status === 429).length,
    otherClientErrors: attempts.filter(
      (attempt) => attempt.status >= 400 && attempt.status < 500 && attempt.status !== 429,
    ).length,
    serverErrors: attempts.filter((attempt) => attempt.status >= 500).length,
    connectionErrors: attempts.filter((attempt) => attempt.status === 0).length,
    problems: problems.slice(0, 20),
  }
}
