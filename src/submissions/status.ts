import { relationKey } from '@/fields/relationId'

/** Where a member's proposal stands; editors' own content has no submission status at all. */
export const SUBMISSION_STATUSES = ['submitted', 'approved', 'rejected'] as const
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]

/** The collections members may propose to, each with its admin panel path. */
export const SUBMITTABLE = ['events', 'news', 'resources'] as const
export type Submittable = (typeof SUBMITTABLE)[number]

/** What the review queue holds: those, and proposed organisation profiles (managers only). */
export const REVIEWABLE = [...SUBMITTABLE, 'organisation-proposals'] as const
export type Reviewable = (typeof REVIEWABLE)[number]
export const isReviewable = (value: string): value is Reviewable =>
  (REVIEWABLE as readonly string[]).includes(value)

/** A relationship's id as text, or null when empty (see relationKey). */
export const idOf = (value: unknown): string | null => relationKey(value) ?? null

/** A document's title in the language it was read in (or its first, if read in all). */
export const titleOf = (doc: { title?: unknown }): string =>
  typeof doc.title === 'string'
    ? doc.title
    : String(Object.values((doc.title as Record<string, string> | null) ?? {})[0] ?? '')
