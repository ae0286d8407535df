import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { moderatesDiscussion } from '@/access/forums'
import { Refused } from '@/access/refused'
import type { Person } from '@/access/roles'
import type { Post } from '@/payload-types'
import { relationId } from '@/fields/relationId'

async function moderatesPostDiscussion(req: PayloadRequest, post: Pick<Post, 'discussion'>) {
  const user = req.user as Person | null
  if (!user) return false
  const discussion = await req.payload
    .findByID({
      collection: 'discussions',
      id: relationId(post.discussion),
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { themes: true, crossTheme: true },
    })
    .catch(() => null)
  return Boolean(discussion && moderatesDiscussion(user, discussion))
}

/** What an author may change in their own post; everything else is a moderator's. */
const AUTHOR_FIELDS = ['body', 'attachments', 'state']

/** A value as stored, for comparison: related documents as ids, empty values left out. */
function normalised(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) return value.map(normalised)
  if (typeof value !== 'object') return value
  if ('id' in value && ('createdAt' in value || 'updatedAt' in value))
    return (value as { id: unknown }).id
  const entries = Object.entries(value)
    .map(([key, inner]) => [key, normalised(inner)] as const)
    .filter(([, inner]) => inner !== undefined)
  return entries.length === 0 ? undefined : Object.fromEntries(entries)
}
const same = (a: unknown, b: unknown) =>
  JSON.stringify(normalised(a) ?? null) === JSON.stringify(normalised(b) ?? null)

/** What a client may send back unchanged with any edit. */
const IGNORED = ['id', 'createdAt', 'updatedAt']

/**
 * An edit, through any API, by a signed-in person (server code without one, such as the
 * moderation endpoints and the discussions' bookkeeping, passes):
 * - only the post's author and moderators of its discussion change it (a moderator of another
 *   theme is refused, though the access rule lets every moderator reach the hook);
 * - the author changes the body and attachments, and may delete the post (`state: 'deleted'`,
 *   soft: the placeholder stays), never bring it back, hide it, or touch `moderation`;
 * - a deleted post is not edited any more;
 * - each change of the body keeps the earlier version in `history` (moderators read it) and
 *   marks the post edited.
 * `author`, `text` and the counters are server-only fields: what a request sends for them is
 * dropped by their field access.
 */
export const guardPostEdit: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !data || !originalDoc || !req.user) return data
  // The forums' bookkeeping and the moderation's own actions (flags, hide, show, merge) checked
  // their rights already.
  if (req.context?.forumBookkeeping || req.context?.forumModeration) return data
  const user = req.user as Person
  const isAuthor = String(relationId(originalDoc.author)) === String(user.id)
  const isModerator = await moderatesPostDiscussion(req, originalDoc)
  if (!isAuthor && !isModerator) {
    throw new Refused('Only its author or a moderator of this discussion may change a post.')
  }

  if (!isModerator) {
    const changed = Object.keys(data).filter(
      (key) =>
        !AUTHOR_FIELDS.includes(key) &&
        !IGNORED.includes(key) &&
        !same(data[key], originalDoc[key]),
    )
    if (changed.includes('moderation')) {
      throw new Refused('Only moderators hide, show or review a post.')
    }
    if (changed.length > 0) {
      throw new Refused(`An author changes their post’s text and files, not its ${changed[0]}.`)
    }
    if (originalDoc.state === 'deleted') {
      throw new Refused('This post was deleted; it stays as a placeholder and is not edited.')
    }
    if (data.state !== undefined && data.state !== originalDoc.state && data.state !== 'deleted') {
      throw new Refused('An author may delete their post, but not hide or restore it.')
    }
  }

  if (data.body !== undefined && !same(data.body, originalDoc.body)) {
    const now = new Date().toISOString()
    data.editedAt = now
    data.history = [
      ...((originalDoc.history as Post['history']) ?? []).map((entry) => ({
        body: entry.body,
        editedAt: entry.editedAt,
        editedBy: relationId(entry.editedBy),
      })),
      { body: originalDoc.body, editedAt: now, editedBy: user.id },
    ]
  }
  return data
}
