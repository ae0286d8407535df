import type { Discussion } from '@/payload-types'

type Value = unknown

const idOf = (value: Value) =>
  typeof value === 'object' && value !== null && 'id' in value
    ? String((value as { id: unknown }).id)
    : value === null || value === undefined || value === ''
      ? null
      : String(value)

const ids = (value: Value) =>
  (Array.isArray(value) ? value : []).map(idOf).filter(Boolean).sort().join(',')

const time = (value: Value) =>
  value === null || value === undefined || value === '' ? null : new Date(String(value)).getTime()

const json = (value: Value) =>
  value === undefined || value === null ? null : JSON.stringify(value)

const flag = (value: Value) => Boolean(value)

/** The fields a person edits on a discussion, and how to tell whether a write changes each. */
const FIELDS: [string, (value: Value) => Value][] = [
  ['title', (value) => (typeof value === 'string' ? value.trim() : value)],
  ['tags', (value) => json(Array.isArray(value) ? value : [])],
  ['language', (value) => value ?? null],
  ['status', (value) => value ?? 'open'],
  ['pinned', flag],
  ['themes', ids],
  ['crossTheme', flag],
  ['mergedInto', idOf],
  ['answer', idOf],
  ['poll', json],
  ['facilitation.facilitator', idOf],
  ['facilitation.opensAt', time],
  ['facilitation.closesAt', time],
  ['facilitation.summary', json],
  ['facilitation.summaryPublic', flag],
]

const at = (doc: Record<string, unknown> | null | undefined, path: string): [boolean, Value] => {
  const [head, tail] = path.split('.')
  if (!doc || !(head in doc)) return [false, undefined]
  if (!tail) return [true, doc[head]]
  const group = doc[head] as Record<string, unknown> | null | undefined
  if (!group || typeof group !== 'object' || !(tail in group)) return [false, undefined]
  return [true, group[tail]]
}

/**
 * Which of those fields a write changes: present in `data` with a value other than the stored
 * one (Payload fills an update's absent fields with the stored values, so presence alone says
 * nothing).
 */
export function changedFields(
  before: Partial<Discussion> | null | undefined,
  data: Record<string, unknown>,
): string[] {
  const stored = (before ?? {}) as Record<string, unknown>
  return FIELDS.filter(([path, normal]) => {
    const [present, value] = at(data, path)
    if (!present) return false
    if (path === 'poll') {
      // Payload fills the group with the stored values, so only a real edit differs.
      return json(value) !== json(at(stored, path)[1]) && (value as object | null) !== null
    }
    return normal(value) !== normal(at(stored, path)[1])
  }).map(([path]) => path)
}

/** What changed between two stored versions (for the audit log). */
export function changedBetween(
  before: Partial<Discussion> | null | undefined,
  after: Partial<Discussion>,
): string[] {
  return changedFields(before, after as Record<string, unknown>)
}

/** Whether a discussion is closed: its facilitated period is over, or a moderator locked it. */
export function isClosed(
  discussion: Pick<Discussion, 'status' | 'facilitation'>,
  now = new Date(),
) {
  const closesAt = discussion.facilitation?.closesAt
  return (
    discussion.status === 'locked' ||
    (Boolean(closesAt) && new Date(String(closesAt)).getTime() <= now.getTime())
  )
}

const hasText = (summary: unknown) => JSON.stringify(summary ?? {}).includes('"text":"')

/**
 * Why a summary cannot be made public yet, or null when it can: only a closed discussion's
 * summary is published, and only once it has words.
 */
export function summaryIsPublishable(discussion: Discussion): string | null {
  if (!hasText(discussion.facilitation?.summary)) {
    return 'Write the facilitator’s summary before making it public.'
  }
  if (!isClosed(discussion)) {
    return 'A summary is made public once the discussion is closed: its facilitated period is over or it is locked.'
  }
  return null
}
