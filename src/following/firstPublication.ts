import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, DateField } from 'payload'

import { isDraftSave } from '@/hooks/drafts'

import { followerWhere } from './followers'
import { FOLLOWING_QUEUE } from './queue'
import { sourceOf } from './sources'

/**
 * When an item first became public: what "new" means for digests and what triggers immediate
 * notifications. Set once, by `stampFirstPublication`, whichever way the item is published (a
 * direct publish, publishing a draft, a submission's approval, a scheduled publish); unpublishing
 * and publishing again keeps the first date, so followers hear about an item once.
 */
export const firstPublishedAtField: DateField = {
  name: 'firstPublishedAt',
  type: 'date',
  index: true,
  // Only `stampFirstPublication` writes it: the API's input is dropped before the hooks run.
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true, description: 'Set when first published.' },
}

type Stamped = { _status?: 'draft' | 'published' | null; firstPublishedAt?: string | null }

export const stampFirstPublication: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  context,
}) => {
  const before = originalDoc as Stamped | undefined
  if ((data as Stamped)._status !== 'published' || isDraftSave(context)) return data
  if (before?.firstPublishedAt) return { ...data, firstPublishedAt: before.firstPublishedAt }
  return { ...data, firstPublishedAt: new Date().toISOString() }
}

/**
 * On the first publication, ONE job (in the publishing write's transaction) that tells the
 * followers who asked for immediate notifications: the editor's save never waits for a mail per
 * follower, and a save that rolls back tells nobody.
 */
export const queueFollowerNotices: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  previousDoc,
  req,
}) => {
  const now = doc as Stamped
  const then = previousDoc as Stamped | undefined
  if (isDraftSave(context) || !now.firstPublishedAt || then?.firstPublishedAt) return doc
  // Most items have no immediate follower: then no job at all (seeds, imports, tests).
  const source = sourceOf(collection.slug)
  const where = source && followerWhere({ setting: 'immediate', item: source.toItem(doc) })
  if (!where) return doc
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where,
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) return doc
  await req.payload.jobs.queue({
    task: 'notifyFollowers',
    input: { collection: collection.slug, id: String(doc.id) },
    queue: FOLLOWING_QUEUE,
    req,
  })
  return doc
}
