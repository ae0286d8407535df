import crypto from 'node:crypto'

import { revalidateTag } from 'next/cache'

import { type ContentTag } from './contentTags'

/**
 * Makes an edit visible on the public pages: expires the cached reads, and with them the cached
 * pages built from them (a page's cache entry carries the tags of every read it made), wherever
 * the edit was made.
 *
 * Inside a request to this Next server, `revalidateTag` does it. Anywhere else it cannot: jobs
 * run by the server's queue outside any request, and command-line processes (seed, migrate,
 * reindex) are not the server at all and their cache is not its cache. They ask the running server
 * through `POST /api/revalidate`, signed with a token derived from PAYLOAD_SECRET, which both
 * share. Tags are gathered for a moment so a seed's thousand writes make a few requests.
 */
export async function expireContent(tags: readonly ContentTag[], secret: string): Promise<void> {
  if (tags.length === 0) return
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return
  } catch {
    // Not inside a request to the Next server: ask it over HTTP.
  }
  for (const tag of tags) waiting.add(tag)
  flushing ??= new Promise<void>((resolve) => setTimeout(resolve, GATHER_MS)).then(() => {
    const batch = [...waiting]
    waiting.clear()
    flushing = undefined
    return askServerToExpire(batch, secret)
  })
  await flushing
}

const GATHER_MS = 100
const waiting = new Set<ContentTag>()
let flushing: Promise<void> | undefined
let warnedUnreachable = false

/** The bearer token `POST /api/revalidate` accepts: only holders of PAYLOAD_SECRET can make it. */
export const revalidationToken = (secret: string) =>
  crypto.createHmac('sha256', secret).update('cop:expire-content').digest('hex')

async function askServerToExpire(tags: ContentTag[], secret: string): Promise<void> {
  // Behind a CDN or load balancer, PORTAL_INTERNAL_URL names the portal server itself.
  const serverURL =
    process.env.PORTAL_INTERNAL_URL ?? process.env.SERVER_URL ?? 'http://localhost:3000'
  try {
    const response = await fetch(new URL('/api/revalidate', serverURL), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${revalidationToken(secret)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) throw new Error(`answered ${response.status}: ${await response.text()}`)
  } catch (error) {
    // No server running is normal for a command-line process: a server that starts later
    // reads the database afresh (its cache is not kept across restarts).
    if (warnedUnreachable) return
    warnedUnreachable = true
    const cause =
      error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined
    const reason = `${error instanceof Error ? error.message : String(error)}${cause?.code ? `: ${cause.code}` : ''}`
    console.warn(
      `pages: could not ask the portal at ${serverURL} to refresh its pages (${reason}); a running portal shows the change within 5 minutes.`,
    )
  }
}
