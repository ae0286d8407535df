import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { moderatesDiscussion } from '@/access/forums'
import { Refused } from '@/access/refused'
import type { Person } from '@/access/roles'
import { checkForumBody, linksIn } from '@/forums/body'
import { resolveMentions } from '@/forums/mentions'
import { duplicateProblem, holdToForumRates, newcomerLinksProblem } from '@/forums/protection'
import { characterCount, FORUM_SIZES } from '@/forums/rules'
import { isLocale } from '@/i18n/languages'
import { richTextToPlain } from '@/search/text'
import { relationId } from '@/fields/relationId'

/**
 * A member attaches only files they uploaded themselves (a file id is easy to guess); files the
 * post already had stay, so a moderator's edit keeps the author's attachments.
 */
async function checkOwnAttachments({
  req,
  user,
  attachments,
  originalDoc,
}: {
  req: Parameters<CollectionBeforeValidateHook>[0]['req']
  user: Person
  attachments: unknown[]
  originalDoc?: { attachments?: unknown[] | null }
}) {
  const kept = new Set((originalDoc?.attachments ?? []).map((file) => String(relationId(file))))
  const added = attachments.map(relationId).filter((id) => !kept.has(String(id)))
  if (added.length === 0) return
  const { totalDocs } = await req.payload.count({
    collection: 'forum-files',
    where: { id: { in: added }, member: { equals: user.id } },
    req,
    overrideAccess: true,
  })
  if (totalDocs !== new Set(added.map(String)).size) {
    throw new Refused('You can attach only files you uploaded yourself.')
  }
}

/**
 * Before validation, whatever API the post arrives through:
 * - its author is whoever is signed in;
 * - its discussion exists for this reader and is open (a moderator may still write in a locked
 *   one), and a merged duplicate takes no more replies;
 * - the post it replies to is in the same discussion;
 * - its body holds only what the forum editor writes (links to web and mail addresses only);
 * - its text is kept beside the body, and its length counted in characters a reader sees;
 * - its mentions are the approved members it names by @handle (src/forums/mentions.ts);
 * - its attachments are the writer's own uploads;
 * - the protection of src/forums/protection.ts: newcomers' links, duplicates, posting rates.
 */
export const preparePost: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const user = req.user as (Person & { preferredLanguage?: string | null }) | null
  const invalid = (path: string, message: string) =>
    new ValidationError({ collection: 'posts', errors: [{ path, message }], req }, req.t)

  if (operation === 'create') {
    if (user) data.author = user.id
    if (data.discussion === undefined || data.discussion === null || data.discussion === '') {
      throw invalid('discussion', 'Say which discussion the reply belongs to.')
    }
    const discussion = await req.payload
      .findByID({
        collection: 'discussions',
        id: relationId(data.discussion),
        depth: 0,
        req,
        user,
        overrideAccess: false,
        disableErrors: true,
        select: { status: true, themes: true, crossTheme: true, mergedInto: true, language: true },
      })
      .catch(() => null)
    if (!discussion) throw invalid('discussion', 'That discussion does not exist.')
    if (discussion.mergedInto) {
      throw new Refused('This discussion was merged into another one; reply there.')
    }
    if (discussion.status === 'locked' && !moderatesDiscussion(user, discussion)) {
      throw new Refused('This discussion is locked: it takes no new replies.')
    }
    if (data.replyTo !== undefined && data.replyTo !== null && data.replyTo !== '') {
      const replyTo = await req.payload
        .findByID({
          collection: 'posts',
          id: relationId(data.replyTo),
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
          select: { discussion: true },
        })
        .catch(() => null)
      if (!replyTo || String(relationId(replyTo.discussion)) !== String(discussion.id)) {
        throw invalid('replyTo', 'The post you reply to is not in this discussion.')
      }
    }
    if (!isLocale(data.language)) {
      data.language = isLocale(user?.preferredLanguage)
        ? user.preferredLanguage
        : (discussion.language ?? 'en')
    }
  } else if (
    data.discussion !== undefined &&
    relationId(data.discussion) !== relationId(originalDoc?.discussion) &&
    // The merge itself (src/forums/moderation.ts), which checked the moderator's right.
    !req.context?.forumModeration
  ) {
    // Moving posts is a moderator's merge (src/forums/moderation.ts), never an edit.
    throw invalid('discussion', 'A post stays in its discussion.')
  }

  if (data.body !== undefined) {
    // Only what the forum editor writes is stored (src/forums/body.ts): no path for script.
    const checked = checkForumBody(data.body)
    if (!checked.ok) throw invalid('body', checked.problem)
    data.body = checked.body
    const text = richTextToPlain(data.body)
    const length = characterCount(text)
    if (length < FORUM_SIZES.postMin || length > FORUM_SIZES.postMax) {
      throw invalid(
        'body',
        `A post has ${FORUM_SIZES.postMin} to ${FORUM_SIZES.postMax} characters; this one has ${length}.`,
      )
    }
    data.text = text
    // An update carries the whole post: what follows is for new words only, so server code
    // that sets `mentions` itself (or a moderator's state change) keeps them.
    const isNewBody =
      operation === 'create' || JSON.stringify(checked.body) !== JSON.stringify(originalDoc?.body)
    if (isNewBody) {
      const linksProblem = newcomerLinksProblem(user, linksIn(checked.body).length)
      if (linksProblem) throw invalid('body', linksProblem)
      // Who the post mentions (the notifications read this); an edit mentions anew.
      data.mentions = await resolveMentions({
        req,
        body: checked.body,
        authorId: operation === 'create' ? data.author : relationId(originalDoc?.author),
      })
    }
  }

  if (Array.isArray(data.attachments) && data.attachments.length > 0 && user) {
    await checkOwnAttachments({ req, user, attachments: data.attachments, originalDoc })
  }

  if (operation === 'create' && req.user) {
    const duplicate = await duplicateProblem({ req, text: String(data.text ?? '') })
    if (duplicate) throw invalid('body', duplicate)
    // Last, once everything else holds: a refused post must not count as written. A first post
    // is held to the discussions' rate instead (prepareDiscussion).
    if (!req.context?.firstPostOf) await holdToForumRates({ kind: 'reply', req })
  }
  return data
}
