import {
  commitTransaction,
  initTransaction,
  killTransaction,
  ValidationError,
  type PayloadRequest,
} from 'payload'

import { moderatesDiscussion } from '@/access/forums'
import { Refused } from '@/access/refused'
import type { Person } from '@/access/roles'
import { mailKey } from '@/email/message'
import { queuePersonalMail, siteLink } from '@/email/personal'
import { forumModerationMail } from '@/i18n/strings/forumModeration'
import type { Locale } from '@/i18n/languages'
import { recordDecision } from '@/membership/audit'
import type { Discussion, Post } from '@/payload-types'

import { postPath } from './paths'
import { optionalRelationId } from '@/fields/relationId'

export type Id = number

/**
 * Marks a write as the moderators' own (hide, show, merge, the flags' count) so the posts' and
 * discussions' guards let it through: those guards check the person's right, and these
 * functions check it themselves before writing.
 */
export const MODERATION_CONTEXT = 'forumModeration'

/**
 * Runs `work` in one transaction: the request's own when it already has one (a hook, a Local
 * API call that passed `req`), else one started here and committed or rolled back as a whole.
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const own = await initTransaction(req)
  try {
    const result = await work()
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

export const personOf = (req: PayloadRequest) => req.user as Person | null

export const invalid = (req: PayloadRequest, collection: string, path: string, message: string) =>
  new ValidationError({ collection, errors: [{ path, message }], req }, req.t)

async function loadPost(req: PayloadRequest, id: unknown): Promise<Post> {
  const postId = optionalRelationId(id)
  const post =
    postId === null
      ? null
      : await req.payload
          .findByID({
            collection: 'posts',
            id: postId,
            depth: 0,
            req,
            overrideAccess: true,
            disableErrors: true,
          })
          .catch(() => null)
  // Nobody learns whether a post exists unless they moderate it.
  if (!post) throw new Refused('Only a moderator of its discussion may do this.')
  return post
}

export async function loadDiscussion(req: PayloadRequest, id: unknown): Promise<Discussion | null> {
  const discussionId = optionalRelationId(id)
  if (discussionId === null) return null
  return req.payload
    .findByID({
      collection: 'discussions',
      id: discussionId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
}

/** The discussion of a post, when the signed-in person moderates it; a 403 otherwise. */
async function moderatedDiscussionOf(req: PayloadRequest, post: Post): Promise<Discussion> {
  const discussion = await loadDiscussion(req, post.discussion)
  if (!discussion || !moderatesDiscussion(personOf(req), discussion)) {
    throw new Refused('Only a moderator of its discussion may do this.')
  }
  return discussion
}

/**
 * Closes the open flags on a post with a moderator's decision. Flags are written by the server
 * only (their `status` cannot be set through the API), so this runs with authority.
 */
