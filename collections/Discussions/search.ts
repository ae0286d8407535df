import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
} from 'payload'

import {
  documentsOfVariants,
  mapIds,
  SEARCHABLE,
  type Lookups,
  type SearchDescriptor,
  type SearchDocument,
} from '@/search/documents'
import { queueIndexing } from '@/search/hooks'
import { queueSearchSync } from '@/search/queue'

import { slugs } from '../slugs'

/**
 * What the forums give search: one document per thread, its title and the text of its visible
 * posts, for members only (`visibility: 'members'`, which the search filter shows to the same
 * approved members `forumMember` lets read the forums, and to nobody else whatever they send).
 * A hidden, flagged or deleted post's words leave the index with the next sync of its thread;
 * a duplicate merged into another thread leaves it altogether.
 */

type Raw = Record<string, unknown>
type PostText = { discussion: unknown; text?: string | null; language?: string | null }

const idOf = (value: unknown) =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/** The visible posts of these threads, in the order they were written, in one query. */
async function visiblePostsOf(
  payload: Payload,
  discussionIds: string[],
): Promise<Map<string, PostText[]>> {
  const byThread = new Map<string, PostText[]>(discussionIds.map((id) => [id, []]))
  if (discussionIds.length === 0) return byThread
  const { docs } = await payload.find({
    collection: slugs.posts,
    where: {
      and: [{ discussion: { in: discussionIds } }, { state: { equals: 'visible' } }],
    },
    select: { discussion: true, text: true, language: true },
    sort: 'createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const post of docs) byThread.get(idOf(post.discussion))?.push(post)
  return byThread
}

/**
 * The search documents of these threads (read with depth 0), e.g. one page of a rebuild: the
 * opening post is the summary people see under the title, the replies are the body.
 */
export async function threadSearchDocuments({
  payload,
  discussions,
  lookups,
  revision,
}: {
  payload: Payload
  discussions: Raw[]
  lookups: Lookups
  revision: number
}): Promise<SearchDocument[]> {
  const live = discussions.filter((discussion) => !discussion.mergedInto)
  const posts = await visiblePostsOf(
    payload,
    live.map((discussion) => String(discussion.id)),
  )
  return live.flatMap((discussion) => {
    const thread = posts.get(String(discussion.id)) ?? []
    const language = typeof discussion.language === 'string' ? discussion.language : 'en'
    const languages = [
      ...new Set([language, ...thread.flatMap((post) => (post.language ? [post.language] : []))]),
    ]
    const lastPostAt = discussion.lastPostAt ?? discussion.createdAt
    const date = typeof lastPostAt === 'string' ? new Date(lastPostAt).getTime() : null
    const [opening, ...replies] = thread
    return documentsOfVariants(
      {
        workId: `${SEARCHABLE.discussions}-${discussion.id}`,
        revision,
        type: SEARCHABLE.discussions,
        languages,
        themes: mapIds(discussion.themes, lookups.themes),
        countries: [],
        kind: null,
        year: date === null ? null : new Date(date).getUTCFullYear(),
        date,
        // discussionPath (src/forums/paths.ts) after its locale: search adds the reader's.
        path: `/forums/${discussion.slug}`,
        visibility: 'members',
        status: 'published',
      },
      [
        {
          key: 'thread',
          language,
          title: String(discussion.title ?? ''),
          summary: opening?.text ?? '',
          body: replies.map((post) => post.text ?? '').join('\n'),
        },
      ],
    )
  })
}

/** The forums' search descriptor (src/search/descriptors.ts). */
export const discussionsSearch: SearchDescriptor<'discussions'> = {
  collection: 'discussions',
  themeField: 'themes',
  documentsOf: ({ payload, docs, lookups, revision }) =>
    threadSearchDocuments({ payload, discussions: docs, lookups, revision }),
}

/** The fields of a discussion its search document is made of (besides its posts). */
const INDEXED_FIELDS = ['title', 'slug', 'themes', 'language', 'mergedInto'] as const

/**
 * A thread's own changes (title, themes, merged away, deleted) re-index it. Its bookkeeping
 * writes (reply count, latest post) come from a post, whose own hook queues the thread already.
 */
export const queueThreadIndexing: CollectionAfterChangeHook & CollectionAfterDeleteHook = async (
  args,
) => {
  if ('previousDoc' in args && args.operation === 'update') {
    const changed = INDEXED_FIELDS.some(
      (field) =>
        JSON.stringify(args.doc[field] ?? null) !== JSON.stringify(args.previousDoc[field] ?? null),
    )
    if (!changed) return args.doc
  }
  return queueIndexing(args as Parameters<typeof queueIndexing>[0])
}

/** Queues a sync of one thread's search document, committed with the write that changed it. */
export async function queueThreadSync(req: PayloadRequest, discussion: unknown): Promise<void> {
  await queueSearchSync({
    payload: req.payload,
    req,
    collection: slugs.discussions,
    id: idOf(discussion),
  })
}
