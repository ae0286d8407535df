import type { CollectionAfterChangeHook } from 'payload'

import { optionalRelationId } from '@/fields/relationId'
import { MODERATION_CONTEXT } from '@/forums/moderation'
import { syncPublicSummary } from '@/forums/summaries'
import { recordDecision } from '@/membership/audit'
import type { AuditAction } from '@/membership/auditActions'
import type { Discussion } from '@/payload-types'

import { changedBetween } from '../moderationFields'

type Id = number

/**
 * After a discussion is changed (through `PATCH /api/discussions/:id`, GraphQL, the thread
 * page's tools or the admin panel), in the same transaction: every moderation goes to the audit
 * log (pinned, unpinned, locked, unlocked, moved, the summary written, made public, withdrawn),
 * the public summary entry follows the discussion, and a moved discussion's open flags follow
 * it to its new themes' moderators. The forums' own bookkeeping (counters) and the merge, which
 * audits itself, are skipped.
 */
export const recordModeration: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || context?.forumBookkeeping) return doc
  const before = previousDoc as Discussion
  // The answer's copy went through the reader's field access (a facilitator does not read
  // `summaryPublic`); judge on the stored discussion.
  const after = (await req.payload.findByID({
    collection: 'discussions',
    id: (doc as Discussion).id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as Discussion
  const changed = changedBetween(before, after)
  const summaryFields = ['title', 'themes', 'crossTheme', 'language', 'facilitation.summary']
  const wasPublic = Boolean(before?.facilitation?.summaryPublic)
  const isPublic = Boolean(after.facilitation?.summaryPublic)
  if (wasPublic || isPublic) {
    if (wasPublic !== isPublic || changed.some((field) => summaryFields.includes(field))) {
      await syncPublicSummary(req, after)
    }
  }
  if (context?.[MODERATION_CONTEXT]) return doc

  const subject = optionalRelationId(after.author) as Id
  const audit = (action: AuditAction, details: Record<string, unknown> = {}) =>
    recordDecision({ req, action, subject, details: { discussion: after.id, ...details } })

  if (changed.includes('pinned')) {
    await audit(after.pinned ? 'discussion-pinned' : 'discussion-unpinned')
  }
  if (changed.includes('status')) {
    await audit(after.status === 'locked' ? 'discussion-locked' : 'discussion-unlocked')
  }
  if (changed.includes('themes') || changed.includes('crossTheme')) {
    const themes = (discussion: Discussion | undefined) => ({
      themes: (discussion?.themes ?? []).map(optionalRelationId),
      crossTheme: Boolean(discussion?.crossTheme),
    })
    await audit('discussion-moved', { from: themes(before), to: themes(after) })
    const { docs: posts } = await req.payload.find({
      collection: 'posts',
      where: { discussion: { equals: after.id } },
      pagination: false,
      depth: 0,
      select: { discussion: true },
      overrideAccess: true,
      req,
    })
    if (posts.length > 0) {
      await req.payload.update({
        collection: 'post-flags',
        where: { post: { in: posts.map((post) => post.id) } },
        data: themes(after) as { themes: Id[]; crossTheme: boolean },
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
  }
  if (changed.includes('facilitation.summary')) await audit('summary-written')
  if (wasPublic !== isPublic) await audit(isPublic ? 'summary-published' : 'summary-withdrawn')
  return doc
}