async function closeFlags(req: PayloadRequest, postId: Id, status: 'upheld' | 'dismissed') {
  const { docs } = await req.payload.update({
    collection: 'post-flags',
    where: { and: [{ post: { equals: postId } }, { status: { equals: 'open' } }] },
    data: { status, decidedBy: personOf(req)?.id ?? null, decidedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return docs.length
}

/**
 * The author learns that their post was hidden and why, in their language, with a link to it.
 * Keyed by the moment it was hidden: a post hidden, shown and hidden again is a second mail.
 */
async function tellAuthor(req: PayloadRequest, post: Post, discussion: Discussion, at: string) {
  const authorId = optionalRelationId(post.author)
  if (authorId === null) return
  const author = await req.payload
    .findByID({
      collection: 'users',
      id: authorId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  if (!author) return
  const reason = post.moderation?.reason ?? ''
  await queuePersonalMail({
    req,
    to: author,
    key: mailKey('post-hidden', post.id, at),
    write: (locale: Locale) => ({
      subject: forumModerationMail.postHiddenSubject[locale],
      intro: forumModerationMail.postHiddenIntro[locale]
        .replace('{title}', discussion.title)
        .replace('{reason}', reason),
      link: siteLink(req, postPath(locale, discussion.slug ?? String(discussion.id), post.id)),
      outro: forumModerationMail.postHiddenOutro[locale],
    }),
  })
}

/**
 * A moderator of its discussion (or a manager) hides a post with a reason: readers then see only
 * that a moderator hid it, its author sees the reason and gets a mail, and any open flags on it
 * are upheld. One transaction: the post, the flags, the audit entry and the queued mail.
 */
export async function hidePost({
  req,
  id,
  reason,
  upholding = false,
}: {
  req: PayloadRequest
  id: unknown
  reason: unknown
  upholding?: boolean
}): Promise<Post> {
  return inTransaction(req, async () => {
    const post = await loadPost(req, id)
    const discussion = await moderatedDiscussionOf(req, post)
    if (post.state === 'deleted') {
      throw invalid(req, 'posts', 'state', 'Its author deleted this post; nobody reads it.')
    }
    const why = typeof reason === 'string' ? reason.trim() : ''
    if (!why) {
      throw invalid(
        req,
        'posts',
        'reason',
        'Give the reason for hiding this post: its author is told.',
      )
    }
    if (why.length > 1000) {
      throw invalid(req, 'posts', 'reason', 'A reason has at most 1000 characters.')
    }
    const at = new Date().toISOString()
    const hidden = await req.payload.update({
      collection: 'posts',
      id: post.id,
      data: {
        state: 'hidden',
        flagCount: 0,
        moderation: { reason: why, by: personOf(req)?.id ?? null, at },
      },
      overrideAccess: true,
      depth: 0,
      req,
      context: { [MODERATION_CONTEXT]: true },
    })
    const flags = await closeFlags(req, post.id, 'upheld')
    await recordDecision({
      req,
      action: 'post-hidden',
      subject: optionalRelationId(post.author) as Id,
      reason: why,
      details: {
        post: post.id,
        discussion: discussion.id,
        previousState: post.state,
        ...(upholding || flags > 0 ? { flagsUpheld: flags } : {}),
      },
    })
    await tellAuthor(req, hidden, discussion, at)
    return hidden
  })
}

/**
 * A moderator shows a hidden (or flag-hidden) post again; open flags on it are dismissed. The
 * reason stays in the audit log, not on the post.
 */
export async function showPost({ req, id }: { req: PayloadRequest; id: unknown }): Promise<Post> {
  return inTransaction(req, async () => {
    const post = await loadPost(req, id)
    const discussion = await moderatedDiscussionOf(req, post)
    if (post.state === 'deleted') {
      throw invalid(req, 'posts', 'state', 'Its author deleted this post; it stays deleted.')
    }
    const shown = await req.payload.update({
      collection: 'posts',
      id: post.id,
      data: { state: 'visible', flagCount: 0, moderation: { reason: null, by: null, at: null } },
      overrideAccess: true,
      depth: 0,
      req,
      context: { [MODERATION_CONTEXT]: true },
    })
    const flags = await closeFlags(req, post.id, 'dismissed')
    await recordDecision({
      req,
      action: 'post-shown',
      subject: optionalRelationId(post.author) as Id,
      details: {
        post: post.id,
        discussion: discussion.id,
        previousState: post.state,
        ...(flags > 0 ? { flagsDismissed: flags } : {}),
      },
    })
    return shown
  })
}

/**
 * A moderator dismisses the open flags on a post: a post the flags hid (`flagged`) is visible
 * again; one a moderator hid stays hidden.
 */
export async function dismissFlags({ req, id }: { req: PayloadRequest; id: unknown }) {
  return inTransaction(req, async () => {
    const post = await loadPost(req, id)
    const discussion = await moderatedDiscussionOf(req, post)
    const flags = await closeFlags(req, post.id, 'dismissed')
    // A post the flags hid shows again; one a moderator hid stays hidden.
    const current = await req.payload.update({
      collection: 'posts',
      id: post.id,
      data: { flagCount: 0, ...(post.state === 'flagged' ? { state: 'visible' as const } : {}) },
      overrideAccess: true,
      depth: 0,
      req,
      context: { [MODERATION_CONTEXT]: true },
    })
    await recordDecision({
      req,
      action: 'flags-dismissed',
      subject: optionalRelationId(post.author) as Id,
      details: { post: post.id, discussion: discussion.id, flagsDismissed: flags },
    })
    return current
  })
}
