import type { CollectionSlug } from 'payload'

import type { Locale } from '@/i18n/languages'
import type { MailKey } from '@/i18n/strings/mail'

/** A text in the languages it was written in (read with `locale: 'all'`). */
export type Localised = Partial<Record<Locale, string | null>>

/** One published item as a notification or digest shows it. */
export type DigestItem = {
  collection: CollectionSlug
  id: string
  /** What the mail calls it ("Resource", "News", "Event", later "Discussion"). */
  kind: MailKey
  titles: Localised
  /** Path after the locale, e.g. /library/paralegal-manual. */
  path: string
  themes: string[]
  countries: string[]
  firstPublishedAt: string
}

// Documents of every source pass through `toItem`, read with depth 0 and every locale.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RawDoc = Record<string, any>

/**
 * What a collection contributes to notifications and digests, declared beside the collection
 * (`collections/<Name>/digest.ts`) and listed in `src/following/sources.ts`: the field that
 * says when an item became new, what to read and how a document becomes a `DigestItem`. A new
 * kind of item (the forums' discussions) adds a descriptor; nothing central changes.
 */
export type DigestSource = {
  collection: CollectionSlug
  kind: MailKey
  /** A date field set once, when the item first became public (see firstPublication.ts). */
  newSince: string
  /** Fields `toItem` needs; the reader adds `newSince`. */
  select: Record<string, true>
  toItem: (doc: RawDoc) => Pick<DigestItem, 'titles' | 'path' | 'themes' | 'countries'>
}

/** Ids of a depth-0 relationship value (one id, a list of them, or populated documents). */
export function relationIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return list.map((entry) =>
    String(typeof entry === 'object' && entry !== null ? (entry as { id: unknown }).id : entry),
  )
}
