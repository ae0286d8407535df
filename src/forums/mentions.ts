import type { PayloadRequest } from 'payload'

import { TEXT_FORMAT, type ForumBody, type ForumNode } from './body'

/** At most this many people are mentioned (and told) by one post, as Discourse's default. */
export const MAX_MENTIONS = 10

/**
 * `@handle` where handles are as users get them (collections/Users/hooks/assignHandle.ts):
 * lower-case Latin letters and digits joined by single dots, hyphens or underscores. The @ must
 * not follow a Latin letter, digit or an address's punctuation (so `someone@example.org` is no
 * mention), but may follow Thai, Lao, Khmer or Burmese letters, which are written without spaces.
 * A trailing dot or hyphen ends the sentence, not the handle.
 */
const MENTION =
  /(?<![\p{Script=Latin}\p{Nd}_.+\-@/])@([a-z0-9]+(?:[._-][a-z0-9]+)*)(?![a-z0-9@])/giu

/** The handles a text mentions, lower-cased, in order of first mention, without repeats. */
export function handlesIn(text: string): string[] {
  const seen = new Set<string>()
  for (const match of text.matchAll(MENTION)) seen.add(match[1].toLowerCase())
  return [...seen]
}

/** The body's text outside inline code, where `@handle` is a mention. */
export function mentionableText(body: ForumBody): string {
  const parts: string[] = []
  const visit = (node: ForumNode) => {
    if (node.type === 'text' && typeof node.text === 'string') {
      const format = typeof node.format === 'number' ? node.format : 0
      parts.push(format & TEXT_FORMAT.code ? ' ' : node.text)
    } else if (node.type !== 'text') parts.push(' ')
    node.children?.forEach(visit)
  }
  visit(body.root)
  return parts.join('')
}

/**
 * The approved members a post mentions (ids, in order, at most MAX_MENTIONS), never its author:
 * what the notifications read from `mentions`.
 */
export async function resolveMentions({
  req,
  body,
  authorId,
}: {
  req: PayloadRequest
  body: ForumBody
  authorId: number | string | undefined
}): Promise<number[]> {
  const handles = handlesIn(mentionableText(body)).slice(0, MAX_MENTIONS + 1)
  if (handles.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { handle: { in: handles }, membershipStatus: { equals: 'approved' } },
    select: { handle: true },
    depth: 0,
    limit: handles.length,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const byHandle = new Map(docs.map((user) => [user.handle, user.id]))
  return handles
    .map((handle) => byHandle.get(handle))
    .filter((id): id is number => id !== undefined && String(id) !== String(authorId))
    .slice(0, MAX_MENTIONS)
}
