/**
 * Sizes of what members write, Discourse's defaults: titles of 15 to 255 characters, posts of
 * 20 to 32,000. The rates (seconds between posts, first-day limits) are in src/forums/protection.ts.
 */
export const FORUM_SIZES = {
  titleMin: 15,
  titleMax: 255,
  postMin: 20,
  postMax: 32_000,
} as const

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Characters as a reader counts them (grapheme clusters), so a Thai or Burmese post is not
 * measured by its combining marks. */
export function characterCount(text: string): number {
  return [...graphemes.segment(text)].length
}

/** A slug for a discussion: its title's Latin words, if any, and a random key. */
export function discussionSlug(latinWords: string): string {
  const key = Math.random().toString(36).slice(2, 8).padEnd(6, '0')
  return latinWords ? `${latinWords.slice(0, 60).replace(/-+$/, '')}-${key}` : `discussion-${key}`
}
