import type { CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { Discussion } from '@/payload-types'

import { optionalRelationId } from '@/fields/relationId'

/**
 * Keeps a discussion's public summary (`discussion-summaries`, read by anyone) in step with the
 * discussion: while a moderator keeps its summary public, the entry carries exactly the title,
 * the facilitator's summary, the themes and the language, and nothing else of the discussion
 * (no author, no post); once they withdraw it, the entry is removed. Runs in the discussion's
 * transaction (`req`), so both change together.
 */
export async function syncPublicSummary(req: PayloadRequest, discussion: Discussion) {
  const { docs } = await req.payload.find({
    collection: 'discussion-summaries',
    where: { discussion: { equals: discussion.id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const existing = docs[0]
  const isPublic = Boolean(
    discussion.facilitation?.summaryPublic && discussion.facilitation.summary,
  )
  if (!isPublic) {
    if (existing) {
      await req.payload.delete({
        collection: 'discussion-summaries',
        id: existing.id,
        overrideAccess: true,
        req,
      })
    }
    return
  }
  const data = {
    discussion: discussion.id,
    title: discussion.title,
    summary: discussion.facilitation!.summary!,
    themes: (discussion.themes ?? [])
      .map(optionalRelationId)
      .filter((id): id is number => id !== null),
    crossTheme: Boolean(discussion.crossTheme),
    language: discussion.language ?? null,
  }
  if (existing) {
    await req.payload.update({
      collection: 'discussion-summaries',
      id: existing.id,
      data,
      overrideAccess: true,
      depth: 0,
      req,
    })
  } else {
    await req.payload.create({
      collection: 'discussion-summaries',
      data: { ...data, publishedAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}

/**
 * A discussion deleted by a manager takes its public summary with it (in the same transaction),
 * before the discussion row goes: the summary names the discussion and must not outlive it.
 */
export const removePublicSummary: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'discussion-summaries',
    where: { discussion: { equals: id } },
    overrideAccess: true,
    req,
  })
}
