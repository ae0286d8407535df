import type { CollectionBeforeDeleteHook, CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * What deleting a discussion, a post or an account takes with it. The forums' small rows
 * (reactions, flags, read state, poll votes, watch levels) each point at one post, discussion or
 * member and mean nothing without it; their columns are required, so on SQLite the database's
 * `ON DELETE set null` would refuse the delete (a 500), and on MongoDB they would linger as
 * orphans. Removed here, through the Local API in the delete's own transaction (`req`), so the
 * rows' hooks run (a reaction's removal lowers its post's helpful count) and both databases
 * behave alike. A member's posts stay, without their author, as the thread's record.
 */
async function removeWhere(req: PayloadRequest, collection: CollectionSlug, where: Where) {
  await req.payload.delete({
    collection,
    where,
    req,
    overrideAccess: true,
    // The discussion's counters and search document go with it; no bookkeeping per row.
    context: { forumBookkeeping: true, skipForumNotices: true },
  })
}

/** A discussion goes with its posts, their reactions and flags, and its members' rows. */
export const removeThread: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await removeWhere(req, 'posts', { discussion: { equals: id } })
  await removeWhere(req, 'read-states', { discussion: { equals: id } })
  await removeWhere(req, 'poll-votes', { discussion: { equals: id } })
  await removeWhere(req, 'forum-subscriptions', { discussion: { equals: id } })
}

/** A post goes with its reactions and flags. */
export const removePostRows: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await removeWhere(req, 'post-reactions', { post: { equals: id } })
  await removeWhere(req, 'post-flags', { post: { equals: id } })
}

/** A deleted account's reactions, flags, read state, votes and watch levels go with it. */
export const removeMembersForumRows: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of [
    'post-reactions',
    'post-flags',
    'read-states',
    'poll-votes',
    'forum-subscriptions',
  ] as const) {
    await removeWhere(req, collection, { member: { equals: id } })
  }
}
